import { useState } from 'preact/hooks';
import { Button } from '../shared/Button';
import { Section } from './Section';
import { t } from '../../utils/i18n';

export interface ResetSectionProps {
  done: boolean;
  onReset: () => void;
  testId?: string;
}

/** Reset to defaults, behind a confirmation that says what is lost. */
export function ResetSection({ done, onReset, testId }: ResetSectionProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Section id="reset" title={t('options.reset.title')} testId={testId}>
      {confirming ? (
        <div class="options-confirm" role="group" aria-labelledby="reset-confirm-text">
          <p id="reset-confirm-text">
            {t('options.reset.confirm')}
          </p>
          <div class="options-confirm__actions">
            <Button
              variant="danger"
              testId="reset-confirm"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              {t('options.reset.everything')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('options.reset.cancel')}</Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)} testId="reset-start">
          {t('options.reset.start')}
        </Button>
      )}
      {done ? (
        <p class="options-success" role="status" data-testid="reset-done">
          {t('options.reset.done')}
        </p>
      ) : null}
    </Section>
  );
}
