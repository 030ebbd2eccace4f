import { attributeNamesOf } from './element-index';

/*
 * What a page hides, read from attributes alone: the hidden-elements rule removes such elements
 * and recall recovery un-hides one that holds the story (core/recover-lost-text.ts), so both ask
 * the same question here.
 */
const INLINE_STYLE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const PHRASING_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'img', 'svg', 'picture', 'br', 'wbr', 'math']);

/** Why `el` is hidden, or null. Cheap attribute reads only: no computed style. */
export function hiddenReason(el: Element): string | null {
  // Asked of many elements (recovery asks it of every story paragraph and its wrappers): their
  // attribute names (read once per phase, most elements carry none of these) cost less than three
  // attribute lookups.
  const names = attributeNamesOf(el);
  if (names.includes('hidden')) return 'Hidden on the page (hidden attribute)';
  const style = names.includes('style') ? el.getAttribute('style') : null;
  if (style && INLINE_STYLE_HIDDEN.test(style)) return 'Hidden on the page (inline style)';
  if (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true' && !PHRASING_TAGS.has(el.localName) && !el.classList.contains('fallback-image')) {
    return 'Hidden from readers (aria-hidden)';
  }
  return null;
}
