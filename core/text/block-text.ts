import { withoutSoftHyphens } from './normalize';

/** Elements that start a new line when rendered; their text must not run into the next block's. */
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'button']);

/**
 * The element's text as a reader sees it: like `textContent`, but with a space where one block
 * ends and the next begins, so a preview reads "Before you go Independent…", not "Before you
 * goIndependent…", and without soft hyphens. Also the article's plain text (`textContent` of the
 * result).
 */
export function readableText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const block = BLOCK_TAGS.has((child as Element).localName);
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(root);
  return withoutSoftHyphens(parts.join(''));
}
