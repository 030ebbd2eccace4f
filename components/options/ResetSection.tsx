import { useState } from 'preact/hooks';
import { Button } from '../shared/Button';
import { Section } from './Section';

export interface ResetSectionProps {
  done: boolean;
  onReset: () => void;
  testId?: string;
}

/** Reset to defaults, behind a confirmation that says what is lost. */
export function ResetSection({ done, onReset, testId }: ResetSectionProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Section id="reset" title="Reset" testId={testId}>
      {confirming ? (
        <div class="options-confirm" role="group" aria-labelledby="reset-confirm-text">
          <p id="reset-confirm-text">
            This replaces every setting, phrase, selector and site rule with the defaults. Export your settings first if you may want them back.
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
              Reset everything
            </Button>
            <Button onClick={() => setConfirming(false)}>Cancel</Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)} testId="reset-start">
          Reset to defaults…
        </Button>
      )}
      {done ? (
        <p class="options-success" role="status" data-testid="reset-done">
          All settings are back to their defaults.
        </p>
      ) : null}
    </Section>
  );
}
