import { registerReaderHandlers } from './handlers';
import { removeOrphanedViews } from './mount-view';
import { createReaderSession } from './reader-session';

/** Set in the content script's isolated world once the handlers are listening on this page. */
const READY_FLAG = '__quietReaderReady';

/** What the flag holds: whether the reader that set it can still hear messages, and its way out. */
interface InjectedReader {
  isAlive(): boolean;
  retire(): void;
}

/**
 * The reader, injected into a tab only when the reader asks (toolbar, shortcut, context menu) or
 * on a site they opted into: `registration: 'runtime'` with no `matches`, so the manifest has no
 * host permissions. The background injects this file, then sends `reader…` messages; injecting
 * twice is harmless (the second run finds a live reader and returns).
 *
 * After the extension is reloaded or updated, the reader left in an open tab is dead: Chromium
 * keeps its isolated world (and the flag) but cuts it off from the extension (`runtime.id` turns
 * undefined), and Firefox drops its sandbox but not the view it put on the page. So a flag only
 * counts while its reader is alive; otherwise the old reader closes its view if it still can, any
 * view nobody owns is taken off the page, and a fresh reader takes over.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const world = globalThis as unknown as Record<string, InjectedReader | undefined>;
    const previous = world[READY_FLAG];
    if (previous?.isAlive()) return 'already-ready';
    try {
      previous?.retire();
    } catch (error) {
      console.warn('[quiet-reader] the reader from before the extension reloaded could not close its view', error);
    }
    removeOrphanedViews(document);
    const session = createReaderSession(document);
    registerReaderHandlers(session);
    world[READY_FLAG] = { isAlive: () => browser.runtime?.id != null, retire: () => session.close() };
    return previous ? 'replaced-dead-reader' : 'ready';
  },
});
