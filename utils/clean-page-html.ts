import { cleanArticle } from '../core/index';
import { settleRemovedHtml } from '../core/removed-html';
import type { RememberedSite } from '../core/site-memory/model';
import type { CleanResult } from '../core/types';
import type { SerializedPage } from './serialized-page';
import { cleanOptionsFor } from './settings/cleaning-settings';

/**
 * The engine off the page's main thread, in an extension context that has a DOM: Chrome's
 * offscreen document or Firefox's background page. The reader serialises the live page
 * (utils/serialized-page.ts) and the engine runs on a re-parsed copy. Same engine, same options
 * (utils/settings/cleaning-settings.ts); only the document it reads is rebuilt.
 */

/** What the cleaning context receives: the page plus this site's memory entry (null when off or unknown). */
export interface PageToClean extends SerializedPage {
  siteMemoryEntry: RememberedSite | null;
}

/**
 * Parses the page inertly (DOMParser: no script runs, nothing loads) and cleans it. `win` is the
 * cleaning context's own window: its DOMParser builds the document and DOMPurify uses its DOM.
 */
export function cleanPageHtml(page: PageToClean, win: Window & typeof globalThis): CleanResult {
  const doc = parsePageCopy(page, win);
  const result = cleanArticle(doc, cleanOptionsFor(page.settings, page.siteRule, page.url, page.siteMemoryEntry));
  // The result crosses extension messaging, and Firefox's copy leaves out accessor properties:
  // each removal's lazy `html` (core/removed-html.ts) becomes a plain value first, or "Show in
  // place" would show nothing. (Chrome's JSON copy reads every one of them anyway.)
  if (result.ok) settleRemovedHtml(result.removed);
  return result;
}

/**
 * The page as the engine reads it in this context: parsed inertly with `win`'s DOMParser, answering
 * with the page's own addresses, and sanitised with `win` (bench:speed --browser parses the same way).
 */
export function parsePageCopy(page: Pick<SerializedPage, 'html' | 'url' | 'baseUrl'>, win: Window & typeof globalThis): Document {
  const doc = new win.DOMParser().parseFromString(page.html, 'text/html');
  pinBaseUrl(doc, page);
  // A parsed document has no window, and the engine sanitises with the document's window
  // (core/clean-article.ts `doc.defaultView`); this context's window has the same DOM classes.
  Object.defineProperty(doc, 'defaultView', { value: win, configurable: true });
  return doc;
}

/**
 * A parsed document's addresses are the extension page's own, so Readability would turn the
 * page's relative links and images into extension addresses, which the sanitiser then drops. A
 * `<base>` cannot fix that in Chrome: the parsed document keeps the extension page's `base-uri
 * 'none'` policy, which ignores it (every relative link of an off-tab page was lost). So the
 * document, and the copy the engine makes of it (core/clean-article.ts), answer with the page's
 * own addresses; the page's own `<base>`, already resolved into `baseUrl`, is disarmed.
 */
function pinBaseUrl(doc: Document, page: Pick<PageToClean, 'url' | 'baseUrl'>): void {
  for (const base of Array.from(doc.querySelectorAll('base[href]'))) base.removeAttribute('href');
  pinAddresses(doc, page);
  const cloneNode = doc.cloneNode.bind(doc);
  Object.defineProperty(doc, 'cloneNode', {
    configurable: true,
    value: (deep?: boolean) => {
      const copy = cloneNode(deep);
      pinAddresses(copy as Document, page);
      return copy;
    },
  });
}

function pinAddresses(doc: Document, page: Pick<PageToClean, 'url' | 'baseUrl'>): void {
  Object.defineProperty(doc, 'baseURI', { value: page.baseUrl, configurable: true });
  Object.defineProperty(doc, 'documentURI', { value: page.url, configurable: true });
  Object.defineProperty(doc, 'URL', { value: page.url, configurable: true });
}
