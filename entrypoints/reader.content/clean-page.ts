import { cleanArticle } from '../../core/index';
import type { RememberedSite } from '../../core/site-memory/model';
import type { CleanResult } from '../../core/types';
import { serializePage } from '../../utils/clean-page-html';
import { sendMessage } from '../../utils/messaging';
import { cleanOptionsFor, type CleaningSettings, type CleaningSiteRule } from '../../utils/settings/cleaning-settings';

export interface PageCleaning {
  result: CleanResult;
  /** Serialising + messaging time, engine excluded; 0 when the page was cleaned in the tab. */
  transferMs: number;
  where: 'off-thread' | 'in-tab';
  /** The page is large (OFF_THREAD_MIN_ELEMENTS), whichever way it was cleaned: the view renders it in steps. */
  large: boolean;
}

/**
 * Pages with more elements than this are cleaned off the tab's main thread. Below it the engine
 * takes a few ms in the tab (the seed page, 187 elements: 12.5 ms), less than the round trip
 * through the background (warm open 59 ms in the tab, 189 ms off-thread, both at load average 11:
 * tests/e2e/clean-view-timing.test.ts); above it the engine's time grows with the page (2,800
 * elements with long text: 0.7–1.9 s, tests/e2e/hostile-pages.test.ts).
 */
export const OFF_THREAD_MIN_ELEMENTS = 1500;

/** A page large enough that cleaning or restyling it would block the tab for long. */
export function isLargePage(doc: Document): boolean {
  return doc.getElementsByTagName('*').length >= OFF_THREAD_MIN_ELEMENTS;
}

/**
 * Cleans the page without blocking it: on a large page the engine runs on a serialised copy in
 * the extension's own context (utils/clean-page-html.ts), so the tab keeps answering. Small pages,
 * and pages that context cannot take (a `file:` page, a page past the message size, a browser
 * without offscreen documents), are cleaned here, on the live document. `memoryEntry` is this
 * site's memory for an in-tab clean, asked for by the caller alongside the settings (the
 * off-tab cleaner looks it up itself).
 */
export async function cleanPage(doc: Document, settings: CleaningSettings, siteRule: CleaningSiteRule, memoryEntry: () => Promise<RememberedSite | null>, large = isLargePage(doc)): Promise<PageCleaning> {
  if (large) {
    const offThread = await cleanOffThread(doc, settings, siteRule);
    if (offThread) return offThread;
  }
  const entry = settings.siteMemoryEnabled ? await memoryEntry() : null;
  return { result: cleanArticle(doc, cleanOptionsFor(settings, siteRule, doc.URL, entry)), transferMs: 0, where: 'in-tab', large };
}

async function cleanOffThread(doc: Document, settings: CleaningSettings, siteRule: CleaningSiteRule): Promise<PageCleaning | null> {
  const started = performance.now();
  try {
    const result = await sendMessage('cleanPageHtml', serializePage(doc, settings, siteRule));
    return { result, transferMs: Math.max(0, performance.now() - started - result.timings.totalMs), where: 'off-thread', large: true };
  } catch (error) {
    console.warn('[quiet-reader] cleaning in the tab: the off-thread cleaner did not answer', error);
    return null;
  }
}

/**
 * The memory's entry for this page's site; a page the background cannot answer for gets none.
 * The background answers with only this site's entry (no Public Suffix List in the tab).
 */
export async function siteMemoryEntry(url: string): Promise<RememberedSite | null> {
  try {
    return await sendMessage('siteMemoryFor', { url });
  } catch (error) {
    console.warn('[quiet-reader] site memory unavailable; cleaning without it', error);
    return null;
  }
}
