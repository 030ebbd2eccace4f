import type { CleanedArticle } from '../../core/types';
import type { RemovalSummary } from '../../utils/messaging';
import type { Typography } from '../../utils/settings/defaults';
import { SanitizedArticle } from '../shared/SanitizedArticle';
import { ArticleHeader } from './ArticleHeader';
import { readingStyle } from './reading-style';
import { RemovedBlocks } from './RemovedBlocks';
import { t } from '../../utils/i18n';

export interface ArticlePreviewProps {
  article: CleanedArticle;
  removed: RemovalSummary[];
  typography: Typography;
  /** A re-clean is running; the old preview stays, dimmed. */
  refreshing: boolean;
  testId?: string;
}

/** The popup scales the reading size down: a 400 px pane is narrower than any page. */
const POPUP_TEXT_SCALE = 0.8;

export function ArticlePreview({ article, removed, typography, refreshing, testId = 'article-preview' }: ArticlePreviewProps) {
  return (
    <section class={`popup-article${refreshing ? ' popup-article--refreshing' : ''}`} aria-busy={refreshing} data-testid={testId} aria-label={t('popup.cleanedArticle')}>
      <RemovedBlocks removed={removed} />
      <div class="popup-article__card" style={readingStyle(typography, POPUP_TEXT_SCALE)} lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
        <ArticleHeader article={article} />
        <SanitizedArticle html={article.contentHtml} class="popup-article__content qr-reading" label={t('popup.articleLabel', { title: article.title })} testId="article-content" />
      </div>
    </section>
  );
}
