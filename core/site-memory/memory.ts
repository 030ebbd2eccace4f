import type { ArticleBlock, CleanResult } from '../types';
import { articleKeyOf } from './article-key';
import { SITE_MEMORY_LIMITS, type RememberedSite, type SiteMemory } from './model';
import { siteKeyOf } from './site-key';

export type LearnOutcome =
  | { learned: true; site: string; blocks: number }
  | { learned: false; reason: string };

/**
 * Records, in place, which blocks this article showed (`result.blocks`, listed when the clean was
 * given a `siteMemory`: the blocks left after cleaning plus those the memory itself removed).
 * Blocks other rules removed are not kept: those rules find them anyway. The same article learned
 * twice changes nothing but recency.
 *
 * @example
 * const result = cleanArticle(doc, { url, siteMemory: siteMemoryView(memory) });
 * learn(memory, url, result);
 */
export function learn(memory: SiteMemory, url: string, result: CleanResult): LearnOutcome {
  if (!result.ok) return { learned: false, reason: 'the page was not cleaned' };
  if (!result.blocks) return { learned: false, reason: 'the clean was run without site memory, so it listed no blocks' };
  return learnBlocks(memory, url, result.blocks);
}

/**
 * `learn` for callers that carry only the blocks (the extension's background gets them by message
 * from the tab that cleaned the page).
 */
export function learnBlocks(memory: SiteMemory, url: string, blocks: readonly ArticleBlock[]): LearnOutcome {
  const site = siteKeyOf(url);
  const article = articleKeyOf(url);
  if (site === null || article === null) return { learned: false, reason: `“${url}” is not an http(s) address` };

  const tick = ++memory.clock;
  const entry = ownEntry(memory.sites, site) ?? (memory.sites[site] = { used: tick, blocks: {} });
  entry.used = tick;
  const fingerprints = new Set<string>();
  for (const { fingerprint, preview } of blocks) {
    fingerprints.add(fingerprint);
    const block = ownEntry(entry.blocks, fingerprint) ?? (entry.blocks[fingerprint] = { articles: [], seen: tick });
    block.seen = tick;
    if (!block.articles.includes(article)) {
      block.articles.push(article);
      if (block.articles.length > SITE_MEMORY_LIMITS.articlesPerBlock) block.articles.shift();
    }
    if (preview) block.preview = preview.slice(0, SITE_MEMORY_LIMITS.previewChars);
  }
  evictBlocks(entry);
  evictSites(memory);
  return { learned: true, site, blocks: fingerprints.size };
}

/** Forgets one site (by any of its addresses or its site key). Returns whether it was known. */
export function forgetSite(memory: SiteMemory, urlOrSite: string): boolean {
  const site = siteKeyOf(urlOrSite) ?? urlOrSite.trim().toLowerCase();
  if (!Object.hasOwn(memory.sites, site)) return false;
  delete memory.sites[site];
  return true;
}

export function forgetEverything(memory: SiteMemory): void {
  memory.sites = {};
}

/**
 * Keeps the site under its block cap. Blocks seen on one article only (most of an article's own
 * paragraphs) go first, oldest first; then repeated blocks, least recently seen first. So reading
 * many articles of a site does not push its boilerplate out.
 */
function evictBlocks(entry: RememberedSite): void {
  const fingerprints = Object.keys(entry.blocks);
  const excess = fingerprints.length - SITE_MEMORY_LIMITS.blocksPerSite;
  if (excess <= 0) return;
  const rank = (fingerprint: string) => {
    const block = entry.blocks[fingerprint]!;
    return [block.articles.length > 1 ? 1 : 0, block.seen] as const;
  };
  fingerprints.sort((a, b) => {
    const [repeatedA, seenA] = rank(a);
    const [repeatedB, seenB] = rank(b);
    return repeatedA - repeatedB || seenA - seenB;
  });
  for (const fingerprint of fingerprints.slice(0, excess)) delete entry.blocks[fingerprint];
}

/** A record's own entry: a site called "constructor" must not find Object's. */
function ownEntry<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Keeps the memory under its site cap: the least recently used site goes first. */
function evictSites(memory: SiteMemory): void {
  const sites = Object.keys(memory.sites);
  const excess = sites.length - SITE_MEMORY_LIMITS.sites;
  if (excess <= 0) return;
  sites.sort((a, b) => memory.sites[a]!.used - memory.sites[b]!.used);
  for (const site of sites.slice(0, excess)) delete memory.sites[site];
}
