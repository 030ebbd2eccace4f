import { JSDOM } from 'jsdom';
import { articleToHtmlDocument, articleToMarkdown, type ExportInput } from '../core/export/index';
import type { CleanResult } from '../core/types';
import { typographyVariables } from '../components/view/view-style';
import { DEFAULT_PREFERENCES } from '../utils/settings/defaults';

/**
 * `--format markdown|html`: the extension's own converters (core/export/), run in one jsdom
 * window kept for the whole run (the exports only need a DOM to build in, never the page's).
 */
let exportWindow: Window | null = null;
function windowForExport(): Window {
  exportWindow ??= new JSDOM('').window as unknown as Window;
  return exportWindow;
}

/**
 * The saved date: now, or `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) so two
 * runs on different days can be diffed.
 */
export function savedAtFromEnvironment(env: NodeJS.ProcessEnv = process.env, now = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return now();
}

function exportInput(result: Extract<CleanResult, { ok: true }>, url: string | null, savedAt: Date, withRemoved: boolean): ExportInput {
  return { article: result.article, sourceUrl: url, savedAt, ...(withRemoved && { removed: result.removed }) };
}

export function formatArticleMarkdown(result: Extract<CleanResult, { ok: true }>, url: string | null, savedAt: Date, withRemoved = false): string {
  return articleToMarkdown(exportInput(result, url, savedAt, withRemoved), windowForExport());
}

/** The default theme and typography, as a first install of the extension would save the file. */
export function formatArticleHtml(result: Extract<CleanResult, { ok: true }>, url: string | null, savedAt: Date, withRemoved = false): string {
  return articleToHtmlDocument(exportInput(result, url, savedAt, withRemoved), windowForExport(), {
    theme: DEFAULT_PREFERENCES.theme,
    typography: typographyVariables(DEFAULT_PREFERENCES.typography),
  });
}
