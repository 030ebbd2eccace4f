import type { SiteMemoryView } from '../types';
import { articleKeyOf } from './article-key';
import { countOtherArticles, type RememberedSite } from './model';

/**
 * The view over one site's entry, for a page of that site. The extension's content script gets
 * only its page's entry from the background, so it loads neither the whole memory nor the Public
 * Suffix List (this module does not import tldts).
 */
export function siteEntryView(entry: RememberedSite | null): SiteMemoryView {
  const articles = new Map<string, string | null>();
  return {
    seenOn(fingerprint, url) {
      if (!entry || !Object.hasOwn(entry.blocks, fingerprint)) return 0;
      if (!articles.has(url)) articles.set(url, articleKeyOf(url));
      return countOtherArticles(entry.blocks[fingerprint], articles.get(url) ?? null);
    },
  };
}
