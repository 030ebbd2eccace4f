import type { CleanedArticle } from '../../core/types';
import { formatReadingTime } from './format-reading-time';

export interface ArticleHeaderProps {
  article: CleanedArticle;
  testId?: string;
}

/** Site · reading time, then the title and the byline. */
export function ArticleHeader({ article, testId = 'article-header' }: ArticleHeaderProps) {
  const meta = [article.siteName, formatReadingTime(article.readingMinutes)].filter(Boolean).join(' · ');
  return (
    <header class="popup-article__header" data-testid={testId}>
      <p class="popup-article__meta" data-testid="article-meta">{meta}</p>
      <h1 class="popup-article__title" data-testid="article-title">{article.title}</h1>
      {article.byline ? <p class="popup-article__byline" data-testid="article-byline">{article.byline}</p> : null}
    </header>
  );
}
