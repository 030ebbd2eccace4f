import { cleanPageHtml } from '../../utils/clean-page-html';
import { warmUpEngine } from '../../utils/engine-warm-up';
import { onMessage, sendMessage } from '../../utils/messaging';
import { PAYLOADS, guarded } from '../../utils/sender-guard';
import { OFFSCREEN_IDLE_CLOSE_MS, startIdleReport } from '../../utils/offscreen-idle';

/**
 * Chrome's offscreen document (reason DOM_PARSER): a hidden extension page with a DOM, in the
 * extension's process, where the engine cleans a serialised copy of the reader's page, so the
 * tab's main thread never runs it (entrypoints/background/page-cleaner.ts forwards the page;
 * offscreen-lifetime.ts opens this document and closes it when it reports itself idle:
 * utils/offscreen-idle.ts). It warms
 * the engine up as it opens (utils/engine-warm-up.ts). Content scripts' messages reach this page
 * too, so only the extension's own contexts are answered.
 */
const idle = startIdleReport(OFFSCREEN_IDLE_CLOSE_MS, () => void sendMessage('offscreenIdle').catch(() => undefined));

onMessage(
  'offscreenCleanPage',
  guarded('offscreenCleanPage', ['extension-page'], PAYLOADS.pageToClean, ({ data }) => {
    idle.restart();
    return cleanPageHtml(data, window);
  }),
);

// After this task: a clean already on its way is not held up by the document's first script.
setTimeout(() => warmUpEngine(window), 0);
