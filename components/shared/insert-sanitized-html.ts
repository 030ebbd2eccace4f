/**
 * The one place the extension's pages turn article HTML into DOM. `html` must already be the
 * engine's output (`CleanedArticle.contentHtml`, sanitised once by DOMPurify in core/sanitize.ts).
 *
 * Why DOMParser and not an `innerHTML` write: the parsed document is inert (no scripts run, no
 * resources load) until its nodes are adopted, and the repo's no-innerHTML check stays simple.
 * The extension pages' CSP (`script-src 'self'`) is the second line if a sanitiser bug slipped a
 * script through. Links open in a new tab so the popup never navigates away from itself.
 */
export function insertSanitizedHtml(container: Element, html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const link of parsed.body.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  const document = container.ownerDocument;
  container.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
}
