import type { CleanedArticle, Removal } from '../types';

/** What every export format is made from: the engine's sanitised article, never the raw page. */
export interface ExportInput {
  article: Pick<CleanedArticle, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'readingMinutes' | 'contentHtml'>;
  /** The page's address: links and images resolve against it, and the export names it as the source. */
  sourceUrl: string | null;
  /** When the reader saved it (injected so tests and the CLI are deterministic). */
  savedAt: Date;
  /** Given only when the reader wants the "Removed by Quiet Reader" appendix. */
  removed?: readonly Pick<Removal, 'kind' | 'reason' | 'preview' | 'copies'>[];
}

/** `2026-03-14` for a parseable date, null otherwise (pages put all sorts of strings in metadata). */
export function isoDate(value: string | Date | null): string | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** The address with http(s) only: anything else is not named as a source or linked to. */
export function httpUrl(value: string | null): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

const FILE_NAME_MAX = 80;

/**
 * A safe download name from the title: letters and digits of any script kept, everything that
 * Windows, macOS or Linux refuse (and dots, so there is one extension) turned into dashes.
 *
 * @example
 * exportFileName('Why: the “plan”?', 'md') // 'Why-the-plan.md'
 */
export function exportFileName(title: string, extension: 'md' | 'html'): string {
  const stem = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, FILE_NAME_MAX)
    .replace(/-+$/, '');
  return `${stem || 'article'}.${extension}`;
}
