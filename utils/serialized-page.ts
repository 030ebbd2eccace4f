import type { CleaningSettings, CleaningSiteRule } from './settings/cleaning-settings';

/**
 * The live page as plain data, for cleaning outside the tab (utils/clean-page-html.ts). Its own
 * module, apart from the engine: the reader script in the tab serialises, and must not carry
 * the engine along for it.
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

/** One cheap `outerHTML` of the live document. */
export function serializePage(doc: Document, settings: CleaningSettings, siteRule: CleaningSiteRule): SerializedPage {
  const doctype = doc.doctype ? `<!doctype ${doc.doctype.name}>` : '';
  return { html: doctype + markupOf(doc), url: doc.URL, baseUrl: doc.baseURI, settings, siteRule };
}

/**
 * The page's markup as the cleaning context will parse it back. A live page (scripting on) holds
 * a `<noscript>`'s content as text and writes it back unescaped; the cleaning context parses with
 * scripting off, where `<noscript>` holds markup, so that text would turn into elements and swallow
 * what follows (`<noscript><p title="</noscript><img …>">` hid the rest of an article). A copy of
 * the document has no scripting, so it writes that text escaped, and it parses back as text.
 */
function markupOf(doc: Document): string {
  if (doc.getElementsByTagName('noscript').length === 0) return doc.documentElement.outerHTML;
  return (doc.cloneNode(true) as Document).documentElement.outerHTML;
}
