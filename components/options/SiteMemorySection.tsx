import type { SiteMemoryStatus } from '../../utils/site-memory-store';
import { Button } from '../shared/Button';
import { Section } from './Section';

export interface SiteMemorySectionProps {
  status: SiteMemoryStatus | null;
  /** Site memory is switched on (Reading → "Learn each site’s boilerplate"). */
  enabled: boolean;
  notice: string | null;
  error: string | null;
  onForgetSite: (site: string) => void;
  onForgetAll: () => void;
  testId?: string;
}

/** What site memory remembers, per site, with "forget this site" and "forget everything". */
export function SiteMemorySection({ status, enabled, notice, error, onForgetSite, onForgetAll, testId = 'site-memory-section' }: SiteMemorySectionProps) {
  return (
    <Section
      id="site-memory"
      title="Site memory"
      description="Blocks a site prints on several of its articles are removed from its later ones. Quiet Reader keeps short fingerprints of them, not their text (only a few words of the blocks it removed), on this device only."
      testId={testId}
    >
      {error ? (
        <p class="options-hint" role="alert" data-testid="site-memory-error">
          {error}
        </p>
      ) : null}
      {status ? (
        <>
          <p class="options-hint" data-testid="site-memory-usage">
            {enabled ? '' : 'Switched off: nothing is learned or removed. '}
            Remembers {status.sites} {status.sites === 1 ? 'site' : 'sites'} in {formatBytes(status.bytes)}; at most {status.limits.sites} sites of {status.limits.blocksPerSite} blocks each.
          </p>
          {status.list.length ? (
            <ul class="options-list__entries" data-testid="site-memory-sites">
              {status.list.map(({ site, blocks, removable }) => (
                <li key={site} class="options-list__entry">
                  <span>
                    <strong>{site}</strong> · {blocks} {blocks === 1 ? 'block' : 'blocks'}, {removable} removed on every article
                  </span>
                  <Button variant="quiet" label={`Forget ${site}`} onClick={() => onForgetSite(site)} testId={`forget-${site}`}>
                    Forget
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="options-list__empty">Nothing remembered yet.</p>
          )}
          <div class="options-backup__actions">
            {/* Enabled even with nothing remembered: it also forgets the reading positions. */}
            <Button variant="danger" onClick={onForgetAll} testId="forget-all">
              Forget everything
            </Button>
          </div>
        </>
      ) : null}
      {notice ? (
        <p class="options-success" role="status" data-testid="site-memory-notice">
          {notice}
        </p>
      ) : null}
    </Section>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
