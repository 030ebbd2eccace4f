import type { RemovalLog } from '../remove-candidates';
import { hasDescendantNamed } from '../walk';
/**
 * Where a removed block was, so the view can show it in place.
 *
 * After Readability (postclean) a removed block leaves an empty `<div data-qr-removed="ID">`
 * placeholder in the article. Before Readability (preclean) an element placeholder would change
 * what Readability scores and keeps (an empty `<div>` is dropped, a sibling changes its
 * "single child" checks), so the block leaves a comment instead, `<!--qr-removed:ID-->`, which
 * Readability neither scores nor drops: it travels with the nodes Readability keeps. After the
 * rules have run, the comments that reached the article become placeholders like the others
 * (`resolvePrecleanMarkers`); a block whose comment was left outside the article has no place.
 */
export const PLACEHOLDER_ATTRIBUTE = 'data-qr-removed';
const MARKER_PREFIX = 'qr-removed:';

/** Inline phrasing elements have no place of their own a reader could point at, and a comment among phrasing content would split Readability's paragraph. */
const PHRASING_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'img', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'svg', 'picture', 'math', 'input', 'button', 'select', 'textarea']);

const MEDIA_TAGS = ['img', 'picture', 'video', 'audio', 'svg', 'iframe', 'embed', 'object', 'canvas', 'math', 'table'];

/** Whether a block removed before Readability gets a comment marker. */
export function wantsPrecleanMarker(element: Element): boolean {
  return !PHRASING_TAGS.has(element.localName) && element.parentNode !== null;
}

export function createPrecleanMarker(element: Element, id: string): Comment {
  return element.ownerDocument.createComment(`${MARKER_PREFIX}${id}`);
}

/** The removal id a marker comment or placeholder element stands for, or null. */
export function removalIdOf(node: Node): string | null {
  if (node.nodeType === 8) {
    const data = (node as Comment).data;
    return data.startsWith(MARKER_PREFIX) ? data.slice(MARKER_PREFIX.length) : null;
  }
  if (node.nodeType === 1) {
    const el = node as Element;
    return el.hasAttribute(PLACEHOLDER_ATTRIBUTE) && !el.hasChildNodes() ? el.getAttribute(PLACEHOLDER_ATTRIBUTE) : null;
  }
  return null;
}

/**
 * The removal whose marker or placeholder comes right before `node` with nothing a reader sees in
 * between (only whitespace or other comments), or null. Asked as a block is removed, so a run of
 * share buttons or a box and the links after it can later be listed as one entry.
 */
export function precedingRemovalId(node: Node): string | null {
  for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
    const id = removalIdOf(prev);
    if (id) return id;
    if (prev.nodeType === 8) continue;
    if (prev.nodeType === 3 && !/\S/.test(prev.nodeValue ?? '')) continue;
    return null;
  }
  return null;
}

/**
 * Moves each marker out of the wrappers Readability would drop with it, so it sits beside the
 * outermost one: wrappers left with nothing to show (no text, no media), which Readability drops
 * with everything inside them, and wrappers it replaces by their one child (`collapsesIntoChild`),
 * which lose the comments beside that child. Only comments move; the elements Readability reads
 * stay as they are.
 */
export function hoistPrecleanMarkers(root: Element, markers: readonly Comment[]): void {
  for (const marker of markers) {
    let node: Node = marker;
    let after = false;
    for (let parent = marker.parentElement; parent && parent !== root; parent = parent.parentElement) {
      if (isEmptyWrapper(parent)) after = false;
      else if (collapsesIntoChild(parent)) {
        // Beside the child that stays: the side the marker (or the wrapper it left) was on.
        const child = parent.firstElementChild!;
        if (node !== child) after = !precedes(node, child);
      } else break;
      node = parent;
    }
    if (node === marker || !node.parentNode) continue;
    node.parentNode.insertBefore(marker, after ? node.nextSibling : node);
  }
}

/**
 * Whether Readability replaces `el` by its only element child (no text of its own beside it):
 * a `<div>` around one `<p>` while it scores, and a `<div>` or `<section>` around one `<div>` or
 * `<section>` when it tidies its pick. Comments beside the child go with the wrapper.
 */
function collapsesIntoChild(el: Element): boolean {
  const child = el.firstElementChild;
  if (!child || el.childElementCount !== 1) return false;
  const name = el.localName;
  const childName = child.localName;
  const collapses = (name === 'div' && (childName === 'p' || childName === 'div' || childName === 'section')) || (name === 'section' && (childName === 'div' || childName === 'section'));
  if (!collapses) return false;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && /\S/.test(node.nodeValue ?? '')) return false;
  }
  return true;
}

/** Whether `node` comes before its sibling `sibling`. */
function precedes(node: Node, sibling: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) if (next === sibling) return true;
  return false;
}

function isEmptyWrapper(el: Element): boolean {
  return !hasVisibleCharacter(el) && !hasDescendantNamed(el, ...MEDIA_TAGS);
}

/**
 * `/\S/.test(el.textContent)`, stopping at the first text node with a non-space character: a
 * marker's first wrapper that is not empty is often a page-wide column, whose whole text
 * `textContent` would build only to find its first letter.
 */
function hasVisibleCharacter(el: Element): boolean {
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    // Text and CDATA sections: what textContent reads.
    if ((type === 3 || type === 4) && /\S/.test(node.nodeValue ?? '')) return true;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== el && !node.nextSibling) node = node.parentNode!;
    if (node === el) return false;
    node = node.nextSibling;
  }
  return false;
}

/**
 * Turns the preclean markers that reached the article into placeholders, in document order, and
 * removes every other marker (also those inside removed blocks, so none reaches their HTML).
 * Answers the ids now shown in place.
 */
function resolvePrecleanMarkers(article: Element, removedElements: Iterable<Element>, placeholders: Map<string, Element>): Set<string> {
  const placed = new Set<string>();
  for (const comment of markerComments(article)) {
    const id = removalIdOf(comment)!;
    const placeholder = article.ownerDocument.createElement('div');
    placeholder.setAttribute(PLACEHOLDER_ATTRIBUTE, id);
    comment.replaceWith(placeholder);
    placeholders.set(id, placeholder);
    placed.add(id);
  }
  for (const element of removedElements) for (const comment of markerComments(element)) comment.remove();
  return placed;
}

function markerComments(root: Element): Comment[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const found: Comment[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Comment).data.startsWith(MARKER_PREFIX)) found.push(node as Comment);
  }
  return found;
}

/**
 * After the rules: every preclean removal whose marker reached the article gets a placeholder and
 * `inPlace`, when its block's HTML was kept (big page-level blocks keep a preview only).
 */
export function placePrecleanRemovals(article: Element, log: RemovalLog): void {
  if (!log.markers?.length) return;
  const placeholders = (log.placeholders ??= new Map<string, Element>());
  const placed = resolvePrecleanMarkers(article, log.elements?.values() ?? [], placeholders);
  if (!placed.size) return;
  for (const removal of log.removals) {
    if (!placed.has(removal.id)) continue;
    if (log.elements?.has(removal.id)) removal.inPlace = true;
    else {
      placeholders.get(removal.id)?.remove();
      placeholders.delete(removal.id);
    }
  }
}
