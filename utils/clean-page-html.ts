import { cleanArticle } from '../core/index';
import type { RememberedSite } from '../core/site-memory/model';
import type { CleanResult } from '../core/types';
import { cleanOptionsFor, type CleaningSettings, type CleaningSiteRule } from './settings/cleaning-settings';

/**
 * The engine off the page's main thread. The reader content script serialises the live page
 * (`serializePage`, one cheap `outerHTML`) and the engine runs on a re-parsed copy in an
 * extension context that has a DOM: Chrome's offscreen document (its own process) or Firefox's
 * background page. Same engine, same options (utils/settings/cleaning-settings.ts); only the
 * document it reads is rebuilt.
 */

/** Everything the engine needs, as plain data (it crosses `runtime` messaging). */
export interface SerializedPage {
  /** `<!doctype html>` + `document.documentElement.outerHTML` of the live page. */
  html: string;
  /** The page's address (keys site rules, resolves links). */
  url: string;
  /** `document.baseURI`: relative `src`/`href` in `html` resolve against it, as on the page. */
  baseUrl: string;
  settings: CleaningSettings;
  siteRule: CleaningSiteRule;
}

/** What the cleaning context receives: the page plus this site's memory entry (null when off or unknown). */
export interface PageToClean extends SerializedPage {
  siteMemoryEntry: RememberedSite | null;
}

export function serializePage(doc: Document, settings: CleaningSettings, siteRule: CleaningSiteRule): SerializedPage {
  const doctype = doc.doctype ? `<!doctype ${doc.doctype.name}>` : '';
  return { html: doctype + doc.documentElement.outerHTML, url: doc.URL, baseUrl: doc.baseURI, settings, siteRule };
}

/**
 * Parses the page inertly (DOMParser: no script runs, nothing loads) and cleans it. `win` is the
 * cleaning context's own window: its DOMParser builds the document and DOMPurify uses its DOM.
 */
export function cleanPageHtml(page: PageToClean, win: Window & typeof globalThis): CleanResult {
  const doc = new win.DOMParser().parseFromString(page.html, 'text/html');
  pinBaseUrl(doc, page.baseUrl);
  // A parsed document has no window, and the engine sanitises with the document's window
  // (core/clean-article.ts `doc.defaultView`); this context's window has the same DOM classes.
  Object.defineProperty(doc, 'defaultView', { value: win, configurable: true });
  return cleanArticle(doc, cleanOptionsFor(page.settings, page.siteRule, page.url, page.siteMemoryEntry));
}

/**
 * A parsed document's base URL would be the extension page's own address, so relative images
 * and links would resolve into the extension. The page's resolved base goes first in <head>.
 */
function pinBaseUrl(doc: Document, baseUrl: string): void {
  for (const base of Array.from(doc.querySelectorAll('base[href]'))) base.removeAttribute('href');
  const base = doc.createElement('base');
  base.setAttribute('href', baseUrl);
  doc.head.prepend(base);
}
