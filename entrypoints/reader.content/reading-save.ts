import type { ReadingChange } from '../../components/view/ReadingPanel';
import type { Preferences } from '../../utils/settings';
import { t } from '../../utils/i18n';

/** The preferences with one change from the view's reading panel applied. */
export function withReadingChange(preferences: Preferences, change: ReadingChange): Preferences {
  if ('theme' in change) return { ...preferences, theme: change.theme };
  return { ...preferences, typography: { ...preferences.typography, ...change.typography } };
}

/**
 * Saves the reading settings a moment after the last change: dragging a slider makes dozens of
 * changes a second, and sync storage allows about two writes a second. Every caller's promise
 * settles with the save that included its change; `pending()` tells whether one is still due, so
 * a storage echo of an older save does not undo what the reader just did.
 */
export function createReadingSaver(save: (reading: Pick<Preferences, 'theme' | 'typography'>) => Promise<unknown>, delayMs = 300) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight = 0;
  let latest: Pick<Preferences, 'theme' | 'typography'> | null = null;
  let waiting: { resolve(): void; reject(error: Error): void }[] = [];
  const flush = async () => {
    timer = null;
    const settle = waiting;
    waiting = [];
    inFlight++;
    try {
      await save(latest!);
      for (const waiter of settle) waiter.resolve();
    } catch (error) {
      console.warn('[quiet-reader] reading settings were not saved', error);
      for (const waiter of settle) waiter.reject(new Error(t('view.readingNotSaved')));
    } finally {
      inFlight--;
    }
  };
  return {
    save(reading: Pick<Preferences, 'theme' | 'typography'>): Promise<void> {
      latest = reading;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    pending: () => timer !== null || inFlight > 0,
  };
}
