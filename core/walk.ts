import { activeElementIndex } from './element-index';

/**
 * Element iteration for the rules. jsdom's live `getElementsByTagName` collections are very slow
 * to iterate (measured: ~0.8 s for 1,000 elements on a trafilatura page, against ~2 ms for a
 * TreeWalker), so every pass over a subtree goes through these, which are fast in browsers too.
 * While a cleaning phase runs, they answer from its element index (core/element-index.ts) instead
 * of walking again.
 */
const SHOW_ELEMENT = 0x1;

/** Every element below `root` (not `root` itself), in document order. */
export function descendantElements(root: Element): Element[] {
  const indexed = activeElementIndex()?.descendants(root);
  if (indexed) return indexed;
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Element);
  return out;
}

/** The elements below `root` with one of the given lowercase tag names, in document order. */
export function descendantsNamed(root: Element, ...names: string[]): Element[] {
  const indexed = activeElementIndex()?.descendants(root, names);
  if (indexed) return indexed;
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (names.includes((node as Element).localName)) out.push(node as Element);
  }
  return out;
}

/**
 * The element children of `parent`, by sibling links. `Array.from(el.children)` iterates jsdom's
 * HTMLCollection, which re-reads its length through a named-property proxy on every step:
 * quadratic on a container with thousands of children (a page of 2,000 images).
 */
export function childElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) out.push(child);
  return out;
}

/**
 * True when some element below `root` (not `root` itself) has one of the given lowercase tag
 * names: `root.querySelector('p, img')` for plain tag names, stopping at the first match. jsdom's
 * selector engine pays a set-up per call (on a link it even re-parses the link's URL, reading
 * `host`), which made `querySelector('h1')` per promo-marked element a tenth of the rules' time.
 */
export function hasDescendantNamed(root: Element, ...names: string[]): boolean {
  const indexed = activeElementIndex()?.hasDescendant(root, names);
  if (indexed !== undefined && indexed !== null) return indexed;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (names.includes((node as Element).localName)) return true;
  }
  return false;
}

/** `el` itself or its nearest ancestor with one of the given lowercase tag names: `el.closest('table, pre')` for plain tag names. */
export function closestNamed(el: Element, ...names: string[]): Element | null {
  for (let up: Element | null = el; up; up = up.parentElement) {
    if (names.includes(up.localName)) return up;
  }
  return null;
}

/** `outer.contains(inner)`, answered by the phase's element index when both are in it. */
export function containsElement(outer: Element, inner: Element): boolean {
  return activeElementIndex()?.contains(outer, inner) ?? outer.contains(inner);
}

/** Length of `el.textContent` (untrimmed), remembered by the phase's element index. */
export function rawTextLength(el: Element): number {
  const index = activeElementIndex();
  return index ? index.measureText(el, measureRawTextLength) : measureRawTextLength(el);
}

function measureRawTextLength(el: Element): number {
  return (el.textContent ?? '').length;
}
