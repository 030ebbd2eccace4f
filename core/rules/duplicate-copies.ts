import { isPullQuote } from '../guards/is-pull-quote';
import { textLength } from '../prose';
import { leafTextBlocks } from '../text/leaf-blocks';
import { closestNamed, containsElement } from '../walk';
import { defineRule, type Candidate } from './rule';

/**
 * A part of the article printed again further down. Responsive themes print the story, a product's
 * details or a section once per screen size and let their style sheets show one; page builders
 * repeat a module for each breakpoint. A reading view applies no style sheet and Readability keeps
 * every copy, so the reader met the same paragraphs two or three times over. The first copy stays;
 * each later one goes.
 *
 * A later copy is a box of two or more text blocks each printed, with the same tag and the same
 * words, earlier in the article, holding little else, and mostly prose: at least as many
 * paragraphs as list items. One repeated paragraph is not a copy: a dek printed again as the first
 * paragraph, a pull quote, a chorus (repeated-blocks and the wording rules judge those). Lists
 * repeat by design: a summary's bullet points come back under the section that explains them, a
 * product's features in the comparison after it (on wcxb-dev training-site pages, the copies made
 * of list items were such parts of the content; those made of paragraphs were printed copies).
 * Quotations (a forum reply quoting a post) and table cells, which repeat by nature, are never
 * counted as copies.
 */

/** Blocks shorter than this ("Add to cart", "Read more") repeat by design. */
const MIN_BLOCK_CHARS = 20;
/** A box is a copy when its repeated blocks make up this share of its text. */
const MIN_COPY_SHARE = 0.9;
/** And when they hold at least this much text: two repeated labels are not a copy of anything. */
const MIN_COPY_CHARS = 200;
const MIN_COPY_BLOCKS = 2;

/** What an ancestor holds of the later copies' blocks. */
interface CopyTally {
  chars: number;
  blocks: number;
  paragraphs: number;
  listItems: number;
}

export default defineRule({
  id: 'duplicate-copies',
  kind: 'repeated',
  phase: 'post',
  summary: 'Removes later copies of a part of the article printed again further down (a story or section printed once per screen size): boxes of two or more blocks that all came earlier.',
  collect(root) {
    const seen = new Set<string>();
    const copies: Element[] = [];
    for (const { element, text } of leafTextBlocks(root, MIN_BLOCK_CHARS)) {
      const key = `${element.localName} ${text}`;
      if (!seen.has(key)) seen.add(key);
      else if (!isPullQuote(element, root) && !closestNamed(element, 'table')) copies.push(element);
    }
    if (copies.length < MIN_COPY_BLOCKS) return [];

    // What each ancestor holds of the repeated blocks: their text, how many, how many paragraphs and list items.
    const tallies = new Map<Element, CopyTally>();
    for (const block of copies) {
      const n = textLength(block);
      for (let up: Element | null = block; up && up !== root; up = up.parentElement) {
        let tally = tallies.get(up);
        if (!tally) tallies.set(up, (tally = { chars: 0, blocks: 0, paragraphs: 0, listItems: 0 }));
        tally.chars += n;
        tally.blocks++;
        if (block.localName === 'p') tally.paragraphs++;
        else if (block.localName === 'li') tally.listItems++;
      }
    }
    const candidates: Candidate[] = [];
    let lastBox: Element | null = null;
    for (const block of copies) {
      if (lastBox && containsElement(lastBox, block)) continue;
      const box = boxOf(block, root, tallies);
      const tally = tallies.get(box);
      // Mostly prose: at least as many paragraphs as list items, and some.
      if (!tally || tally.blocks < MIN_COPY_BLOCKS || tally.chars < MIN_COPY_CHARS || tally.paragraphs === 0 || tally.paragraphs < tally.listItems) continue;
      lastBox = box;
      candidates.push({ element: box, reason: `Printed earlier in the article (${tally.blocks} blocks again; the first copy is kept)` });
    }
    return candidates;
  },
});

/** The highest ancestor of `block` below `root` whose text is almost all repeated blocks. */
function boxOf(block: Element, root: Element, tallies: ReadonlyMap<Element, CopyTally>): Element {
  let box = block;
  for (let up = block.parentElement; up && up !== root; up = up.parentElement) {
    const repeated = tallies.get(up)?.chars ?? 0;
    // The climb stops at the first ancestor with other text in it: the copy is the box below.
    if (repeated < MIN_COPY_SHARE * textLength(up)) break;
    box = up;
  }
  return box;
}

/* Examples: a renovation-cost guide printed for desktop, tablet and phone (three copies of every
   section in the article), a watch's details in a mobile and a desktop column. */
