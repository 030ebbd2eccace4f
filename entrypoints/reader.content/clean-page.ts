import type { RememberedSite } from '../../core/site-memory/model';
import type { CleanResult } from '../../core/types';
import { sendMessage } from '../../utils/messaging';
import { READER_ENGINE_GLOBAL, type ReaderEngine } from '../../utils/reader-engine';
import { serializePage } from '../../utils/serialized-page';
import { cleanOptionsFor, type CleaningSettings, type CleaningSiteRule } from '../../utils/settings/cleaning-settings';
import { MAX_PAGE_HTML_CHARS } from '../../utils/sender-guard';

export interface PageCleaning {
  result: CleanResult;
  /** Serialising + messaging time, engine excluded; 0 when the page was cleaned in the tab. */
  transferMs: number;
  where: 'off-thread' | 'in-tab';
  /** The page is large (LARGE_PAGE_ELEMENTS): the view puts it in after the dialog shows, in steps. */
  large: boolean;
}

/**
 * From this many elements on, showing the view and its article is split over several tasks
 * (reader-session.ts), so the tab keeps answering (tests/e2e/hostile-pages.test.ts).
 */
export const LARGE_PAGE_ELEMENTS = 1500;

export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length >= LARGE_PAGE_ELEMENTS;
}

/**
 * Cleans the page. The engine runs outside the tab whenever it can, on a serialised copy of the
 * page (utils/serialized-page.ts), in the extension's own cleaning context: Chrome's offscreen
 * document or Firefox's background page, which are open and warm before the reader asks
 * (entrypoints/background/page-cleaner.ts). There it runs on compiled code, apart from the page's
 * main thread, and, in Firefox, on a plain DOM instead of the page's (a content script reaches
 * the page's DOM through wrappers that make every call slower). So the reader script the tab
 * gets carries no engine.
 *
 * A page that context cannot take (a `file:` or `data:` page, a page past the message size) or
 * a failed hand-off is cleaned here, on the live document: the background then injects the
 * engine into the tab (entrypoints/reader-engine.content.ts).
 */
export async function cleanPage(doc: Document, settings: CleaningSettings, siteRule: CleaningSiteRule, whileWaiting?: () => void): Promise<PageCleaning> {
  const large = isLargePage(doc);
  const offTab = await cleanOffTab(doc, settings, siteRule, large, whileWaiting);
  if (offTab) return offTab;
  const [engine, entry] = await Promise.all([loadEngine(), settings.siteMemoryEnabled ? siteMemoryEntry(doc.URL) : null]);
  return { result: engine(doc, cleanOptionsFor(settings, siteRule, doc.URL, entry)), transferMs: 0, where: 'in-tab', large };
}

/** `whileWaiting` runs once the page is on its way: the tab's thread is free until the answer. */
async function cleanOffTab(doc: Document, settings: CleaningSettings, siteRule: CleaningSiteRule, large: boolean, whileWaiting?: () => void): Promise<PageCleaning | null> {
  if (!/^https?:$/.test(doc.location?.protocol ?? '')) return null;
  const started = performance.now();
  const page = serializePage(doc, settings, siteRule);
  if (page.html.length > MAX_PAGE_HTML_CHARS) return null;
  try {
    const answer = sendMessage('cleanPageHtml', page);
    whileWaiting?.();
    const result = await answer;
    return { result, transferMs: Math.max(0, performance.now() - started - result.timings.totalMs), where: 'off-thread', large };
  } catch (error) {
    console.warn('[quiet-reader] cleaning in the tab: the extension’s cleaner did not answer', error);
    return null;
  }
}

/** The engine in this tab, injected on first need (the background does it: the tab may not). */
async function loadEngine(): Promise<ReaderEngine> {
  const world = globalThis as unknown as Record<string, ReaderEngine | undefined>;
  if (!world[READER_ENGINE_GLOBAL]) await sendMessage('loadReaderEngine');
  const engine = world[READER_ENGINE_GLOBAL];
  if (!engine) throw new Error('the cleaning engine could not be loaded into this page');
  return engine;
}

/**
 * The memory's entry for this page's site; a page the background cannot answer for gets none.
 * The background answers with only this site's entry (no Public Suffix List in the tab).
 */
async function siteMemoryEntry(url: string): Promise<RememberedSite | null> {
  try {
    return await sendMessage('siteMemoryFor', { url });
  } catch (error) {
    console.warn('[quiet-reader] site memory unavailable; cleaning without it', error);
    return null;
  }
}
