import { holdsMuchProse, textLength } from '../prose';
import { repeatedBoxKind } from '../removals/relabel';
import { visibleText } from '../removals/visible-text';
import { LEAF_BLOCK_TAGS, leafTextBlocks } from '../text/leaf-blocks';
import { elementTokens, tokenPattern } from '../tokens';
import { defineRule, type Candidate } from './rule';
import { containsElement, descendantElements, descendantsNamed, hasDescendantNamed } from '../walk';

/**
 * Blocks printed two or more times on the page. CMSs drop the same appeal or sign-up box into
 * several slots (in the story and again after it, often with one sentence or the button changed),
 * and lightboxes print a caption a second time.
 *
 * One pass over the page's leaf text blocks, hashed by folded text. Then, for each repeated
 * block, its *box* is the highest ancestor whose text is mostly repeated text:
 * - a box of two or more repeated blocks with a call to action (form, button, short standalone
 *   link) is an appeal or promo: every copy goes, even when one sentence differs;
 * - a repeated caption or credit is kept once (the first), the later copies go;
 * - anything else repeated once is left alone: a dek printed again as the first paragraph, a
 *   pull quote repeating the body (`isPullQuote`), a table printed for mobile and desktop.
 *   The wording rules judge those by what they say, and after Readability `duplicate-copies`
 *   takes a later copy of a part of the story (two or more paragraphs printed again).
 */
/**
 * Shorter repeats ("Share", "Advertisement", "Read more") are labels: the share and prompt rules'
 * job. A box needs more repeated text than one such label: BOX_MIN_REPEATED_CHARS.
 */
const MIN_BLOCK_CHARS = 20;
const BOX_MIN_REPEATED_CHARS = 80;
/** A box must be mostly repeated text: this share of its characters. */
const BOX_REPEATED_SHARE = 0.6;
const MAX_BOX_CLIMB = 6;
const CAPTION_TOKENS = tokenPattern(['caption', 'captions', 'credit', 'credits', 'photo credit', 'copyright', 'wp caption text', 'media credit', 'image credit']);
const CTA_LINK_MAX_CHARS = 40;
const MIN_CAPTION_CHARS = 40;
/** `box.querySelector('form, input, button, select, [role="button"]')`, without jsdom's selector set-up per box. */
const FORM_CONTROL_TAGS = ['form', 'input', 'button', 'select'];
const BUTTON_TOKENS = tokenPattern(['button', 'btn', 'cta', 'donate', 'subscribe', 'support', 'give', 'join']);

interface Copy {
  block: Element;
  box: Element;
}

export default defineRule({
  id: 'repeated-blocks',
  kind: 'repeated',
  phase: 'pre',
  summary: 'Removes every copy of an appeal or promo box printed twice (even with a sentence changed) and later copies of a repeated caption.',
  collect(root) {
    const groups = groupLeafBlocksByText(root);
    const repeated = [...groups.values()].filter((copies) => copies.length >= 2);
    if (!repeated.length) return [];

    const coverage = new Map<Element, number>();
    const lengths = new Map<Element, number>();
    const lengthOf = (el: Element) => {
      let n = lengths.get(el);
      if (n === undefined) lengths.set(el, (n = textLength(el)));
      return n;
    };
    for (const copies of repeated) {
      for (const block of copies) {
        const n = lengthOf(block);
        for (let up: Element | null = block, i = 0; up && up !== root && i <= MAX_BOX_CLIMB; up = up.parentElement, i++) {
          coverage.set(up, (coverage.get(up) ?? 0) + n);
        }
      }
    }
    const boxOf = (block: Element): Element => {
      let box = block;
      // A parent's text holds its child's, so the last length measured on the way up is a floor
      // for every ancestor's: one whose repeated text is under that share is not the box, and its
      // own (long) text need not be measured.
      let floor = lengthOf(block);
      for (let up = block.parentElement, i = 0; up && up !== root && i < MAX_BOX_CLIMB; up = up.parentElement, i++) {
        const covered = coverage.get(up) ?? 0;
        if (covered < BOX_REPEATED_SHARE * floor) continue;
        floor = lengthOf(up);
        if (covered >= BOX_REPEATED_SHARE * floor) box = up;
      }
      return box;
    };

    const candidates: Candidate[] = [];
    const taken = new Set<Element>();
    for (const copies of repeated) {
      const located: Copy[] = copies.map((block) => ({ block, box: boxOf(block) }));
      if (located.some(({ box }) => taken.has(box))) continue;
      const boxes = distinctSeparateBoxes(located);
      if (boxes.length >= 2 && boxes.every((box) => isPromoBox(box, coverage, lengthOf, root))) {
        for (const box of boxes) {
          taken.add(box);
          candidates.push({ element: box, reason: `Printed ${boxes.length} times on the page (a repeated appeal or promo)`, copies: 1, kind: repeatedBoxKind(visibleText(box)) });
        }
      } else if (copies[0]!.textContent.length >= MIN_CAPTION_CHARS && located.every(({ block }) => isCaption(block))) {
        for (const { block } of located.slice(1)) {
          // Listed and switched as what it is (core/removals/relabel.ts names the appeals by their words).
          candidates.push({ element: block, reason: 'The same caption or credit printed again (the first copy is kept)', kind: 'caption' });
        }
      }
    }
    return candidates;
  },
});

/** Leaf text blocks of at least MIN_BLOCK_CHARS, grouped by folded text. */
function groupLeafBlocksByText(root: Element): Map<string, Element[]> {
  const groups = new Map<string, Element[]>();
  for (const { element, text } of leafTextBlocks(root, MIN_BLOCK_CHARS)) {
    const group = groups.get(text);
    if (group) group.push(element);
    else groups.set(text, [element]);
  }
  return groups;
}

/** The copies' boxes, once each, when no box contains another (copies side by side, not nested). */
function distinctSeparateBoxes(located: Copy[]): Element[] {
  const boxes = [...new Set(located.map(({ box }) => box))];
  for (const a of boxes) for (const b of boxes) if (a !== b && containsElement(a, b)) return [];
  return boxes;
}

/** Two or more repeated blocks, a call to action, and not the story itself. */
function isPromoBox(box: Element, coverage: Map<Element, number>, lengthOf: (el: Element) => number, root: Element): boolean {
  if (LEAF_BLOCK_TAGS.has(box.localName)) return false;
  if ((coverage.get(box) ?? 0) < BOX_MIN_REPEATED_CHARS || hasDescendantNamed(box, 'table')) return false;
  if (holdsMuchProse(box, root, 0.25)) return false;
  return hasCallToAction(box, lengthOf);
}

function hasCallToAction(box: Element, lengthOf: (el: Element) => number): boolean {
  if (hasDescendantNamed(box, ...FORM_CONTROL_TAGS) || descendantElements(box).some((el) => el.getAttribute('role') === 'button')) return true;
  for (const link of descendantsNamed(box, 'a')) {
    const n = lengthOf(link);
    // A short link styled as a button ("Donate", "Jetzt unterstützen"), not a link in a sentence
    // or an entry of a repeated navigation box (Wikipedia prints some navboxes twice).
    if (n > 0 && n <= CTA_LINK_MAX_CHARS && BUTTON_TOKENS.test(elementTokens(link)) && !hasSentenceAround(link)) return true;
  }
  return false;
}

function hasSentenceAround(el: Element): boolean {
  for (const sibling of el.parentNode?.childNodes ?? []) {
    if (sibling.nodeType === 3 && (sibling.textContent ?? '').trim().length > 1) return true;
  }
  return false;
}

function isCaption(block: Element): boolean {
  if (block.localName === 'figcaption' || block.localName === 'caption') return true;
  for (let up: Element | null = block, i = 0; up && i < 3; up = up.parentElement, i++) {
    if (CAPTION_TOKENS.test(elementTokens(up))) return true;
  }
  return false;
}

/* Examples: Newspack donate blocks inserted mid-story and after it, Ghost `kg-signup-card`
   twice, a German `support-box` in the story and in the footer. */
