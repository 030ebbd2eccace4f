import type { CleanedArticle } from '../../core/types';
import type { RemovalSummary } from '../../utils/messaging';

/** A small cleaned article as the background would send it (contentHtml already sanitised). */
export const ARTICLE: CleanedArticle = {
  title: 'The Quiet Lighthouse Keeper',
  byline: 'By Ada North',
  siteName: 'Harbour Times',
  publishedTime: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  readingMinutes: 4,
  wordCount: 900,
  contentHtml: '<p>The lamp was lit at dusk.</p><p>See <a href="https://example.org/more">the log</a>.</p>',
  textContent: 'The lamp was lit at dusk. See the log.',
};

export function removal(id: string, kind: RemovalSummary['kind'], copies = 1): RemovalSummary {
  return { id, kind, rule: `${kind}-rule`, reason: `Reason for ${id}`, preview: `Preview of ${id}`, copies, fingerprint: `fp-${id}` };
}

export const REMOVED: RemovalSummary[] = [removal('r1', 'related'), removal('r2', 'appeal', 2), removal('r3', 'newsletter')];
