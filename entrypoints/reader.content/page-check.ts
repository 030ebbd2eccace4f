import type { ViewProblem } from '../../utils/messaging';
import { t } from '../../utils/i18n';

const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Documents the engine cannot read even though a script could run in them: Chrome's PDF viewer
 * (its top document is `application/pdf`), images, plain text and XML shown by the browser.
 */
export function unreadableDocumentProblem(doc: Document): ViewProblem | null {
  const type = (doc.contentType || 'text/html').toLowerCase();
  if (type === 'application/pdf') {
    return { code: 'restricted', message: t('problems.pdf') };
  }
  if (!READABLE_TYPES.has(type) || !doc.body) {
    return { code: 'restricted', message: t('problems.notWebPage', { type }) };
  }
  return null;
}
