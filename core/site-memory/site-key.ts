import { getDomain, parse } from 'tldts';
import { parseHttpUrl } from './article-key';

/**
 * The site a page belongs to, as its registrable domain ("news.example.co.uk" → "example.co.uk"),
 * so that www., amp. and section subdomains share one memory. The Public Suffix List comes from
 * tldts; its private section is included so that separate blogs on a shared host
 * ("a.blogspot.com", "b.github.io") stay separate sites. Hosts without a registrable domain
 * (localhost, an IP address) are their own site. `null` for anything that is not http(s).
 *
 * @example
 * siteKeyOf('https://www.example.co.uk/news/1') // 'example.co.uk'
 */
export function siteKeyOf(url: string): string | null {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  // "__proto__" is a valid host name but not a safe key for a plain JSON object.
  if (!host || host === '__proto__') return null;
  if (parse(host, { allowPrivateDomains: true }).isIp) return host;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
