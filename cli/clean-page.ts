import { JSDOM, VirtualConsole } from 'jsdom';
import { cleanArticle } from '../core/clean-article';
import type { CleanOptions, CleanResult } from '../core/types';

/** Where the time for one page went, in milliseconds. */
export interface PageTimings {
  /** jsdom parsing the HTML into a document. */
  parseMs: number;
  /** Cloning and Readability picking the article (the engine's `prepareMs + readabilityMs`). */
  extractMs: number;
  /** The cleanup rules and DOMPurify (`precleanMs + postcleanMs + sanitizeMs`). */
  cleanMs: number;
  /** Parse plus everything `cleanArticle` did. */
  totalMs: number;
}

export interface CleanedPage {
  result: CleanResult;
  timings: PageTimings;
}

/**
 * Parses `html` with jsdom at `url` and cleans it. The jsdom window is always closed before this
 * returns: an open window keeps the whole page alive, and hundreds of them exhaust the heap.
 */
export function cleanHtmlPage(html: string, url: string | undefined, options: CleanOptions = {}): CleanedPage {
  const started = performance.now();
  const dom = parseHtmlDocument(html, url);
  const parseMs = performance.now() - started;
  try {
    const result = cleanArticle(dom.window.document, { ...options, url: options.url ?? url });
    return { result, timings: pageTimings(parseMs, result) };
  } finally {
    dom.window.close();
  }
}

/**
 * A jsdom document for a page: no scripts, no subresources; about:blank when there is no URL.
 * jsdom's console is silenced: its "Could not parse CSS stylesheet" notes, printed for many real
 * pages, are no concern of a reader and would drown the CLI's own messages.
 */
export function parseHtmlDocument(html: string, url: string | undefined): JSDOM {
  return new JSDOM(html, { contentType: 'text/html', virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
}

export function pageTimings(parseMs: number, result: CleanResult): PageTimings {
  const t = result.timings;
  return {
    parseMs,
    extractMs: t.prepareMs + t.readabilityMs,
    cleanMs: t.precleanMs + t.postcleanMs + t.sanitizeMs,
    totalMs: parseMs + t.totalMs,
  };
}

/** Lets timers and I/O run between pages so closed windows are actually released. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
