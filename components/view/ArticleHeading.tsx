import type { ArticleMetadata } from '../../core/types';
import { formatPublished, readingTimeLabel } from './format';

export interface ArticleHeadingProps {
  article: Pick<ArticleMetadata, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'readingMinutes'>;
  /** The page the article came from; linked so the reader can always get back to it. */
  pageUrl?: string;
  testId?: string;
}

/** Site, title, byline, date and reading time, above the article text. */
export function ArticleHeading({ article, pageUrl, testId }: ArticleHeadingProps) {
  const published = formatPublished(article.publishedTime, article.lang);
  return (
    <header data-testid={testId}>
      {article.siteName && <p class="qr-kicker">{article.siteName}</p>}
      <h1 class="qr-title" id="qr-title">
        {article.title}
      </h1>
      <p class="qr-meta">
        {article.byline && <span class="qr-byline">{article.byline}</span>}
        {published && <span>{published}</span>}
        <span>{readingTimeLabel(article.readingMinutes)}</span>
        {pageUrl && /^https?:/.test(pageUrl) && (
          <span>
            <a class="qr-original" href={pageUrl} target="_blank" rel="noopener noreferrer" data-testid="original-link">
              Original page<span class="qr-visually-hidden"> (opens in a new tab)</span>
            </a>
          </span>
        )}
      </p>
    </header>
  );
}
