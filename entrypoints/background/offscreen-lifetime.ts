import type { Browser } from 'wxt/browser';

/** The part of Chrome's `offscreen` API this module drives (a stub in the tests). */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(parameters: Browser.offscreen.CreateParameters): Promise<void>;
  closeDocument(): Promise<void>;
}

export interface OffscreenDocument {
  /** Runs `work` with the document open; it is never closed while any `work` is running. */
  whileOpen<T>(work: () => Promise<T>): Promise<T>;
  /** Opens the document now, ahead of a clean (browser start, a trigger), so it is warm by then. */
  prepare(): Promise<void>;
  /** The document reported it has been idle: closes it, unless a clean is running or starting. */
  closeIfIdle(): Promise<void>;
}

/**
 * Opens the offscreen document on demand and closes it when it reports itself idle, so a parsed
 * page copy and the engine do not stay in memory for ever. Only one document may exist:
 * concurrent first uses share one creation, and a use that arrives while the document is closing
 * waits for the close and then creates a fresh one.
 */
export function manageOffscreenDocument(offscreen: OffscreenApi, parameters: Browser.offscreen.CreateParameters): OffscreenDocument {
  let usesInFlight = 0;
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

  return {
    async whileOpen(work) {
      usesInFlight++;
      try {
        await open();
        return await work();
      } finally {
        usesInFlight--;
      }
    },
    prepare: () => open(),
    async closeIfIdle() {
      if (usesInFlight > 0 || opening || closing) return;
      closing = offscreen
        .closeDocument()
        // Harmless: the document is already gone (never created, or closed by the browser).
        .catch((error: unknown) => console.info('[quiet-reader] closing the idle offscreen document:', error))
        .finally(() => (closing = null));
      await closing;
    },
  };
}
