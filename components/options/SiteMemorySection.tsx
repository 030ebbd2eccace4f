import type { SiteMemoryStatus } from '../../utils/site-memory-store';
import { Button } from '../shared/Button';
import { Section } from './Section';
import { plural, t } from '../../utils/i18n';
import { formatBytes } from '../../utils/i18n/format';

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
      title={t('options.siteMemory.title')}
      description={t('options.siteMemory.description')}
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
            {enabled ? '' : `${t('options.siteMemory.off')} `}
            {plural('options.siteMemory.usage', status.sites, { size: formatBytes(status.bytes), maxSites: status.limits.sites, maxBlocks: status.limits.blocksPerSite })}
          </p>
          {status.list.length ? (
            <ul class="options-list__entries" data-testid="site-memory-sites">
              {status.list.map(({ site, blocks, removable }) => (
                <li key={site} class="options-list__entry">
                  <span>
                    <strong>{site}</strong> · {plural('options.siteMemory.siteBlocks', blocks, { removable })}
                  </span>
                  <Button variant="quiet" label={t('options.siteMemory.forgetSite', { site })} onClick={() => onForgetSite(site)} testId={`forget-${site}`}>
                    {t('options.siteMemory.forget')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="options-list__empty">{t('options.siteMemory.nothing')}</p>
          )}
          <div class="options-backup__actions">
            {/* Enabled even with nothing remembered: it also forgets the reading positions. */}
            <Button variant="danger" onClick={onForgetAll} testId="forget-all">
              {t('options.siteMemory.forgetAll')}
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
