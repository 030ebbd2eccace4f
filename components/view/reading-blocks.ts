/**
 * The article's text blocks in document order: what a reading position points at. The same
 * article renders the same list, so an index survives a reload; lazy images and
 * `content-visibility` change the pixels above a block, never its index.
 */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, figure, pre, blockquote, table, dt, dd';
export const HEADING_SELECTOR = 'h2, h3, h4';

export function readingBlocks(content: Element): HTMLElement[] {
  return Array.from(content.querySelectorAll<HTMLElement>(BLOCK_SELECTOR));
}

/** Pixels from the scroller's top edge that the sticky bar covers. */
export function coveredTop(scroller: Element): number {
  const bar = scroller.querySelector('.qr-bar');
  return bar ? bar.getBoundingClientRect().height : 0;
}

/** The first block still visible below the bar (its bottom below the reading line). */
export function firstVisibleBlock(blocks: readonly HTMLElement[], scroller: Element): number {
  const line = scroller.getBoundingClientRect().top + coveredTop(scroller) + 1;
  let low = 0;
  let high = blocks.length - 1;
  let found = blocks.length ? blocks.length - 1 : 0;
  // Blocks are in document order, so their bottoms only grow: binary search.
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle]!.getBoundingClientRect().bottom > line) {
      found = middle;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return found;
}

/** 0 at the top, 1 at the end; 0 when nothing scrolls. */
export function scrollProgress(scroller: Element): number {
  const range = scroller.scrollHeight - scroller.clientHeight;
  return range > 0 ? Math.min(1, Math.max(0, scroller.scrollTop / range)) : 0;
}

/** Scrolls so `block` sits just under the bar. */
export function scrollBlockToTop(block: HTMLElement, scroller: Element): void {
  const offset = block.getBoundingClientRect().top - scroller.getBoundingClientRect().top - coveredTop(scroller) - 8;
  scroller.scrollTop += offset;
}
