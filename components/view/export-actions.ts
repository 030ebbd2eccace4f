import { articleToHtmlDocument, articleToMarkdown, exportFileName, type ExportInput, type ExportTheme } from '../../core/export/index';
import type { CleanedArticle, Removal } from '../../core/types';

/** What an export needs besides the article: where it came from and how the reader reads it. */
export interface ExportSettings {
  sourceUrl: string | null;
  theme: ExportTheme;
  /** The view's typography as CSS custom properties (./view-style.ts). */
  typography: Readonly<Record<string, string>>;
  /** The "List what was removed in exports" setting. */
  withRemoved: boolean;
}

export type ExportFormat = 'markdown' | 'html';

/** What the appendix lists of a removal (the popup has only these fields). */
export type ExportedRemoval = Pick<Removal, 'kind' | 'reason' | 'preview' | 'copies'>;

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The article as a file of `format`, from the engine's sanitised output (core/export/). */
export function buildExportFile(format: ExportFormat, article: CleanedArticle, removed: readonly ExportedRemoval[], settings: ExportSettings, win: Window = window, now = new Date()): ExportFile {
  const input: ExportInput = { article, sourceUrl: settings.sourceUrl, savedAt: now, ...(settings.withRemoved && { removed }) };
  if (format === 'markdown') return { name: exportFileName(article.title, 'md'), type: 'text/markdown;charset=utf-8', text: articleToMarkdown(input, win) };
  return { name: exportFileName(article.title, 'html'), type: 'text/html;charset=utf-8', text: articleToHtmlDocument(input, win, { theme: settings.theme, typography: settings.typography }) };
}

/**
 * Saves through a Blob URL and an `<a download>` that is never put in the page (so no page script
 * sees it and the view's input guard does not stand in the way): no `downloads` permission. The
 * URL is revoked a little later, since revoking at once can cancel the download in some browsers.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies `text`. The async clipboard API first; where the page is not a secure context (plain
 * http) or the browser refuses it, a hidden textarea inside `host` (the view, so focus stays
 * in the dialog) and `execCommand('copy')`, still inside the reader's click.
 */
export async function copyText(text: string, host: Element): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // fall through to the textarea
    }
  }
  const doc = host.ownerDocument;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  host.append(area);
  const focused = (host.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  area.select();
  let copied: boolean;
  try {
    copied = doc.execCommand('copy');
  } finally {
    area.remove();
    focused?.focus?.({ preventScroll: true });
  }
  if (!copied) throw new Error('the browser did not allow copying here');
}
