import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manageOffscreenDocument, type OffscreenApi } from '../../entrypoints/background/offscreen-lifetime';
import { OFFSCREEN_IDLE_CLOSE_MS, startIdleReport } from '../../utils/offscreen-idle';

/**
 * WXT's fakeBrowser has no `offscreen` namespace, so the module gets this stub, which keeps
 * Chrome's rules: one document at most ("Only a single offscreen document may be created"), and
 * closing without a document rejects. Creating and closing take a few microtasks, as in Chrome,
 * and `holdClose()` keeps a close pending until the test releases it.
 */
function fakeOffscreen() {
  let open = false;
  let closeGate: Promise<void> | null = null;
  const settle = async () => {
    for (let hop = 0; hop < 3; hop++) await Promise.resolve();
  };
  const api = {
    hasDocument: vi.fn(() => Promise.resolve(open)),
    createDocument: vi.fn(async () => {
      await settle();
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
    }),
    closeDocument: vi.fn(async () => {
      await closeGate;
      if (!open) throw new Error('No current offscreen document.');
      open = false;
    }),
  } satisfies OffscreenApi;
  return {
    api,
    isOpen: () => open,
    holdClose() {
      let release!: () => void;
      closeGate = new Promise<void>((resolve) => (release = resolve));
      return () => {
        closeGate = null;
        release();
      };
    },
  };
}

const PARAMETERS = { url: 'offscreen.html', reasons: ['DOM_PARSER' as const], justification: 'test' };

/** A clean that runs until the test finishes it, recording whether the document was open. */
function pendingClean(offscreen: ReturnType<typeof fakeOffscreen>) {
  let finish!: () => void;
  const seen: boolean[] = [];
  const work = () =>
    new Promise<string>((resolve) => {
      seen.push(offscreen.isOpen());
      finish = () => resolve('cleaned');
    });
  return { work, seen, finish: () => finish() };
}

beforeEach(() => {
  // Only the timers the module uses: setImmediate stays real to let Node report unhandled rejections.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('manageOffscreenDocument', () => {
  it('opens the document for a clean and keeps it open afterwards, until the document reports itself idle', async () => {
    const offscreen = fakeOffscreen();
    const document = manageOffscreenDocument(offscreen.api, PARAMETERS);
    await expect(document.whileOpen(() => Promise.resolve(offscreen.isOpen()))).resolves.toBe(true);
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_CLOSE_MS * 2);
    expect(offscreen.api.closeDocument).not.toHaveBeenCalled();

    await document.closeIfIdle();
    expect(offscreen.api.closeDocument).toHaveBeenCalledTimes(1);
    expect(offscreen.isOpen()).toBe(false);
  });

  it('prepare() opens the document ahead of any clean, and a clean then reuses it', async () => {
    const offscreen = fakeOffscreen();
    const document = manageOffscreenDocument(offscreen.api, PARAMETERS);
    await document.prepare();
    expect(offscreen.isOpen()).toBe(true);
    await document.prepare();
    await document.whileOpen(() => Promise.resolve('clean'));
    expect(offscreen.api.createDocument).toHaveBeenCalledTimes(1);
  });

  it('a clean that fails still lets the document close when idle', async () => {
    const offscreen = fakeOffscreen();
    const document = manageOffscreenDocument(offscreen.api, PARAMETERS);
    await expect(document.whileOpen(async () => Promise.reject(new Error('offscreen clean failed')))).rejects.toThrow('offscreen clean failed');
    await document.closeIfIdle();
    expect(offscreen.isOpen()).toBe(false);
  });

  it('never closes while a clean is in flight, even when an overlapping clean finishes first', async () => {
    const offscreen = fakeOffscreen();
    const document = manageOffscreenDocument(offscreen.api, PARAMETERS);
    const slow = pendingClean(offscreen);
    const slowDone = document.whileOpen(slow.work);
    await document.whileOpen(() => Promise.resolve('quick'));

    await document.closeIfIdle();
    expect(offscreen.api.closeDocument).not.toHaveBeenCalled();
    expect(offscreen.isOpen()).toBe(true);

    slow.finish();
    await expect(slowDone).resolves.toBe('cleaned');
    await document.closeIfIdle();
    expect(offscreen.api.closeDocument).toHaveBeenCalledTimes(1);
  });

  it('a clean that starts while the document is closing waits for the close, then creates a fresh one', async () => {
    const offscreen = fakeOffscreen();
    const document = manageOffscreenDocument(offscreen.api, PARAMETERS);
    await document.whileOpen(() => Promise.resolve('first'));
    const releaseClose = offscreen.holdClose();
    const closed = document.closeIfIdle();
    await vi.advanceTimersByTimeAsync(0);
    expect(offscreen.api.closeDocument).toHaveBeenCalledTimes(1);

    const racing = pendingClean(offscreen);
    const racingDone = document.whileOpen(racing.work);
    await vi.advanceTimersByTimeAsync(0);
    expect(racing.seen, 'the clean ran in a document that is being closed').toEqual([]);

    releaseClose();
    await closed;
    await vi.advanceTimersByTimeAsync(0);
    expect(racing.seen).toEqual([true]);
    expect(offscreen.api.createDocument).toHaveBeenCalledTimes(2);
    racing.finish();
    await expect(racingDone).resolves.toBe('cleaned');
  });

  it('concurrent first cleans create only one document', async () => {
    const offscreen = fakeOffscreen();
    const document = manageOffscreenDocument(offscreen.api, PARAMETERS);
    const results = Promise.all([1, 2, 3].map((n) => document.whileOpen(() => Promise.resolve(n))));
    await vi.advanceTimersByTimeAsync(0);
    await expect(results).resolves.toEqual([1, 2, 3]);
    expect(offscreen.api.createDocument).toHaveBeenCalledTimes(1);
  });

  it('a close that rejects (document already gone) throws nowhere, and the next clean opens a document', async () => {
    const offscreen = fakeOffscreen();
    const document = manageOffscreenDocument(offscreen.api, PARAMETERS);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    try {
      await document.whileOpen(() => Promise.resolve('first'));
      await offscreen.api.closeDocument(); // Gone behind the module's back.
      await document.closeIfIdle();
      expect(info).toHaveBeenCalled();
      await new Promise((resolve) => setImmediate(resolve));
      expect(offscreen.api.closeDocument).toHaveBeenCalledTimes(2);
      expect(unhandled).toEqual([]);

      const next = document.whileOpen(() => Promise.resolve(offscreen.isOpen()));
      await vi.advanceTimersByTimeAsync(0);
      await expect(next).resolves.toBe(true);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('the offscreen document’s idle report', () => {
  it(`reports ${OFFSCREEN_IDLE_CLOSE_MS} ms after it opened, or after its last clean, not before`, async () => {
    const report = vi.fn();
    const idle = startIdleReport(OFFSCREEN_IDLE_CLOSE_MS, report);
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_CLOSE_MS - 1_000);
    idle.restart(); // a clean
    await vi.advanceTimersByTimeAsync(OFFSCREEN_IDLE_CLOSE_MS - 1);
    expect(report).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(report).toHaveBeenCalledTimes(1);
  });
});
