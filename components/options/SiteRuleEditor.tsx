import { CLUTTER_KINDS, type ClutterKind } from '../../core/types';
import { t } from '../../utils/i18n';
import { kindDescription } from '../../utils/i18n/kinds';
import type { SiteRule } from '../../utils/settings/defaults';
import { Button } from '../shared/Button';
import { Toggle } from '../shared/Toggle';
import { ListEditor } from './ListEditor';
import type { RejectedEntry } from './validate-entry';

export interface SiteRuleEditorProps {
  host: string;
  rule: SiteRule;
  onAutoClean: (on: boolean) => void;
  onKindEnabled: (kind: ClutterKind, enabled: boolean) => void;
  onAddSelectors: (selectors: string[]) => Promise<RejectedEntry[]>;
  onRemoveSelector: (selector: string) => void;
  onRemoveKeep: (fingerprint: string) => void;
  onRemoveSite: () => void;
  testId?: string;
}

/** Everything that differs on one site: auto-clean, kinds kept, extra selectors, blocks always kept. */
export function SiteRuleEditor({ host, rule, onAutoClean, onKindEnabled, onAddSelectors, onRemoveSelector, onRemoveKeep, onRemoveSite, testId = 'site-rule-editor' }: SiteRuleEditorProps) {
  return (
    <div class="options-site-editor" data-testid={testId}>
      <Toggle
        checked={rule.autoClean}
        onChange={onAutoClean}
        label={t('options.sites.autoClean')}
        description={t('options.sites.autoCleanHint', { site: host })}
        testId="site-auto-clean"
      />
      <fieldset class="options-fieldset">
        <legend class="options-label">{t('options.sites.removeHere')}</legend>
        <div class="options-checkgrid">
          {CLUTTER_KINDS.map((kind) => (
            <label key={kind} class="options-check">
              <input type="checkbox" checked={!rule.kindsOff.includes(kind)} onChange={(event) => onKindEnabled(kind, event.currentTarget.checked)} />
              <span>{kindDescription(kind)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ListEditor
        label={t('options.sites.extraSelectorsLabel', { site: host })}
        hint={t('options.sites.extraSelectorsHint')}
        placeholder=".newsletter-box"
        entries={rule.selectors}
        onAdd={onAddSelectors}
        onRemove={onRemoveSelector}
        emptyText={t('options.sites.noExtraSelectors')}
        code
        testId="site-selectors"
      />
      <div class="options-keep">
        <h4 class="options-label">{t('options.sites.alwaysKept')}</h4>
        {rule.keep.length ? (
          <ul class="options-list__entries">
            {rule.keep.map((item) => (
              <li key={item.fingerprint} class="options-list__entry">
                <span class="options-keep__preview">{item.preview || item.fingerprint}</span>
                <Button variant="quiet" label={t('options.sites.stopKeepingEntry', { preview: item.preview })} onClick={() => onRemoveKeep(item.fingerprint)}>
                  {t('options.sites.stopKeeping')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="options-list__empty">{t('options.sites.nothingKept')}</p>
        )}
      </div>
      <div class="options-site-editor__footer">
        <Button variant="danger" onClick={onRemoveSite} testId="site-remove">
          {t('options.sites.forget', { site: host })}
        </Button>
      </div>
    </div>
  );
}
