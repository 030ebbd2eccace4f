import type { PreferencesStorageStatus } from '../../utils/settings';

export interface SaveStatusProps {
  storage: PreferencesStorageStatus | null;
  saveError: string | null;
  testId?: string;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

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
        ? 'Changes are saved. They reach your other browsers when the browser’s own sync is on (Quiet Reader cannot tell whether it is).'
        : `Changes are saved on this device only: your settings (${kB(storage.bytes)}) are larger than browser sync allows (${kB(storage.quota)}).`}
    </p>
  );
}
