/**
 * Recall recovery, part 0 too: a page built by its scripts (a forum engine, a single-page app)
 * often sends its whole text a second time inside `<noscript>`, for readers and crawlers without
 * JavaScript, and nothing else in the body but a splash screen. A browser has run the scripts
 * before the reader opens the view; a page read from its HTML (the CLI, a saved page) holds its
 * text only in that `<noscript>`, which Readability drops with the scripts, so it finds nothing.
 * This shows the fallback, as a browser without scripts would, when it is where the page's text
 * is: a `<noscript>` with a real page of text in it while the rest of the body has almost none.
 * A page with its own text keeps its `<noscript>` notes ("Please enable JavaScript", tracking
 * pixels) out of the article as before.
 *
 * The fallback's markup is elements only where the page was parsed with scripting off (jsdom: the
 * CLI, the benchmarks). The extension's copy holds it as text on purpose (utils/serialized-page.ts:
 * text parsed as markup could swallow the rest of a page), and there the page's scripts have run.
 */

/** The fallback holds a page of text: a few short paragraphs at least. */
const MIN_FALLBACK_CHARS = 500;
/** The rest of the body holds at most this share of the fallback's text (a splash, a header). */
const MAX_OTHER_SHARE = 0.2;
/** Elements whose text a reader never sees. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);

/** Shows the body's `<noscript>` fallbacks when they hold the page's text; returns how many. */
export function showNoscriptFallback(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  // Nearly every page has no `<noscript>` in its body, or only short ones: a live collection
  // answers that without walking the page.
  const noscripts = Array.from(body.getElementsByTagName('noscript'));
  if (!noscripts.length) return 0;
  const fallbacks: Array<[Element, Node[]]> = [];
  let fallbackChars = 0;
  for (const noscript of noscripts) {
    // Its whole text is never shorter than the part a reader would see: a pixel's fallback stops here.
    if ((noscript.textContent?.length ?? 0) < MIN_FALLBACK_CHARS || noscript.parentElement?.closest('noscript')) continue;
    // Held as text (a live page, the extension's copy): not parsed here, see above.
    if (!noscript.firstElementChild) continue;
    const nodes = Array.from(noscript.childNodes);
    const chars = nodes.reduce((sum, node) => sum + seenText(node), 0);
    if (chars < MIN_FALLBACK_CHARS) continue;
    fallbacks.push([noscript, nodes]);
    fallbackChars += chars;
  }
  if (!fallbacks.length || seenText(body) > fallbackChars * MAX_OTHER_SHARE) return 0;
  for (const [noscript, nodes] of fallbacks) noscript.replaceWith(...nodes);
  return fallbacks.length;
}

/** Length of the text a reader would see in `node`, leaving out scripts, styles and `<noscript>`. */
function seenText(node: Node): number {
  if (node.nodeType === 3) return (node.nodeValue ?? '').trim().length;
  if (node.nodeType !== 1 || UNSEEN.has((node as Element).localName)) return 0;
  let sum = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) sum += seenText(child);
  return sum;
}
