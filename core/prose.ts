import { activeElementIndex } from './element-index';
import { descendantsNamed } from './walk';

/**
 * How much of a page's prose an element holds. Page-level (preclean) removals are the riskiest
 * thing the engine does: removing the subtree that holds the story changes what Readability picks.
 * Consent overlays set `aria-hidden="true"` on the article wrapper, WordPress puts
 * `tag-newsletter` on `<article>`, and sites wrap gated story text in `.paywall`; this measure lets
 * rules refuse such removals by name (`holdsMuchProse`).
 */

/** Paragraph-like elements whose text counts as prose. */
const PROSE_TAGS = ['p', 'pre', 'blockquote'];
const pageProseCache = new WeakMap<Element, number>();

/** Characters of paragraph text inside `el` (itself included when it is a paragraph). */
export function proseChars(el: Element): number {
  const tag = el.localName;
  if (PROSE_TAGS.includes(tag)) return textLength(el);
  let sum = 0;
  for (const p of descendantsNamed(el, 'p')) sum += textLength(p);
  return sum;
}

/**
 * `proseChars` of every element below `root` holding any prose, in one walk of the paragraphs:
 * each `<p>` adds its length to its ancestors, so a page costs its paragraphs times their depth
 * instead of one subtree walk per element asked about.
 */
export function proseCharsBelow(root: Element): Map<Element, number> {
  const chars = new Map<Element, number>();
  for (const el of descendantsNamed(root, ...PROSE_TAGS)) {
    const own = textLength(el);
    chars.set(el, own);
    if (el.localName !== 'p') continue;
    // A paragraph-like ancestor counts its own text (proseChars), not the sum of its paragraphs.
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
      if (!PROSE_TAGS.includes(up.localName)) chars.set(up, (chars.get(up) ?? 0) + own);
    }
  }
  return chars;
}

/** Prose characters of the whole root, computed once per root. */
export function pageProseChars(root: Element): number {
  let chars = pageProseCache.get(root);
  if (chars === undefined) {
    chars = proseChars(root);
    pageProseCache.set(root, chars);
  }
  return chars;
}

/**
 * True when `el` holds at least `share` of the root's prose (and some prose at all): such a
 * subtree is the story, whatever its class or attributes say.
 */
export function holdsMuchProse(el: Element, root: Element, share = 0.3): boolean {
  const own = proseChars(el);
  if (own === 0) return false;
  return own >= share * pageProseChars(root);
}

/**
 * Trimmed, whitespace-collapsed text length without building the collapsed string. Rules ask for
 * the same paragraphs' lengths again and again; during a phase the element index remembers them.
 */
export function textLength(el: Element): number {
  const index = activeElementIndex();
  return index ? index.measureText(el, measureTextLength) : measureTextLength(el);
}

/** A run of the whitespace `measureTextLength` collapses (ASCII whitespace and NBSP), or one such character that is not a plain space. */
const COLLAPSIBLE = /[\t-\r \u00a0]{2,}|[\t-\r\u00a0]/g;

function measureTextLength(el: Element): number {
  // Collapsing with one native replace (which leaves text with single spaces untouched) and
  // counting is twice as fast as a character loop on long page text, and gives the same length.
  const collapsed = (el.textContent ?? '').replace(COLLAPSIBLE, ' ');
  let n = collapsed.length;
  if (n > 0 && collapsed.charCodeAt(0) === 32) n--;
  if (n > 0 && collapsed.charCodeAt(collapsed.length - 1) === 32) n--;
  return n;
}
