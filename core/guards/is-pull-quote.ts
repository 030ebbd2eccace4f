import { closestNamed } from '../walk';

/**
 * Keeps pull quotes and quotations: after Readability a pull quote is a `<blockquote>` (often in a
 * `<figure>`) or a `<q>`, and its words are the story's, however much they sound like an ask.
 */
export function isPullQuote(el: Element, root: Element): boolean {
  const quote = closestNamed(el, 'blockquote', 'q');
  return quote !== null && quote !== root && root.contains(quote);
}
