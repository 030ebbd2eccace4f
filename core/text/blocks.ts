import { attributeNamesOf } from '../element-index';
import type { Candidate } from '../rules/rule';
import { countWords, normalizeWhitespace } from './normalize';
import { attributeTokens } from './phrases';
import { linksOf } from '../link-density';
import { containsElement, hasDescendantNamed, rawTextLength } from '../walk';

/**
 * The article seen as a list of *leaf blocks*: block elements (p, li, h3, figcaption, a div of
 * inline text…) that hold no other block. The wording rules judge these one by one, then
 * `collectPromoBoxes` grows each judged block to the small box around it (a newsletter box's
 * heading, blurb and fine print go together), so a rule never removes more than the promo.
 */

export interface TextBlock {
  element: Element;
  /** Whitespace-collapsed text. */
  text: string;
  words: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
/** Blocks that only group other blocks; their text lives in their items and cells. */
const NEVER_LEAF = new Set(['DL', 'OL', 'UL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FIGURE', 'HR']);
/** Containers a promo box may be: never a list, table, figure or quote, which are content shapes. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'FORM', 'FIELDSET', 'FOOTER', 'DETAILS', 'P']);
/** A box holding one of these is not a promo box: it carries pictures, data or quotations. */
const CONTENT_INSIDE_BOX = ['img', 'picture', 'video', 'audio', 'iframe', 'table', 'pre', 'blockquote', 'figure', 'ol', 'svg', 'math'];

/**
 * Blocks found per article root. The wording rules run one after another on the same article,
 * and between them the pipeline only *removes* blocks (an empty placeholder takes each one's
 * place), so a later rule can reuse the walk and drop the blocks that left the tree.
 */
const blocksByRoot = new WeakMap<Element, TextBlock[]>();

/** Leaf blocks in document order, found in one walk of the article (reused by later rules). */
export function collectTextBlocks(root: Element): TextBlock[] {
  const cached = blocksByRoot.get(root);
  if (cached) {
    const remaining = cached.filter((block) => containsElement(root, block.element));
    blocksByRoot.set(root, remaining);
    return remaining;
  }
  const blocks: TextBlock[] = [];
  const visit = (el: Element): boolean => {
    let hasBlockInside = false;
    // Sibling links, not `el.children`: iterating jsdom's HTMLCollection re-reads its length through
    // a named-property proxy on every step (quadratic on a container with thousands of children).
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child)) hasBlockInside = true;
    }
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock && !hasBlockInside && !NEVER_LEAF.has(el.tagName) && el !== root) {
      const text = normalizeWhitespace(el.textContent ?? '');
      if (text) blocks.push({ element: el, text, words: countWords(text) });
    }
    return isBlock || hasBlockInside;
  };
  visit(root);
  blocksByRoot.set(root, blocks);
  // The walk is post-order; a leaf never contains another leaf, so post-order is document order.
  return blocks;
}

/** Whole tokens of an element's id, class, role, aria-label and data-* names and values. */
export function elementTokens(el: Element): string[] {
  const tokens: string[] = [];
  // Names from the phase's index and values by name: jsdom's `el.attributes` map is a proxy that
  // cost more than the tokenising.
  for (const name of attributeNamesOf(el)) {
    if (name === 'id' || name === 'class' || name === 'role' || name === 'aria-label') tokens.push(...attributeTokens(el.getAttribute(name) ?? ''));
    else if (name.startsWith('data-')) {
      const value = el.getAttribute(name) ?? '';
      tokens.push(...attributeTokens(name.slice(5)), ...(value.length < 60 ? attributeTokens(value) : []));
    }
  }
  return tokens;
}

/** Attributes do not change while rules collect, so each element is tokenised once. */
const tokenCache = new WeakMap<Element, string[]>();
function cachedTokens(el: Element): string[] {
  let tokens = tokenCache.get(el);
  if (!tokens) tokenCache.set(el, (tokens = elementTokens(el)));
  return tokens;
}

/** Longer than this, a marked element is a page section (`#support-content`), not a promo box. */
const MAX_MARKED_BOX_CHARS = 4000;

/**
 * The first token of `el` or of up to `levels` ancestors (below `root`) that is in `wanted`.
 * A marked element holding half the article or more is the story's wrapper (a Substack post is
 * `<article class="newsletter-post">`), so its marker says nothing about one block.
 */
export function findMarkerToken(el: Element, root: Element, wanted: ReadonlySet<string>, levels = 4): string | null {
  const maxChars = Math.min(MAX_MARKED_BOX_CHARS, rawTextLength(root) / 2);
  for (let node: Element | null = el, i = 0; node && node !== root && i <= levels; node = node.parentElement, i++) {
    const token = cachedTokens(node).find((candidate) => wanted.has(candidate));
    // Measured only for marked elements: textContent on every ancestor of every block adds up.
    if (token) return rawTextLength(node) > maxChars ? null : token;
  }
  return null;
}

/** The first link in `el` whose address has a token in `wanted` (`/donate`, `?newsletter=`, `donate.example.org`). */
export function findLinkToken(el: Element, wanted: ReadonlySet<string>): string | null {
  const links = linksOf(el);
  for (const link of links) {
    const href = safeDecode((link.getAttribute('href') ?? '').replace(/^[a-z]+:\/\//i, ''));
    for (const token of attributeTokens(href)) if (wanted.has(token)) return token;
  }
  return null;
}

export interface PromoBoxOptions {
  /** Marker tokens that make a box certain (then it may be longer and hold longer unflagged text). */
  markers: ReadonlySet<string>;
  /** Unflagged blocks longer than this stop a box from growing (unless it carries a marker). */
  maxLooseWords?: number;
  /** A box without a marker stays this short. */
  maxBoxWords?: number;
}

/**
 * Turns judged blocks into removal candidates: each flagged block grows to the smallest enclosing
 * box made only of promo material (other flagged blocks, short headings and fine print), stopping
 * at the article's own containers. Nested candidates are dropped so each block is counted once.
 */
export function collectPromoBoxes(root: Element, blocks: readonly TextBlock[], flagged: ReadonlyMap<Element, string>, options: PromoBoxOptions): Candidate[] {
  const maxLoose = options.maxLooseWords ?? 30;
  const maxBox = options.maxBoxWords ?? 90;
  const rootWords = blocks.reduce((sum, block) => sum + block.words, 0);
  const wordsOf = new Map(blocks.map((block) => [block.element, block.words]));
  const chosen = new Map<Element, string>();
  for (const [element, reason] of flagged) {
    let box = element;
    for (let parent = box.parentElement; parent && parent !== root && BOX_TAGS.has(parent.tagName); parent = parent.parentElement) {
      // A marker on the box or just above it (a newsletter form's wrapper) vouches for the box.
      const marked = findMarkerToken(parent, root, options.markers, 2) !== null;
      let boxWords = 0;
      let flaggedWords = 0;
      let loose = false;
      for (const block of blocks) {
        if (!containsElement(parent, block.element)) continue;
        boxWords += block.words;
        if (flagged.has(block.element)) flaggedWords += block.words;
        else if ((wordsOf.get(block.element) ?? 0) > maxLoose) loose = true;
      }
      if (boxWords > rootWords / 2 || boxWords > 600) break;
      if (marked ? flaggedWords < boxWords / 4 : loose || boxWords > maxBox) break;
      if (hasDescendantNamed(parent, ...CONTENT_INSIDE_BOX)) break;
      box = parent;
    }
    if (!chosen.has(box)) chosen.set(box, reason);
  }
  const boxes = [...chosen.keys()];
  return boxes
    .filter((box) => !boxes.some((other) => other !== box && containsElement(other, box)))
    .map((box) => ({ element: box, reason: chosen.get(box) ?? '' }));
}

/** `/unterst%C3%BCtzen` → `/unterstützen`; a malformed escape leaves the address as it is. */
function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
