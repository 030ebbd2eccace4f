import { storage } from '@wxt-dev/storage';
import { parseReadingPositions, withoutPosition, withPosition, type ReadingPosition } from './positions';

/*
 * `local:readingPositions`: on this device only, never synced (it describes what you read). The
 * reader script in each tab reads and writes it directly; steps within a tab run one after
 * another. Two tabs saving at the same moment can lose one of the two saves, never the store.
 */
export const readingPositionsItem = storage.defineItem<unknown>('local:readingPositions', { fallback: {} });

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readPositions() {
  const { positions, problems } = parseReadingPositions(await readingPositionsItem.getValue());
  for (const problem of problems) console.warn(`[quiet-reader] local:readingPositions: ${problem}`);
  return positions;
}

export async function getReadingPosition(key: string): Promise<ReadingPosition | null> {
  const positions = await readPositions();
  return Object.hasOwn(positions, key) ? positions[key]! : null;
}

export function saveReadingPosition(key: string, position: ReadingPosition): Promise<void> {
  return serialised(async () => readingPositionsItem.setValue(withPosition(await readPositions(), key, position)));
}

export function forgetReadingPosition(key: string): Promise<void> {
  return serialised(async () => readingPositionsItem.setValue(withoutPosition(await readPositions(), key)));
}

/** Part of "Forget everything" (with the site memory). */
export function forgetAllReadingPositions(): Promise<void> {
  return serialised(() => readingPositionsItem.setValue({}));
}
