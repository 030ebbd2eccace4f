import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetAllReadingPositions, forgetReadingPosition, getReadingPosition, saveReadingPosition } from '../../utils/reading-positions/store';

describe('local:readingPositions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves, reads, forgets one and forgets all, in local storage only', async () => {
    await saveReadingPosition('a1', { block: 12, progress: 0.4, at: 1 });
    await saveReadingPosition('b2', { block: 3, progress: 0.1, at: 2 });
    expect(await getReadingPosition('a1')).toEqual({ block: 12, progress: 0.4, at: 1 });
    expect(Object.keys((await fakeBrowser.storage.local.get('readingPositions')).readingPositions as object)).toEqual(['a1', 'b2']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await forgetReadingPosition('a1');
    expect(await getReadingPosition('a1')).toBeNull();
    await forgetAllReadingPositions();
    expect(await getReadingPosition('b2')).toBeNull();
  });

  it('a corrupt store reads as empty and the next save replaces it', async () => {
    await fakeBrowser.storage.local.set({ readingPositions: 'garbage' });
    expect(await getReadingPosition('a1')).toBeNull();
    await saveReadingPosition('a1', { block: 1, progress: 0.2, at: 5 });
    expect(await getReadingPosition('a1')).toEqual({ block: 1, progress: 0.2, at: 5 });
  });
});
