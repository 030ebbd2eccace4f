import { storage } from '@wxt-dev/storage';
import {
  createSiteMemory,
  forgetEverything,
  forgetSite,
  learnBlocks,
  parseSiteMemory,
  serializeSiteMemory,
  SEEN_ON_OTHER_ARTICLES,
  siteKeyOf,
  SITE_MEMORY_LIMITS,
  type LearnOutcome,
  type RememberedSite,
  type SiteMemory,
} from '../core/site-memory/index';
import type { ArticleBlock } from '../core/types';

/*
 * Storage of the site memory (core/site-memory): `local:siteMemory`, on this device only. It never
 * syncs: it grows with reading and describes what the user reads. It holds hashes of blocks and of
 * article addresses plus a 40-character preview of blocks it removed; at its caps it takes at most
 * the size stated in README "Site memory". Only the background writes it (learning is serialised
 * there); content scripts ask the background for their site's entry.
 */

export const siteMemoryItem = storage.defineItem<SiteMemory>('local:siteMemory', {
  version: 1,
  fallback: createSiteMemory(),
});

/** Read–change–write steps run one after another, so two tabs learning at once lose nothing. */
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** The stored memory, validated part by part (a corrupt part is dropped and logged, the rest kept). */
export async function getSiteMemory(): Promise<SiteMemory> {
  const { memory, problems } = parseSiteMemory(await siteMemoryItem.getValue());
  // Why a warning: the memory only loses what was corrupt and keeps learning.
  for (const problem of problems) console.warn(`[quiet-reader] local:siteMemory: ${problem}`);
  return memory;
}

/** What the memory knows about the site of `url` (null when nothing, or not an http(s) page). */
export async function getSiteMemoryEntry(url: string): Promise<RememberedSite | null> {
  const site = siteKeyOf(url);
  if (site === null) return null;
  const memory = await getSiteMemory();
  return Object.hasOwn(memory.sites, site) ? memory.sites[site]! : null;
}

/** Learns one cleaned article's blocks (see `learn` in core/site-memory/memory.ts). */
export function learnSiteMemory(url: string, blocks: readonly ArticleBlock[]): Promise<LearnOutcome> {
  return serialised(async () => {
    const memory = await getSiteMemory();
    const outcome = learnBlocks(memory, url, blocks);
    if (outcome.learned) await siteMemoryItem.setValue(memory);
    return outcome;
  });
}

/** "Forget this site": by a page address or a site key. Resolves to whether anything was known. */
export function forgetSiteMemory(urlOrSite: string): Promise<boolean> {
  return serialised(async () => {
    const memory = await getSiteMemory();
    const forgotten = forgetSite(memory, urlOrSite);
    if (forgotten) await siteMemoryItem.setValue(memory);
    return forgotten;
  });
}

/** "Forget everything". */
export function forgetAllSiteMemory(): Promise<void> {
  return serialised(async () => {
    const memory = await getSiteMemory();
    forgetEverything(memory);
    await siteMemoryItem.setValue(memory);
  });
}

export interface RememberedSiteSummary {
  site: string;
  /** Blocks remembered, and how many of them the memory now removes (seen on ≥ 2 other articles). */
  blocks: number;
  removable: number;
}

export interface SiteMemoryStatus {
  sites: number;
  blocks: number;
  /** Serialised size now, and the caps, for the settings page. */
  bytes: number;
  limits: typeof SITE_MEMORY_LIMITS;
  /** Every remembered site, most recently read first. */
  list: RememberedSiteSummary[];
}

export async function getSiteMemoryStatus(): Promise<SiteMemoryStatus> {
  const memory = await getSiteMemory();
  const list = Object.entries(memory.sites)
    .sort(([, a], [, b]) => b.used - a.used)
    .map(([site, entry]) => {
      const blocks = Object.values(entry.blocks);
      return { site, blocks: blocks.length, removable: blocks.filter((block) => block.articles.length > SEEN_ON_OTHER_ARTICLES).length };
    });
  const blocks = list.reduce((sum, site) => sum + site.blocks, 0);
  return { sites: list.length, blocks, bytes: new TextEncoder().encode(serializeSiteMemory(memory)).length, limits: SITE_MEMORY_LIMITS, list };
}
