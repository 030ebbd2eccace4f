import { Button } from '../shared/Button';
import { Message } from '../shared/Message';
import { Spinner } from '../shared/Spinner';
import type { PopupScreen } from './popup-store';
import { t } from '../../utils/i18n';

export interface StateScreenProps {
  /** Every screen except the article. */
  screen: Exclude<PopupScreen, { kind: 'article' }>;
  onRetry: () => void;
  onOpenOptions: () => void;
  testId?: string;
}

/** The designed screens for when there is no article to show, each saying what to do next. */
export function StateScreen({ screen, onRetry, onOpenOptions }: StateScreenProps) {
  switch (screen.kind) {
    case 'loading':
      return (
        <div class="popup-loading" data-testid="state-loading" role="status">
          <Spinner label={t('popup.loadingLabel')} />
          <p>{t('popup.loading')}</p>
        </div>
      );
    case 'restricted':
      return (
        <Message tone="warning" icon="⊘" title={t('popup.restrictedTitle')} testId="state-restricted">
          <p>{t('popup.restrictedBody')}</p>
          <p>{t('popup.restrictedNext')}</p>
        </Message>
      );
    case 'not-article':
      return (
        <Message icon="¶" title={t('popup.notArticleTitle')} testId="state-not-article" actions={<Button onClick={onRetry}>{t('popup.tryAgain')}</Button>}>
          <p>{screen.message}</p>
          <p>{t('popup.notArticleNext')}</p>
        </Message>
      );
    case 'too-large':
      return (
        <Message tone="warning" icon="⤢" title={t('popup.tooLargeTitle')} testId="state-too-large">
          <p>{screen.message}</p>
          <p>{t('popup.tooLargeNext')}</p>
        </Message>
      );
    case 'error':
      return (
        <Message
          tone="error"
          icon="!"
          title={screen.title}
          testId="state-error"
          actions={
            <>
              {screen.fixInSettings ? <Button variant="primary" onClick={onOpenOptions}>{t('popup.openSettings')}</Button> : null}
              <Button onClick={onRetry}>{t('popup.tryAgain')}</Button>
            </>
          }
        >
          <p>{screen.message}</p>
          <p>{screen.hint}</p>
        </Message>
      );
  }
}
