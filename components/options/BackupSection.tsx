import type { ImportPreview, PickedFile } from './options-store';
import { Button } from '../shared/Button';
import { Message } from '../shared/Message';
import { Section } from './Section';

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
    <Section id="backup" title="Back up and restore" description="Save all settings and site rules to a file, or load them from one (for another browser, or to undo)." testId={testId}>
      <div class="options-backup__actions">
        <Button onClick={onExport} testId="export-settings">
          Export settings…
        </Button>
        <label class="qr-button qr-button--secondary options-file">
          Import settings…
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
        <Message tone="error" title="Nothing was imported" testId="import-error">
          <p>{error}</p>
        </Message>
      ) : null}
      {done ? (
        <p class="options-success" role="status" data-testid="import-done">
          {done}
        </p>
      ) : null}
      {preview ? (
        <div class="options-import-preview" role="region" aria-label="Import preview" data-testid="import-preview">
          <h3 class="options-import-preview__title">Importing {preview.fileName} would change:</h3>
          {preview.changes.length ? (
            <ul class="options-import-preview__changes" data-testid="import-changes">
              {preview.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          ) : (
            <p data-testid="import-no-changes">Nothing: the file matches your current settings.</p>
          )}
          {preview.needsAccess.length ? (
            <p class="options-hint">
              Automatic cleaning stays off for {preview.needsAccess.join(', ')} until you switch it on there (the browser asks for each site).
            </p>
          ) : null}
          <div class="options-import-preview__actions">
            <Button variant="primary" onClick={onApply} testId="import-apply">
              Replace my settings
            </Button>
            <Button onClick={onCancel} testId="import-cancel">
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
    </Section>
  );
}
