import { useId, useState } from 'preact/hooks';
import { Button } from '../shared/Button';
import type { RejectedEntry } from './validate-entry';
import { t } from '../../utils/i18n';

export interface ListEditorProps {
  /** Label of the add box ("Add phrases"). */
  label: string;
  placeholder?: string;
  hint?: string;
  entries: readonly string[];
  /** Adds the valid entries (one save); answers the refused ones with why. */
  onAdd: (entries: string[]) => Promise<RejectedEntry[]>;
  onRemove: (entry: string) => void;
  emptyText: string;
  /** Show entries as code (selectors) rather than quoted text (phrases). */
  code?: boolean;
  testId: string;
}

/**
 * A list of user entries with an add box that takes one entry per line. Valid lines are added;
 * each invalid line stays in the box and gets its own error, so nothing typed is lost.
 */
export function ListEditor({ label, placeholder, hint, entries, onAdd, onRemove, emptyText, code, testId }: ListEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [rejected, setRejected] = useState<RejectedEntry[]>([]);
  const [busy, setBusy] = useState(false);

  async function add() {
    // A second Enter while saving is ignored (the button is not disabled: that would drop keyboard focus).
    if (busy) return;
    const lines = draft.split('\n').filter((line) => line.trim());
    if (!lines.length) {
      setRejected([{ entry: '', reason: t('options.list.typeFirst') }]);
      return;
    }
    setBusy(true);
    const refused = await onAdd(lines);
    setBusy(false);
    setRejected(refused);
    setDraft(refused.map((r) => r.entry).join('\n'));
  }

  const errorId = `${id}-errors`;
  return (
    <div class="options-list" data-testid={testId}>
      {entries.length ? (
        <ul class="options-list__entries" aria-label={t('options.list.currentEntries', { label })}>
          {entries.map((entry) => (
            <li key={entry} class="options-list__entry" data-testid={`${testId}-entry`}>
              {code ? <code>{entry}</code> : <span>“{entry}”</span>}
              <Button variant="quiet" label={t('options.list.removeEntry', { entry })} onClick={() => onRemove(entry)}>
                {t('options.list.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="options-list__empty" data-testid={`${testId}-empty`}>{emptyText}</p>
      )}
      <form
        class="options-list__add"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label for={`${id}-input`} class="options-label">{label}</label>
        {hint ? <p class="options-hint" id={`${id}-hint`}>{hint}</p> : null}
        <div class="options-list__add-row">
          <textarea
            id={`${id}-input`}
            rows={2}
            value={draft}
            placeholder={placeholder}
            spellcheck={!code}
            class={code ? 'options-input options-input--code' : 'options-input'}
            aria-invalid={rejected.length > 0}
            aria-describedby={[hint ? `${id}-hint` : '', rejected.length ? errorId : ''].filter(Boolean).join(' ') || undefined}
            data-testid={`${testId}-input`}
            onInput={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter adds; Shift+Enter starts another line (for several entries at once).
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                void add();
              }
            }}
          />
          <Button type="submit" variant="primary" testId={`${testId}-add`}>
            {t('options.list.add')}
          </Button>
        </div>
        {rejected.length ? (
          <ul id={errorId} class="options-errors" role="alert" data-testid={`${testId}-errors`}>
            {rejected.map((r) => (
              <li key={r.entry}>{r.reason}</li>
            ))}
          </ul>
        ) : null}
      </form>
    </div>
  );
}
