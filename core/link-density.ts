import { textLength } from './prose';
import { descendantsNamed } from './walk';

/**
 * Link density, as Readability and defuddle use it: the share of an element's text that sits in
 * links. Recirculation lists, menus and share bars are almost all link text; a story's paragraph
 * or a list of facts has little.
 */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  return linkTextLength(el) / total;
}

export function linkTextLength(el: Element): number {
  if (el.localName === 'a') return textLength(el);
  let sum = 0;
  for (const link of descendantsNamed(el, 'a')) sum += textLength(link);
  return sum;
}

/** The links of `el` (itself included when it is one). */
export function linksOf(el: Element): Element[] {
  return el.localName === 'a' ? [el] : descendantsNamed(el, 'a');
}
