import { childElements, closestNamed } from '../walk';
/**
 * Keeps captions, table cells and code: text inside a figure caption, a table or a code block
 * describes the story's picture or data, never asks anything of the reader. (Duplicated captions
 * and lightbox chrome are the structural rule lightbox-captions' business, not the wording rules'.)
 */
export function isInContentStructure(el: Element, root: Element): boolean {
  const holder = closestNamed(el, 'figcaption', 'caption', 'table', 'pre', 'code');
  return holder !== null && holder !== root && root.contains(holder);
}

/**
 * Keeps a list that is content: an item goes only when every item of its list was judged clutter,
 * because a promo list is promo through and through, while a story's list ("what volunteers
 * hauled out") may well have one item that mentions donations.
 */
export function isContentListItem(el: Element, isFlagged: (item: Element) => boolean): boolean {
  const list = el.tagName === 'LI' ? el.parentElement : null;
  if (!list) return false;
  return childElements(list).some((item) => item.tagName === 'LI' && !isFlagged(item) && (item.textContent ?? '').trim() !== '');
}
