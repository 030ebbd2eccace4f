import type { PreferencesStorageStatus } from '../../utils/settings';
import { t } from '../../utils/i18n';
import { formatKibibytes } from '../../utils/i18n/format';

export interface SaveStatusProps {
  storage: PreferencesStorageStatus | null;
  saveError: string | null;
  testId?: string;
}


/** Where the settings live: synced, or on this device only because they outgrew the sync quota. */
export function SaveStatus({ storage, saveError, testId = 'save-status' }: SaveStatusProps) {
  if (saveError) {
    return (
      <p class="options-status options-status--error" role="alert" data-testid={testId}>
        {saveError}
      </p>
    );
  }
  if (!storage) return null;
  return (
    <p class="options-status" role="status" data-testid={testId} data-area={storage.area}>
      {storage.area === 'sync'
        ? t('options.savedSync')
        : t('options.savedLocal', { size: formatKibibytes(storage.bytes), quota: formatKibibytes(storage.quota) })}
    </p>
  );
}
