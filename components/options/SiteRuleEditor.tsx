import { CLUTTER_KINDS, CLUTTER_KIND_LABELS, type ClutterKind } from '../../core/types';
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
        label="Clean automatically"
        description={`Open the clean view as soon as a ${host} article loads (the browser asks for access to the site).`}
        testId="site-auto-clean"
      />
      <fieldset class="options-fieldset">
        <legend class="options-label">Remove on this site</legend>
        <div class="options-checkgrid">
          {CLUTTER_KINDS.map((kind) => (
            <label key={kind} class="options-check">
              <input type="checkbox" checked={!rule.kindsOff.includes(kind)} onChange={(event) => onKindEnabled(kind, event.currentTarget.checked)} />
              <span>{CLUTTER_KIND_LABELS[kind].description}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ListEditor
        label={`Extra selectors for ${host}`}
        hint="CSS selectors of blocks to remove on this site only, one per line."
        placeholder=".newsletter-box"
        entries={rule.selectors}
        onAdd={onAddSelectors}
        onRemove={onRemoveSelector}
        emptyText="No extra selectors."
        code
        testId="site-selectors"
      />
      <div class="options-keep">
        <h4 class="options-label">Always kept</h4>
        {rule.keep.length ? (
          <ul class="options-list__entries">
            {rule.keep.map((item) => (
              <li key={item.fingerprint} class="options-list__entry">
                <span class="options-keep__preview">{item.preview || item.fingerprint}</span>
                <Button variant="quiet" label={`Stop keeping ${item.preview}`} onClick={() => onRemoveKeep(item.fingerprint)}>
                  Stop keeping
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="options-list__empty">Nothing yet. In the clean view, choose “Always keep on this site” on a removed block.</p>
        )}
      </div>
      <div class="options-site-editor__footer">
        <Button variant="danger" onClick={onRemoveSite} testId="site-remove">
          Forget {host}
        </Button>
      </div>
    </div>
  );
}
