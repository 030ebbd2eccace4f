import { JSDOM, VirtualConsole } from 'jsdom';
import { normalizeWhitespace } from '../../core/text/normalize';
import type { Removal } from '../../core/types';

/** Paragraph-level elements of Readability's expected output whose text the engine must keep. */
const BLOCK_SELECTOR = 'p, li, pre, h1, h2, h3, h4, h5, h6, blockquote, dt, dd, figcaption, td, th';

/**
 * The normalised texts of the innermost paragraph-level blocks of an expected article (a `<li>`
 * holding a `<p>` counts once, as its `<p>`), skipping empty ones.
 */
export function expectedBlocks(expectedHtml: string): string[] {
  const dom = new JSDOM(expectedHtml, { contentType: 'text/html', virtualConsole: new VirtualConsole() });
  try {
    const blocks = Array.from(dom.window.document.querySelectorAll(BLOCK_SELECTOR));
    return blocks
      .filter((block) => !block.querySelector(BLOCK_SELECTOR))
      .map((block) => normalizeWhitespace(block.textContent ?? ''))
      .filter((text) => text !== '');
  } finally {
    dom.window.close();
  }
}

/**
 * The removal whose block held `text` (normalised substring of the removed block's text), so a
 * lost snippet can be blamed on a rule. Null when no removal held it: then Readability itself
 * chose differently after the page-level rules ran.
 */
export function removalHolding(text: string, removed: readonly Removal[], removedTexts: Map<string, string>): Removal | null {
  const needle = normalizeWhitespace(text);
  for (const removal of removed) {
    let haystack = removedTexts.get(removal.id);
    if (haystack === undefined) {
      haystack = removal.html ? normalizeWhitespace(JSDOM.fragment(removal.html).textContent ?? '') : normalizeWhitespace(removal.preview);
      removedTexts.set(removal.id, haystack);
    }
    if (haystack.includes(needle)) return removal;
  }
  // A long block may be only partly in one removal: blame the one holding its opening words.
  const opening = needle.slice(0, 60);
  return removed.find((removal) => (removedTexts.get(removal.id) ?? '').includes(opening)) ?? null;
}
