import { browser } from 'wxt/browser';
import type { CleanResult } from '../../core/types';
import { cleanPageHtml, type PageToClean } from '../../utils/clean-page-html';
import type { SerializedPage } from '../../utils/serialized-page';
import { warmUpEngine } from '../../utils/engine-warm-up';
import { sendMessage } from '../../utils/messaging';
import { getSiteMemoryEntry } from '../../utils/site-memory-store';
import { manageOffscreenDocument, type OffscreenDocument } from './offscreen-lifetime';

/**
 * Where a serialised page is cleaned, off the tab's main thread (utils/clean-page-html.ts):
 *   - Firefox: right here, since its background page has a DOM (DOMParser) and lives as long as
 *     the browser;
 *   - Chrome: the MV3 service worker has no DOM, so in the offscreen document
 *     (entrypoints/offscreen), opened at browser start and on each trigger, closed when it
 *     reports itself idle (./offscreen-lifetime.ts, utils/offscreen-idle.ts).
 * Either way the engine there is warmed up before the reader's first page (utils/engine-warm-up.ts).
 */

let offscreenDocument: OffscreenDocument | undefined;
let warmedUp: Promise<void> | undefined;

/** Opens and warms the cleaning context ahead of a clean; cheap when it already is. */
export function prepareCleaningContext(): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // After the current task: the background's own start, or the trigger's injection, goes first.
    warmedUp ??= new Promise<void>((resolve) => setTimeout(() => resolve(warmUpEngine(window)), 0));
    return warmedUp;
  }
  return cleaningDocument().prepare();
}

/** The offscreen document says it has been idle: let it go (Chrome; Firefox keeps its page). */
export async function closeIdleCleaningContext(): Promise<void> {
  if (!import.meta.env.FIREFOX) await cleaningDocument().closeIfIdle();
}

/** e2e builds only: the browser tests make the cleaning context refuse, so the tab's own fallback runs. */
let refusingForTests = false;
export function refuseOffTabCleaningForTests(refuse: boolean): void {
  refusingForTests = refuse;
}

export async function cleanSerializedPage(page: SerializedPage): Promise<CleanResult> {
  if (import.meta.env.MODE === 'e2e' && refusingForTests) throw new Error('the cleaning context refuses (a browser test asked it to)');
  const toClean: PageToClean = { ...page, siteMemoryEntry: page.settings.siteMemoryEnabled ? await getSiteMemoryEntry(page.url) : null };
  // A build-time constant, so Chrome's service worker bundle leaves the engine out.
  if (import.meta.env.FIREFOX) return cleanPageHtml(toClean, window);
  return cleaningDocument().whileOpen(() => sendMessage('offscreenCleanPage', toClean));
}

/** Made on first use, not at import: Firefox has no `browser.offscreen`. */
function cleaningDocument(): OffscreenDocument {
  const offscreen = browser.offscreen;
  if (!offscreen) throw new Error('This browser has neither a DOM in the background nor offscreen documents.');
  offscreenDocument ??= manageOffscreenDocument(offscreen, {
    url: 'offscreen.html',
    reasons: ['DOM_PARSER'],
    justification: 'Clean the article of a page off the page’s main thread.',
  });
  return offscreenDocument;
}
