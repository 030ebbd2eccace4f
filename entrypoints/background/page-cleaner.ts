import { browser } from 'wxt/browser';
import type { CleanResult } from '../../core/types';
import { cleanPageHtml, type PageToClean, type SerializedPage } from '../../utils/clean-page-html';
import { sendMessage } from '../../utils/messaging';
import { getSiteMemoryEntry } from '../../utils/site-memory-store';

/**
 * Where a serialised page is cleaned, off the tab's main thread (utils/clean-page-html.ts):
 *   - Firefox: right here, since its background page has a DOM (DOMParser);
 *   - Chrome: the MV3 service worker has no DOM, so in the offscreen document
 *     (entrypoints/offscreen), created on first use and kept for the next clean.
 */

const OFFSCREEN_URL = 'offscreen.html';
let creating: Promise<void> | null = null;

export async function cleanSerializedPage(page: SerializedPage & { useSiteMemory: boolean }): Promise<CleanResult> {
  const { useSiteMemory, ...serialized } = page;
  const toClean: PageToClean = useSiteMemory ? { ...serialized, siteMemoryEntry: await getSiteMemoryEntry(page.url) } : serialized;
  // A build-time constant, so Chrome's service worker bundle leaves the engine out.
  if (import.meta.env.FIREFOX) return cleanPageHtml(toClean, window);
  await ensureOffscreenDocument();
  return sendMessage('offscreenCleanPage', toClean);
}

async function ensureOffscreenDocument(): Promise<void> {
  const offscreen = browser.offscreen;
  if (!offscreen) throw new Error('This browser has neither a DOM in the background nor offscreen documents.');
  if (await offscreen.hasDocument()) return;
  // Two tabs may ask at once; only one document may exist.
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: ['DOM_PARSER'], justification: 'Clean the article of a page off the page’s main thread.' })
    .finally(() => (creating = null));
  await creating;
}
