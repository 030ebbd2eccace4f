import type { RemovalLog } from '../remove-candidates';
import { fingerprintText } from '../text/fingerprint';
import { normalizeWhitespace, previewText } from '../text/normalize';
import type { ArticleBlock } from '../types';
import { SITE_MEMORY_LIMITS } from './model';

/** Elements that hold a block of text on their own; the memory fingerprints the innermost ones. */
const BLOCK_SELECTOR = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, td, th, div, section, aside, header, footer, figure, details, summary, address, article, form';

/**
 * Blocks inside these are the article's own material (quotes, code, tables), even when a site
 * repeats them; site memory neither learns nor removes them.
 */
const CONTENT_STRUCTURE = 'blockquote, q, pre, code, table';

/**
 * Shorter blocks ("Share", "Advertisement", a dateline) are too common to tell a site's
 * boilerplate from ordinary words, and the generic rules handle the short chrome anyway.
 */
export const MIN_BLOCK_CHARS = 20;
/**
 * Guard: a block longer than this is prose (about 80 words). A site's appeals, bios and
 * disclosures are shorter; a long paragraph that repeats is a reused article passage, which stays.
 */
export const LONG_PROSE_CHARS = 500;

export interface MemoryBlock {
  element: Element;
  fingerprint: string;
  /** Whitespace-collapsed text length. */
  length: number;
}

/**
 * The innermost text blocks under `root` (and `root` itself when it is one) that site memory may
 * learn and remove, in document order. The same function serves learning (after a clean) and
 * removal (the `site-memory` rule), so both agree on what a block and its fingerprint are. One
 * pass: every block marks its nearest block ancestor as "not innermost".
 */
export function collectMemoryBlocks(root: Element): MemoryBlock[] {
  const all = [...(root.matches(BLOCK_SELECTOR) ? [root] : []), ...Array.from(root.querySelectorAll(BLOCK_SELECTOR))];
  const containers = new Set<Element>();
  for (const element of all) {
    if (element === root) continue;
    const parentBlock = element.parentElement?.closest(BLOCK_SELECTOR);
    if (parentBlock && (parentBlock === root || root.contains(parentBlock))) containers.add(parentBlock);
  }
  const blocks: MemoryBlock[] = [];
  for (const element of all) {
    if (containers.has(element) || element.closest(CONTENT_STRUCTURE)) continue;
    const text = normalizeWhitespace(element.textContent ?? '');
    if (text.length < MIN_BLOCK_CHARS || text.length > LONG_PROSE_CHARS) continue;
    blocks.push({ element, fingerprint: fingerprintText(text), length: text.length });
  }
  return blocks;
}

/**
 * What a clean hands to `learn`: the blocks left in the article, plus the blocks inside what the
 * `site-memory` rule removed (they are still this site's, and must stay counted so the memory does
 * not forget them once it starts removing them). Only those carry a short preview.
 */
export function listArticleBlocks(article: Element, log: RemovalLog): ArticleBlock[] {
  const blocks: ArticleBlock[] = collectMemoryBlocks(article).map(({ fingerprint, length }) => ({ fingerprint, length }));
  for (const removal of log.removals) {
    const element = removal.kind === 'site-memory' ? log.elements?.get(removal.id) : undefined;
    if (!element) continue;
    for (const block of collectMemoryBlocks(element)) {
      blocks.push({ fingerprint: block.fingerprint, length: block.length, preview: previewText(block.element.textContent ?? '', SITE_MEMORY_LIMITS.previewChars) });
    }
  }
  return blocks;
}
