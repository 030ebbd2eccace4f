import type { ViewProblem } from '../../utils/messaging';
import { t, type MessageKey } from '../../utils/i18n';

export interface ViewMessageProps {
  problem: ViewProblem;
  onClose: () => void;
  testId?: string;
}

const TITLES: Record<ViewProblem['code'], MessageKey> = {
  'not-article': 'view.problemTitle.notArticle',
  'too-large': 'view.problemTitle.tooLarge',
  'invalid-option': 'view.problemTitle.invalidOption',
  internal: 'view.problemTitle.internal',
  restricted: 'view.problemTitle.restricted',
  'script-error': 'view.problemTitle.internal',
};

/** A calm message in place of the view, for pages that cannot be cleaned. The page is untouched. */
export function ViewMessage({ problem, onClose, testId }: ViewMessageProps) {
  return (
    <div class="qr-message" role="alert" data-testid={testId} data-problem={problem.code}>
      <h1 class="qr-message-title" id="qr-title">
        {t(TITLES[problem.code])}
      </h1>
      <p class="qr-message-text">{problem.message}</p>
      <button type="button" class="qr-small-button" onClick={onClose} data-testid="view-message-close">
        {t('view.backToPage')}
      </button>
    </div>
  );
}
