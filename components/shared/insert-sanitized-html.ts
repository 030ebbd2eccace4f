/**
 * The one place the extension's pages turn article HTML into DOM. `html` must already be the
 * engine's output (`CleanedArticle.contentHtml`, sanitised once by DOMPurify in core/sanitize.ts).
 *
 * Why DOMParser and not an `innerHTML` write: the parsed document is inert (no scripts run, no
 * resources load) until its nodes are adopted, and the repo's no-innerHTML check stays simple.
 * The extension pages' CSP (`script-src 'self'`) is the second line if a sanitiser bug slipped a
 * script through. Links open in a new tab so the popup never navigates away from itself.
 */
export function insertSanitizedHtml(container: Element, html: string, options: { lazyImages?: boolean } = {}): void {
  const body = parseSanitizedHtml(html, options);
  const document = container.ownerDocument;
  container.replaceChildren(...Array.from(body.childNodes, (node) => document.importNode(node, true)));
}

/**
 * The same preparation, without inserting: the inert `<body>` whose nodes a caller imports
 * itself (the clean view imports a long article a slice at a time, components/view/ArticleContent.tsx).
 */
export function parseSanitizedHtml(html: string, options: { lazyImages?: boolean } = {}): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const link of parsed.body.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  // Set while the nodes are still inert: an image starts loading the moment it is adopted, so
  // `loading` must be there first. Lazy images near the viewport load; the rest wait for scrolling.
  if (options.lazyImages) {
    for (const img of parsed.body.querySelectorAll('img')) {
      img.setAttribute('loading', 'lazy');
      img.setAttribute('decoding', 'async');
    }
  }
  return parsed.body;
}
