import { containsElement, descendantElements } from '../walk';
import { foldText } from './normalize';

/** Elements that hold one block of text: a paragraph, a heading, a list item, a caption, a cell. */
export const LEAF_BLOCK_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'dd', 'dt', 'caption', 'td']);

export interface LeafText {
  element: Element;
  /** Folded text (core/text/normalize.ts): case and whitespace do not tell two copies apart. */
  text: string;
}

/**
 * The text blocks of `root` with no text block inside them, in document order, with their folded
 * text; blocks shorter than `minChars` (labels: "Share", "Advertisement") are left out. The rules
 * that find a block printed twice compare these.
 */
export function leafTextBlocks(root: Element, minChars: number): LeafText[] {
  const leaves: Element[] = [];
  for (const el of descendantElements(root)) {
    if (!LEAF_BLOCK_TAGS.has(el.localName)) continue;
    // Document order visits an ancestor before its descendants: a block inside the previous one
    // means the previous one was not a leaf.
    const last = leaves[leaves.length - 1];
    if (last && containsElement(last, el)) leaves.pop();
    leaves.push(el);
  }
  const out: LeafText[] = [];
  for (const element of leaves) {
    const text = foldText(element.textContent ?? '');
    if (text.length >= minChars) out.push({ element, text });
  }
  return out;
}
