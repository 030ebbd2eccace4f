/**
 * What a link points at, by the *kind* of service (never a news site): social networks and their
 * share endpoints, payment and membership platforms, newsletter services, app stores, mail. The
 * block scorer reads the share of a block's links of each kind.
 */
export const LINK_TARGET_KINDS = ['social', 'payment', 'newsletter', 'app', 'mail', 'external', 'fragment', 'tag'] as const;
export type LinkTargetKind = (typeof LINK_TARGET_KINDS)[number];

const SOCIAL_HOSTS = /(?:^|\.)(?:facebook\.com|fb\.me|twitter\.com|x\.com|t\.co|instagram\.com|linkedin\.com|pinterest\.\w+|reddit\.com|tumblr\.com|whatsapp\.com|wa\.me|telegram\.me|t\.me|youtube\.com|youtu\.be|tiktok\.com|threads\.net|bsky\.app|mastodon\.\w+|flipboard\.com|vk\.com|weibo\.com|line\.me|xing\.com)$/i;
const PAYMENT_HOSTS = /(?:^|\.)(?:paypal\.\w+|patreon\.com|ko-fi\.com|buymeacoffee\.com|donorbox\.org|steadyhq\.com|liberapay\.com|opencollective\.com|gofundme\.com|givebutter\.com|fundraiseup\.com|stripe\.com|tipeee\.com|helloasso\.com|betterplace\.org|classy\.org)$/i;
const NEWSLETTER_HOSTS = /(?:^|\.)(?:substack\.com|list-manage\.com|mailchi\.mp|eepurl\.com|beehiiv\.com|convertkit\.com|buttondown\.email|mailerlite\.com|sendinblue\.com|brevo\.com|cleverreach\.com|ghost\.io)$/i;
const APP_HOSTS = /(?:^|\.)(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|appgallery\.huawei\.com)$/i;
/** Path segments of tag, topic, category and author archives. */
const ARCHIVE_PATH = /\/(?:tags?|topics?|themen|thema|categor(?:y|ies|ia|ie)|rubri\w+|schlagw\w+|author|autor|auteur|autore)\//i;

/** The kinds of one link (a link can be external and social at once). */
export function linkTargetKinds(href: string, pageHost: string | null): LinkTargetKind[] {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return ['fragment'];
  if (/^mailto:/i.test(trimmed)) return ['mail'];
  let url: URL;
  try {
    url = new URL(trimmed, pageHost ? `https://${pageHost}/` : undefined);
  } catch {
    return [];
  }
  const kinds: LinkTargetKind[] = [];
  const host = url.hostname.replace(/^www\d*\./, '');
  if (SOCIAL_HOSTS.test(host) || /\/(?:share|sharer|intent\/tweet)/i.test(url.pathname)) kinds.push('social');
  if (PAYMENT_HOSTS.test(host)) kinds.push('payment');
  if (NEWSLETTER_HOSTS.test(host)) kinds.push('newsletter');
  if (APP_HOSTS.test(host)) kinds.push('app');
  if (pageHost && !sameSite(host, pageHost)) kinds.push('external');
  if (ARCHIVE_PATH.test(url.pathname)) kinds.push('tag');
  return kinds;
}

function sameSite(a: string, b: string): boolean {
  const tail = (host: string) => host.split('.').slice(-2).join('.');
  return tail(a) === tail(b.replace(/^www\d*\./, ''));
}
