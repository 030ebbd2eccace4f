import type { SiteMemoryView } from '../types';
import { siteEntryView } from './entry-view';
import type { SiteMemory } from './model';
import { siteKeyOf } from './site-key';

/**
 * The read-only view `cleanArticle` takes as `options.siteMemory`, over a whole memory (CLI,
 * benchmarks, tests). The rule asks once per block, always with the page's address, so the view
 * resolves the address once.
 *
 * @example
 * cleanArticle(doc, { url, siteMemory: siteMemoryView(memory) });
 */
export function siteMemoryView(memory: SiteMemory): SiteMemoryView {
  const views = new Map<string, SiteMemoryView>();
  return {
    seenOn(fingerprint, url) {
      let view = views.get(url);
      if (!view) {
        const site = siteKeyOf(url);
        view = siteEntryView(site !== null && Object.hasOwn(memory.sites, site) ? memory.sites[site]! : null);
        views.set(url, view);
      }
      return view.seenOn(fingerprint, url);
    },
  };
}
