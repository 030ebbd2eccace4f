import type { ImportPreview, PickedFile } from './options-store';
import { Button } from '../shared/Button';
import { Message } from '../shared/Message';
import { Section } from './Section';
import { t } from '../../utils/i18n';
import { formatList } from '../../utils/i18n/format';

export interface BackupSectionProps {
  preview: ImportPreview | null;
  error: string | null;
  done: string | null;
  onExport: () => void;
  onChooseFile: (file: PickedFile) => void;
  onApply: () => void;
  onCancel: () => void;
  testId?: string;
}

/** Export to a JSON file; import one after a preview of what it would change. */
export function BackupSection({ preview, error, done, onExport, onChooseFile, onApply, onCancel, testId }: BackupSectionProps) {
  return (
    <Section id="backup" title={t('options.backup.title')} description={t('options.backup.description')} testId={testId}>
      <div class="options-backup__actions">
        <Button onClick={onExport} testId="export-settings">
          {t('options.backup.export')}
        </Button>
        <label class="qr-button qr-button--secondary options-file">
          {t('options.backup.import')}
          <input
            type="file"
            accept="application/json,.json"
            class="qr-visually-hidden"
            data-testid="import-file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              // Reset so choosing the same file again fires `change` again.
              event.currentTarget.value = '';
              if (file) onChooseFile(file);
            }}
          />
        </label>
      </div>
      {error ? (
        <Message tone="error" title={t('options.backup.importFailed')} testId="import-error">
          <p>{error}</p>
        </Message>
      ) : null}
      {done ? (
        <p class="options-success" role="status" data-testid="import-done">
          {done}
        </p>
      ) : null}
      {preview ? (
        <div class="options-import-preview" role="region" aria-label={t('options.backup.previewLabel')} data-testid="import-preview">
          <h3 class="options-import-preview__title">{t('options.backup.wouldChange', { file: preview.fileName })}</h3>
          {preview.changes.length ? (
            <ul class="options-import-preview__changes" data-testid="import-changes">
              {preview.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          ) : (
            <p data-testid="import-no-changes">{t('options.backup.noChanges')}</p>
          )}
          {preview.needsAccess.length ? (
            <p class="options-hint">
              {t('options.backup.needsAccess', { sites: formatList(preview.needsAccess) })}
            </p>
          ) : null}
          <div class="options-import-preview__actions">
            <Button variant="primary" onClick={onApply} testId="import-apply">
              {t('options.backup.apply')}
            </Button>
            <Button onClick={onCancel} testId="import-cancel">
              {t('options.backup.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
    </Section>
  );
}
