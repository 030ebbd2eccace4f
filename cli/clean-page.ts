import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanArticle } from '../core/clean-article';
import { makeStylesInert } from './inert-styles';
import { applyStreamedBoundaries } from './streamed-boundaries';
import { settleRemovedHtml } from '../core/removed-html';
import type { CleanOptions, CleanResult } from '../core/types';

/** Where the time for one page went, in milliseconds. */
export interface PageTimings {
  /** jsdom parsing the HTML into a document. */
  parseMs: number;
  /** Cloning and Readability picking the article (the engine's `prepareMs + readabilityMs`). */
  extractMs: number;
  /** The cleanup rules and DOMPurify (`precleanMs + recoverMs + postcleanMs + sanitizeMs`). */
  cleanMs: number;
  /** Parse plus everything `cleanArticle` did. */
  totalMs: number;
}

export interface CleanedPage {
  result: CleanResult;
  timings: PageTimings;
  /** True when jsdom threw on the page's style sheets and it was parsed again with them inert. */
  stylesInert: boolean;
}

/**
 * Parses `html` with jsdom at `url` and cleans it. The jsdom window is always closed before this
 * returns: an open window keeps the whole page alive, and hundreds of them exhaust the heap.
 */
export function cleanHtmlPage(html: string, url: string | undefined, options: CleanOptions = {}): CleanedPage {
  const started = performance.now();
  const parsed = tryParseHtmlDocument(html, url);
  const parseMs = performance.now() - started;
  if (!parsed.ok) {
    const result = parseFailure(parsed.error);
    return { result, timings: pageTimings(parseMs, result), stylesInert: false };
  }
  const dom = parsed.dom;
  try {
    const result = cleanArticle(dom.window.document, { ...options, url: options.url ?? url });
    // Removed blocks' HTML is sanitised on first read, which needs this window: read it now.
    settleRemovedHtml(result.removed);
    return { result, timings: pageTimings(parseMs, result), stylesInert: parsed.stylesInert };
  } finally {
    dom.window.close();
  }
}

/**
 * jsdom can throw while building a document: its CSS parser chokes on some real style sheets
 * ("Cannot create property 'border-width' on string 'inherit'", "')' is expected"), which a
 * browser never does. Such a page is parsed again with its sheets inert (cli/inert-styles.ts; the
 * engine reads none) and flagged; only a page that fails even then gets an error.
 * `inertStyles: true` parses that way from the start (the benchmarks and training: faster, and the
 * same engine output).
 */
export function tryParseHtmlDocument(html: string, url: string | undefined, { inertStyles = false } = {}): { ok: true; dom: JSDOM; stylesInert: boolean } | { ok: false; error: string } {
  if (!inertStyles) {
    try {
      return { ok: true, dom: parseHtmlDocument(html, url), stylesInert: false };
    } catch {
      // Parsed again below with the style sheets inert.
    }
  }
  try {
    return { ok: true, dom: parseHtmlDocument(makeStylesInert(html), url), stylesInert: !inertStyles };
  } catch (error) {
    return { ok: false, error: `jsdom could not build the page (${error instanceof Error ? error.message : String(error)})` };
  }
}

function parseFailure(message: string): CleanResult {
  const timings = { prepareMs: 0, precleanMs: 0, readabilityMs: 0, postcleanMs: 0, recoverMs: 0, sanitizeMs: 0, totalMs: 0 };
  return { ok: false, error: { code: 'internal', message }, removed: [], timings };
}

/**
 * A jsdom document for a page: no scripts, no subresources; about:blank when there is no URL.
 * Parts a React page streamed are moved into place as its runtime would (cli/streamed-boundaries.ts).
 * jsdom's console is silenced: its "Could not parse CSS stylesheet" notes, printed for many real
 * pages, are no concern of a reader and would drown the CLI's own messages.
 */
export function parseHtmlDocument(html: string, url: string | undefined): JSDOM {
  const dom = new JSDOM(html, { contentType: 'text/html', virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
  iterateCollectionsByIndex(dom.window as unknown as Window & typeof globalThis);
  // What React's inline scripts would have done before a browser showed the page.
  applyStreamedBoundaries(dom.window.document, html);
  return dom;
}

/**
 * jsdom's HTMLCollection is a Proxy, and every non-index property read on it first scans all its
 * elements for a matching `id`/`name` (named properties). The array iterator reads `length` on
 * each step, so `for (const el of root.getElementsByTagName('*'))` is quadratic: 7.2 s instead of
 * 11 ms on a 1,775-element page (trafilatura-dev 00358e7b04dad0fd), most of the engine's time in
 * jsdom. Browsers have no such cost. Reading by index until the first missing item keeps the
 * iterator's live semantics (an index exists exactly while it is below `length`) without the scan.
 */
export function iterateCollectionsByIndex(win: Window & typeof globalThis): void {
  Object.defineProperty(win.HTMLCollection.prototype, Symbol.iterator, {
    configurable: true,
    writable: true,
    value: function* iterateByIndex(this: HTMLCollection) {
      for (let i = 0; ; i++) {
        const item = this[i];
        if (item === undefined) return;
        yield item;
      }
    },
  });
}

export function pageTimings(parseMs: number, result: CleanResult): PageTimings {
  const t = result.timings;
  return {
    parseMs,
    extractMs: t.prepareMs + t.readabilityMs,
    cleanMs: t.precleanMs + t.recoverMs + t.postcleanMs + t.sanitizeMs,
    totalMs: parseMs + t.totalMs,
  };
}

/** Lets timers and I/O run between pages so closed windows are actually released. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
