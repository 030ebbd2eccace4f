import { selectorError } from '../../core/selectors';
import { LIST_LIMITS } from '../../utils/settings/defaults';
import { siteHostError } from '../../utils/settings/validate';

/*
 * Checks for one new list entry on the settings page: "" when it may be added, otherwise one
 * sentence saying what is wrong. The selector check is the engine's own (`selectorError`), so the
 * page accepts exactly what the cleaner accepts.
 */

function commonError(entry: string, existing: readonly string[], caseInsensitive: boolean): string {
  const trimmed = entry.trim();
  if (!trimmed) return 'Type something first.';
  if (trimmed.length > LIST_LIMITS.entryLength) return `Keep it under ${LIST_LIMITS.entryLength} characters.`;
  const same = (a: string) => (caseInsensitive ? a.toLowerCase() === trimmed.toLowerCase() : a === trimmed);
  if (existing.some(same)) return 'It is already in the list.';
  if (existing.length >= LIST_LIMITS.entries) return `The list is full (${LIST_LIMITS.entries} entries).`;
  return '';
}

export function phraseError(entry: string, existing: readonly string[]): string {
  const common = commonError(entry, existing, true);
  if (common) return common;
  if (entry.trim().length < 4) return 'Use at least 4 characters, so the phrase cannot match ordinary words.';
  return '';
}

export function selectorEntryError(entry: string, existing: readonly string[], probe: ParentNode): string {
  const common = commonError(entry, existing, false);
  if (common) return common;
  const reason = selectorError(probe, entry.trim());
  return reason ? `“${entry.trim()}” is not a valid CSS selector: ${reason}` : '';
}

/** Accepts "news.example.org", "https://news.example.org/any/path" or "www.example.org:8080". */
export function normaliseSiteInput(input: string): { host: string } | { error: string } {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { error: 'Type a site such as news.example.org.' };
  let host: string;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return { error: `“${input.trim()}” is not a site address.` };
  }
  const problem = siteHostError(host);
  return problem ? { error: `“${host}” ${problem}.` } : { host };
}

export interface RejectedEntry {
  entry: string;
  reason: string;
}

/**
 * Splits typed lines into the entries to add (tidied) and the refused ones with their reasons;
 * each line is checked against the list *plus* the lines accepted before it, so a duplicate
 * within one paste is caught too.
 */
export function partitionEntries(
  lines: readonly string[],
  existing: readonly string[],
  errorOf: (entry: string, list: readonly string[]) => string,
  tidy: (entry: string) => string,
): { accepted: string[]; rejected: RejectedEntry[] } {
  const accepted: string[] = [];
  const rejected: RejectedEntry[] = [];
  for (const line of lines) {
    const reason = errorOf(line, [...existing, ...accepted]);
    if (reason) rejected.push({ entry: line.trim(), reason });
    else accepted.push(tidy(line));
  }
  return { accepted, rejected };
}

export const tidyPhrase = (phrase: string) => phrase.trim().replace(/\s+/g, ' ');
export const tidySelector = (selector: string) => selector.trim();
