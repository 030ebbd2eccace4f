import { useState } from 'preact/hooks';
import type { ClutterKind } from '../../core/types';
import type { SiteRules } from '../../utils/settings/defaults';
import { Button } from '../shared/Button';
import { Message } from '../shared/Message';
import { describeSiteRule, filterSites } from './filter-sites';
import { Section } from './Section';
import { SiteRuleEditor } from './SiteRuleEditor';
import type { RejectedEntry } from './validate-entry';
import { t } from '../../utils/i18n';

export interface SiteRulesActions {
  addSite(input: string): Promise<{ host: string } | { error: string }>;
  setSiteAutoClean(host: string, on: boolean): Promise<void>;
  setSiteKindEnabled(host: string, kind: ClutterKind, enabled: boolean): Promise<void>;
  addSiteSelectors(host: string, selectors: readonly string[]): Promise<RejectedEntry[]>;
  removeSiteSelector(host: string, selector: string): Promise<void>;
  removeSiteKeep(host: string, fingerprint: string): Promise<void>;
  removeSite(host: string): Promise<void>;
}

export interface SiteRulesSectionProps {
  siteRules: SiteRules;
  notice: string | null;
  actions: SiteRulesActions;
  testId?: string;
}

export function SiteRulesSection({ siteRules, notice, actions, testId }: SiteRulesSectionProps) {
  const [query, setQuery] = useState('');
  const [newSite, setNewSite] = useState('');
  const [addError, setAddError] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const sites = filterSites(siteRules, query);
  const total = Object.keys(siteRules).length;

  async function addSite() {
    const added = await actions.addSite(newSite);
    if ('error' in added) {
      setAddError(added.error);
      return;
    }
    setAddError('');
    setNewSite('');
    setQuery('');
    setOpen(added.host);
  }

  return (
    <Section id="sites" title={t('options.sites.title')} description={t('options.sites.description')} testId={testId}>
      {notice ? (
        <p class="options-inline-error" role="alert" data-testid="site-notice">
          {notice}
        </p>
      ) : null}
      <div class="options-sites__tools">
        <div class="options-field">
          <label for="site-search" class="options-label">{t('options.sites.search')}</label>
          <input id="site-search" type="search" class="options-input" value={query} placeholder="example.org" onInput={(event) => setQuery(event.currentTarget.value)} data-testid="site-search" />
        </div>
        <form
          class="options-field"
          onSubmit={(event) => {
            event.preventDefault();
            void addSite();
          }}
        >
          <label for="site-add" class="options-label">{t('options.sites.addLabel')}</label>
          <div class="options-list__add-row">
            <input
              id="site-add"
              class="options-input"
              value={newSite}
              placeholder="news.example.org"
              aria-invalid={!!addError}
              aria-describedby={addError ? 'site-add-error' : undefined}
              onInput={(event) => setNewSite(event.currentTarget.value)}
              data-testid="site-add-input"
            />
            <Button type="submit" testId="site-add">
              {t('options.sites.add')}
            </Button>
          </div>
          {addError ? (
            <p id="site-add-error" class="options-inline-error" role="alert">
              {addError}
            </p>
          ) : null}
        </form>
      </div>
      {total === 0 ? (
        <Message title={t('options.sites.empty')} testId="sites-empty">
          <p>{t('options.sites.emptyHint')}</p>
        </Message>
      ) : sites.length === 0 ? (
        <Message title={t('options.sites.noMatch', { query: query.trim() })} testId="sites-no-match" />
      ) : (
        <ul class="options-sites" aria-label={t('options.sites.listLabel')}>
          {sites.map(({ host, rule }) => (
            <li key={host} class="options-site" data-testid="site-row">
              <details open={open === host} onToggle={(event) => (event.currentTarget.open ? setOpen(host) : open === host && setOpen(null))}>
                <summary class="options-site__summary">
                  <span class="options-site__host">{host}</span>
                  <span class="options-site__description">{describeSiteRule(rule)}</span>
                </summary>
                <SiteRuleEditor
                  host={host}
                  rule={rule}
                  onAutoClean={(on) => void actions.setSiteAutoClean(host, on)}
                  onKindEnabled={(kind, enabled) => void actions.setSiteKindEnabled(host, kind, enabled)}
                  onAddSelectors={(selectors) => actions.addSiteSelectors(host, selectors)}
                  onRemoveSelector={(selector) => void actions.removeSiteSelector(host, selector)}
                  onRemoveKeep={(fingerprint) => void actions.removeSiteKeep(host, fingerprint)}
                  onRemoveSite={() => void actions.removeSite(host)}
                />
              </details>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
