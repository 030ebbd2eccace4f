import { registerReaderHandlers } from './handlers';
import { createReaderSession } from './reader-session';

/** Set in the content script's isolated world once the handlers are listening on this page. */
const READY_FLAG = '__quietReaderReady';

/**
 * The reader, injected into a tab only when the reader asks (toolbar, shortcut, context menu) or
 * on a site they opted into: `registration: 'runtime'` with no `matches`, so the manifest has no
 * host permissions. The background injects this file, then sends `reader…` messages; injecting
 * twice is harmless (the second run finds the flag and returns).
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const world = globalThis as unknown as Record<string, unknown>;
    if (world[READY_FLAG]) return 'already-ready';
    world[READY_FLAG] = true;
    registerReaderHandlers(createReaderSession(document));
    return 'ready';
  },
});
