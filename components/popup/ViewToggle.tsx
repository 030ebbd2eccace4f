import { Toggle } from '../shared/Toggle';

export interface ViewToggleProps {
  /** null when the page's state is unknown; the switch then shows "off" but still works. */
  active: boolean | null;
  busy: boolean;
  onToggle: () => void;
  testId?: string;
}

export function ViewToggle({ active, busy, onToggle, testId = 'view-toggle' }: ViewToggleProps) {
  return (
    <div class="popup-view-toggle">
      <Toggle checked={active === true} disabled={busy} onChange={onToggle} label="Clean view" description="Show the cleaned article on the page" testId={testId} />
    </div>
  );
}
