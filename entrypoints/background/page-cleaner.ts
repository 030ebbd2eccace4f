import { browser } from 'wxt/browser';
import type { CleanResult } from '../../core/types';
import { cleanPageHtml, type PageToClean, type SerializedPage } from '../../utils/clean-page-html';
import { sendMessage } from '../../utils/messaging';
import { getSiteMemoryEntry } from '../../utils/site-memory-store';
import { manageOffscreenDocument, type OffscreenDocument } from './offscreen-lifetime';

/**
 * Where a serialised page is cleaned, off the tab's main thread (utils/clean-page-html.ts):
 *   - Firefox: right here, since its background page has a DOM (DOMParser);
 *   - Chrome: the MV3 service worker has no DOM, so in the offscreen document
 *     (entrypoints/offscreen), opened on first use and closed when idle (./offscreen-lifetime.ts).
 */

let offscreenDocument: OffscreenDocument | undefined;

export async function cleanSerializedPage(page: SerializedPage): Promise<CleanResult> {
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
