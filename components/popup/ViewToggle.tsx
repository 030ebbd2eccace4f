import { Toggle } from '../shared/Toggle';
import { t } from '../../utils/i18n';

export interface ViewToggleProps {
  /** null when the page's state is unknown; the switch then shows "off" but still works. */
  active: boolean | null;
  onToggle: () => void;
  testId?: string;
}

/**
 * Never disabled while the page answers: disabling the focused switch would drop keyboard focus
 * to <body>. The store ignores presses while a toggle is in flight instead.
 */
export function ViewToggle({ active, onToggle, testId = 'view-toggle' }: ViewToggleProps) {
  return (
    <div class="popup-view-toggle">
      <Toggle checked={active === true} onChange={onToggle} label={t('popup.viewToggle')} description={t('popup.viewToggleHint')} testId={testId} />
    </div>
  );
}
