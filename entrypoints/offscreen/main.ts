import { cleanPageHtml } from '../../utils/clean-page-html';
import { onMessage } from '../../utils/messaging';
import { PAYLOADS, guarded } from '../../utils/sender-guard';

/**
 * Chrome's offscreen document (reason DOM_PARSER): a hidden extension page with a DOM, in the
 * extension's process, where the engine cleans a serialised page so the tab's main thread never
 * runs it (entrypoints/background/page-cleaner.ts forwards the page; offscreen-lifetime.ts opens this
 * document on demand and closes it when idle). Content
 * scripts' messages reach this page too, so only the extension's own contexts are answered.
 */
onMessage(
  'offscreenCleanPage',
  guarded('offscreenCleanPage', ['extension-page'], PAYLOADS.pageToClean, ({ data }) => cleanPageHtml(data, window)),
);
