import { sendMessage } from '../../utils/messaging';
import type { SiteMemoryBackend } from '../../components/options/site-memory-panel';

/** The site-memory section talks to the background, which alone writes the memory. */
export function createBrowserSiteMemoryBackend(): SiteMemoryBackend {
  return {
    status: () => sendMessage('siteMemoryStatus', undefined),
    forget: (site) => sendMessage('forgetSiteMemory', { site }),
  };
}
