import { Button } from '../shared/Button';
import { Toggle } from '../shared/Toggle';
import { t } from '../../utils/i18n';

export interface PopupFooterProps {
  /** The page's host, when it is a website (auto-clean is per site). */
  host: string | null;
  autoClean: boolean;
  onAutoClean: (on: boolean) => void;
  onOpenOptions: () => void;
  testId?: string;
}

export function PopupFooter({ host, autoClean, onAutoClean, onOpenOptions, testId = 'popup-footer' }: PopupFooterProps) {
  return (
    <footer class="popup-footer" data-testid={testId}>
      {host ? (
        <Toggle
          checked={autoClean}
          onChange={onAutoClean}
          label={t('popup.alwaysClean')}
          description={host}
          testId="auto-clean-toggle"
        />
      ) : null}
      <div class="popup-footer__links">
        <Button variant="quiet" onClick={onOpenOptions} testId="open-options">
          {t('popup.allSettings')}
        </Button>
      </div>
    </footer>
  );
}
