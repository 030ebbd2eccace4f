import type { Removal } from '../../core/types';
import { RemovedItem } from './RemovedItem';
import { neverVisibleLabel } from './format';

export interface RemovedPanelProps {
  removed: readonly Removal[];
  shownInPlace: ReadonlySet<string>;
  keptFingerprints: ReadonlySet<string>;
  host: string;
  onToggleInPlace: (removal: Removal) => void;
  onKeepOnSite: (removal: Removal) => void;
  testId?: string;
}

/** The list of what was removed and why, opened from the quiet "N blocks removed" control. */
export function RemovedPanel({ removed, shownInPlace, keptFingerprints, host, onToggleInPlace, onKeepOnSite, testId }: RemovedPanelProps) {
  // Elements the page never showed are counted, not listed: there is nothing a reader would recognise.
  const listed = removed.filter((removal) => !removal.quiet);
  const neverVisible = removed.filter((removal) => removal.quiet).reduce((sum, removal) => sum + removal.copies, 0);
  return (
    <section class="qr-panel" id="qr-removed-panel" aria-labelledby="qr-removed-heading" data-testid={testId}>
      <h2 class="qr-panel-heading" id="qr-removed-heading">
        What was removed
      </h2>
      <p class="qr-panel-hint">Show a block again here, or keep it on {host || 'this site'} from now on.</p>
      <ul class="qr-removed-list">
        {listed.map((removal) => (
          <RemovedItem
            key={removal.id}
            removal={removal}
            shownInPlace={shownInPlace.has(removal.id)}
            kept={keptFingerprints.has(removal.fingerprint)}
            onToggleInPlace={onToggleInPlace}
            onKeepOnSite={onKeepOnSite}
            testId="removed-item"
          />
        ))}
      </ul>
      {neverVisible > 0 && (
        <p class="qr-panel-quiet" data-testid="removed-never-visible">
          {neverVisibleLabel(neverVisible)}
        </p>
      )}
    </section>
  );
}
