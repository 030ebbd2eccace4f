import type { Browser } from 'wxt/browser';

/** The part of Chrome's `offscreen` API this module drives (a stub in the tests). */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(parameters: Browser.offscreen.CreateParameters): Promise<void>;
  closeDocument(): Promise<void>;
}

/**
 * How long the document stays open after the last clean. Chrome stops an idle service worker
 * 30 s after its last extension event (the clean's reply is one), and a timer still pending then
 * is lost, leaving the document open until the next clean; at 15 s the timer fires with margin.
 * Long enough that a re-clean soon after a clean (a settings change, toggling the view again, the
 * next large page) reuses the open document instead of loading a new one.
 */
export const OFFSCREEN_IDLE_CLOSE_MS = 15_000;

export interface OffscreenDocument {
  /** Runs `work` with the document open; it is never closed while any `work` is running. */
  whileOpen<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Opens the offscreen document on demand and closes it `idleCloseMs` after the last use ends,
 * so a parsed page copy and the engine do not stay in memory between cleans. Only one document
 * may exist: concurrent first uses share one creation, and a use that arrives while the document
 * is closing waits for the close and then creates a fresh one.
 */
export function manageOffscreenDocument(offscreen: OffscreenApi, parameters: Browser.offscreen.CreateParameters, idleCloseMs = OFFSCREEN_IDLE_CLOSE_MS): OffscreenDocument {
  let usesInFlight = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let opening: Promise<void> | null = null;
  let closing: Promise<void> | null = null;

  async function open(): Promise<void> {
    if (closing) await closing;
    // Checked, not remembered: the service worker may restart while the document lives on.
    opening ??= (async () => {
      if (!(await offscreen.hasDocument())) await offscreen.createDocument(parameters);
    })().finally(() => (opening = null));
    await opening;
  }

  // Only the timer calls this, and every use cancels the timer: no use is in flight here.
  function closeWhenIdle(): void {
    closing = offscreen
      .closeDocument()
      // Harmless: the document is already gone (never created, or closed by the browser).
      .catch((error: unknown) => console.info('[quiet-reader] closing the idle offscreen document:', error))
      .finally(() => (closing = null));
  }

  return {
    async whileOpen(work) {
      usesInFlight++;
      clearTimeout(idleTimer);
      try {
        await open();
        return await work();
      } finally {
        if (--usesInFlight === 0) idleTimer = setTimeout(closeWhenIdle, idleCloseMs);
      }
    },
  };
}
