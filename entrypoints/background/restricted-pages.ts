import type { ViewProblem } from '../../utils/messaging';
import { t } from '../../utils/i18n';

/**
 * Pages where no extension may run a script. Checked before injecting, when the tab's URL is
 * known (activeTab grants it for the tab the reader acted on), so the reader gets a reason
 * instead of Chromium's "Cannot access contents of the page".
 */
const BROWSER_SCHEMES = new Set(['chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:']);
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org']);

export function restrictedPageProblem(url: string | undefined): ViewProblem | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) {
    return { code: 'restricted', message: t('problems.browserPage') };
  }
  if (STORE_HOSTS.has(parsed.hostname) || (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))) {
    return { code: 'restricted', message: t('problems.storePage') };
  }
  return null;
}

/** Turns an injection failure into a reason the reader can act on. */
export function injectionProblem(error: unknown, url?: string): ViewProblem {
  const text = error instanceof Error ? error.message : String(error);
  // Firefox shows a PDF in its own viewer, which no extension may script, and says only
  // "Missing host permission for the tab": the address is the one hint left.
  if (/permission/i.test(text) && isPdfAddress(url)) {
    return { code: 'restricted', message: t('problems.pdf') };
  }
  if (/cannot be scripted|chrome:\/\/|extensions gallery|edge:\/\/|about:/i.test(text)) {
    return { code: 'restricted', message: t('problems.browserOrStorePage') };
  }
  if (/error page/i.test(text)) {
    return { code: 'restricted', message: t('problems.errorPage') };
  }
  if (/permission|Cannot access/i.test(text)) {
    return { code: 'restricted', message: t('problems.noAccess') };
  }
  return { code: 'script-error', message: t('problems.couldNotStart', { reason: text }) };
}

function isPdfAddress(url: string | undefined): boolean {
  try {
    return url !== undefined && /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
