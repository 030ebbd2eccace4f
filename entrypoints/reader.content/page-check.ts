import type { ViewProblem } from '../../utils/messaging';

const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Documents the engine cannot read even though a script could run in them: Chrome's PDF viewer
 * (its top document is `application/pdf`), images, plain text and XML shown by the browser.
 */
export function unreadableDocumentProblem(doc: Document): ViewProblem | null {
  const type = (doc.contentType || 'text/html').toLowerCase();
  if (type === 'application/pdf') {
    return { code: 'restricted', message: 'This is the browser’s PDF viewer. Quiet Reader can only clean web pages, not PDF files.' };
  }
  if (!READABLE_TYPES.has(type) || !doc.body) {
    return { code: 'restricted', message: `This is not a web page (it is ${type}), so there is no article to clean.` };
  }
  return null;
}
