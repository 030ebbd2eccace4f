import type { ArticleMetadata } from '../../core/types';
import { readingTimeLabel } from './format';
import { t, uiDirection, uiLocale } from '../../utils/i18n';
import { formatDate } from '../../utils/i18n/format';

export interface ArticleHeadingProps {
  article: Pick<ArticleMetadata, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'readingMinutes'>;
  /** The page the article came from; linked so the reader can always get back to it. */
  pageUrl?: string;
  testId?: string;
}

/** Site, title, byline, date and reading time, above the article text. */
export function ArticleHeading({ article, pageUrl, testId }: ArticleHeadingProps) {
  const published = formatDate(article.publishedTime);
  // The article's own language is on <article>; the date, reading time and link are the interface's words.
  const ui = { lang: uiLocale(), dir: uiDirection() };
  return (
    <header data-testid={testId}>
      {article.siteName && <p class="qr-kicker">{article.siteName}</p>}
      <h1 class="qr-title" id="qr-title">
        {article.title}
      </h1>
      <p class="qr-meta">
        {article.byline && <span class="qr-byline">{article.byline}</span>}
        {published && <span {...ui}>{published}</span>}
        <span {...ui}>{readingTimeLabel(article.readingMinutes)}</span>
        {pageUrl && /^https?:/.test(pageUrl) && (
          <span {...ui}>
            <a class="qr-original" href={pageUrl} target="_blank" rel="noopener noreferrer" data-testid="original-link">
              {t('view.originalPage')}<span class="qr-visually-hidden"> {t('view.opensInNewTab')}</span>
            </a>
          </span>
        )}
      </p>
    </header>
  );
}
