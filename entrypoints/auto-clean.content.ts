import { sendMessage } from '../utils/messaging';

/**
 * Registered at run time, only for sites the reader opted into ("always clean this site"), by
 * entrypoints/background/auto-clean.ts. It just says "a page loaded"; the background decides
 * and injects the reader. Kept tiny because it runs on every page load of those sites.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    void sendMessage('autoCleanPageLoaded').catch(() => undefined);
  },
});
