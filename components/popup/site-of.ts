/**
 * Pages no extension may script: the browser's own pages, other extensions, the web stores and the
 * built-in PDF viewer. The popup shows its "restricted page" screen for these without asking the
 * background, which would only get "Cannot access contents of the page".
 */
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'view-source:', 'data:', 'javascript:', 'blob:'];
const STORE_HOSTS = ['chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

export function isRestrictedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (RESTRICTED_SCHEMES.includes(parsed.protocol)) return true;
  if (STORE_HOSTS.includes(parsed.hostname)) return true;
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return true;
  // Chrome shows PDFs in its own viewer; the page is not HTML the engine can read.
  if (/\.pdf$/i.test(parsed.pathname)) return true;
  return false;
}

/** The label the popup shows for the page's site ("news.example.org"), or null when there is none. */
export function siteOf(url: string | undefined | null): { host: string; origin: string } | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return { host: parsed.hostname, origin: parsed.origin };
  } catch {
    return null;
  }
}
