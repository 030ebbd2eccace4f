import { attributeNamesOf } from '../element-index';

/**
 * The text a reader would have seen in a removed block, for its preview in "What was removed".
 * `textContent` also reads script and style source, `<noscript>` fallbacks (markup as text when
 * the page ran with scripts on) and hidden copies, which is how previews such as
 * "/*<![CDATA[*\/ (function() { if (window.…" and `<figure class="media-landscape…` reached the
 * list. Blocks end with a space, so "Before you go" and "Independent…" do not run together.
 */
const NEVER_SHOWN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'object', 'iframe', 'select', 'datalist', 'option']);
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'button']);
/** Controls and links set side by side ("Share on Facebook" "Share on X") read as separate words. */
const SEPARATE_TAGS = new Set(['a', 'button', 'img', 'label', 'option']);
const SOFT_BREAK = '\u0000';
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Whether the page keeps this element out of sight (attributes only: no computed style). */
function isHiddenFromReaders(el: Element): boolean {
  // The attribute names (read once per phase by the element index) first: most elements carry
  // none of the three, and each lookup through jsdom costs more than the list.
  const names = attributeNamesOf(el);
  if (names.includes('hidden') || (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true')) return true;
  const style = names.includes('style') ? el.getAttribute('style') : null;
  return style !== null && INLINE_HIDDEN.test(style);
}

export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const el = child as Element;
        if (NEVER_SHOWN_TAGS.has(el.localName) || isHiddenFromReaders(el)) continue;
        const edge = BLOCK_TAGS.has(el.localName) ? ' ' : SEPARATE_TAGS.has(el.localName) ? SOFT_BREAK : '';
        parts.push(edge);
        walk(el);
        parts.push(edge);
      }
    }
  };
  // The removed block itself may be the hidden one (the `hidden` kind): its own flag is why it
  // went, so read inside it regardless.
  walk(root);
  // A soft break is a space only where two words would otherwise touch ("Facebook" + "Share").
  // eslint-disable-next-line no-control-regex -- \u0000 is SOFT_BREAK, our own marker (the HTML parser never leaves U+0000 in text)
  return parts.join('').replace(/(?<=[\p{L}\p{N}])\u0000+(?=[\p{L}\p{N}])/gu, ' ').replaceAll(SOFT_BREAK, '');
}
