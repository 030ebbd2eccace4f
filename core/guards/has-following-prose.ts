import type { TextBlock } from '../text/blocks';

/**
 * Like defuddle's `hasFollowingProse`: how much story prose follows each block. A block with the
 * story still running after it sits mid-article, where a weak signal is more likely a sentence of
 * the story than a promo; trailing blocks after the last paragraph are the usual promo spot.
 */

/** A leaf block long enough to be a paragraph of the story. */
export const PROSE_MIN_WORDS = 25;

/** Less prose than this after a block, and it trails the story. */
export const TRAILING_PROSE_WORDS = 40;

/** For each block, the number of prose words in the blocks after it. */
export function followingProseWords(blocks: readonly TextBlock[]): number[] {
  const after = new Array<number>(blocks.length).fill(0);
  let sum = 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    after[i] = sum;
    const block = blocks[i];
    if (block && block.words >= PROSE_MIN_WORDS) sum += block.words;
  }
  return after;
}

/** True when at least `minWords` of prose follow block `index`. */
export function hasFollowingProse(blocks: readonly TextBlock[], index: number, minWords = TRAILING_PROSE_WORDS): boolean {
  return (followingProseWords(blocks)[index] ?? 0) >= minWords;
}
