import type { RemovalSummary } from '../../utils/messaging';
import { groupRemovals, summarizeRemovals } from './summarize-removals';
import { plural, t } from '../../utils/i18n';
import { copiesLabel } from '../view/format';

export interface RemovedBlocksProps {
  removed: RemovalSummary[];
  testId?: string;
}

/** "Removed 2 donation appeals and 1 related list", expanding to each block with its reason. */
export function RemovedBlocks({ removed, testId = 'removal-summary' }: RemovedBlocksProps) {
  if (!removed.length) {
    return (
      <p class="popup-removed popup-removed--none" data-testid={testId}>
        {t('popup.nothingRemoved')}
      </p>
    );
  }
  // Elements the page kept hidden are one quiet line, not a group of entries nobody saw.
  const listed = removed.filter((removal) => !removal.quiet);
  const neverVisible = removed.filter((removal) => removal.quiet).reduce((sum, removal) => sum + removal.copies, 0);
  return (
    <details class="popup-removed" data-testid={testId}>
      <summary class="popup-removed__summary">
        <span class="popup-removed__lead">{t('popup.removedLead')}</span> <span data-testid="removal-summary-text">{summarizeRemovals(listed.length ? listed : removed)}</span>
      </summary>
      <ul class="popup-removed__groups">
        {groupRemovals(listed).map((group) => (
          <li key={group.kind} class="popup-removed__group">
            <h2 class="popup-removed__group-title">{group.label}</h2>
            <ul class="popup-removed__list">
              {group.removals.map((removal) => (
                <li key={removal.id} class="popup-removed__item" data-testid="removal-item">
                  <span class="popup-removed__reason">{removal.reason}</span>
                  {removal.preview ? <q class="popup-removed__preview">{removal.preview}</q> : null}
                  {removal.copies > 1 ? <span class="popup-removed__copies"> ({copiesLabel(removal.copies)})</span> : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {neverVisible > 0 && listed.length > 0 && (
        <p class="popup-removed__quiet" data-testid="removal-never-visible">
          {plural('popup.alsoHidden', neverVisible)}
        </p>
      )}
    </details>
  );
}
