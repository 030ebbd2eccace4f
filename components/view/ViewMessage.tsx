import type { ViewProblem } from '../../utils/messaging';

export interface ViewMessageProps {
  problem: ViewProblem;
  onClose: () => void;
  testId?: string;
}

const TITLES: Record<ViewProblem['code'], string> = {
  'not-article': 'Nothing to clean here',
  'too-large': 'This page is too large to clean',
  'invalid-option': 'One of your rules needs a fix',
  internal: 'The clean view could not be built',
  restricted: 'This page cannot be cleaned',
  'script-error': 'The clean view could not be built',
};

/** A calm message in place of the view, for pages that cannot be cleaned. The page is untouched. */
export function ViewMessage({ problem, onClose, testId }: ViewMessageProps) {
  return (
    <div class="qr-message" role="alert" data-testid={testId} data-problem={problem.code}>
      <h1 class="qr-message-title" id="qr-title">
        {TITLES[problem.code]}
      </h1>
      <p class="qr-message-text">{problem.message}</p>
      <button type="button" class="qr-small-button" onClick={onClose} data-testid="view-message-close">
        Back to the page
      </button>
    </div>
  );
}
