import { fingerprintText } from '../text/fingerprint';

/**
 * Query parameters that say how a reader arrived, not which article they read. Dropping them is
 * what makes the same article, opened from a newsletter and then from a feed, count once.
 */
const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|twclid|ref|ref_src|ref_url|cmpid|ncid|ocid|share|smid|sr_share)$/i;

/**
 * One article's identity: host (without "www."), path without a trailing slash, and the query
 * minus tracking parameters, sorted; the #fragment is dropped. A visit to the same article under
 * such variants must not count as a second article. `null` for anything that is not http(s).
 *
 * @example
 * normalizeArticleUrl('https://www.example.org/a/?utm_source=x#top') // 'example.org/a'
 */
export function normalizeArticleUrl(url: string): string | null {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAM.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${host}${port}${path}${query}`;
}

/**
 * A short hash of the article's normalised address: the memory keeps this, never the address.
 * Eight base-36 digits (41 bits) of the 53-bit fingerprint: it only has to tell apart the few
 * articles listed under one block, and it is the bulk of the memory's size.
 */
export function articleKeyOf(url: string): string | null {
  const normalized = normalizeArticleUrl(url);
  return normalized === null ? null : fingerprintText(normalized).slice(-8);
}

export function parseHttpUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}
