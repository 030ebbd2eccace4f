/** The memory file/storage format version; `parseSiteMemory` refuses any other. */
export const SITE_MEMORY_VERSION = 1;

/**
 * Bounds. A memory filled to every cap serialises to the size stated in README "Site memory"
 * (measured by tests/site-memory/storage-size.test.ts).
 */
export const SITE_MEMORY_LIMITS = {
  /** Sites remembered; the least recently used site goes first. */
  sites: 100,
  /** Blocks remembered per site; blocks seen on one article go before repeated ones, oldest first. */
  blocksPerSite: 120,
  /** Article keys kept per block: enough to count "seen on N other articles" up to this. */
  articlesPerBlock: 4,
  /** Characters of text kept for a block the memory removed, so the user can tell what it is. */
  previewChars: 40,
} as const;

/** A block is removed once this many *other* articles of its site showed it. */
export const SEEN_ON_OTHER_ARTICLES = 2;

/** One remembered block: hashes of the articles that showed it, never the article addresses. */
export interface RememberedBlock {
  /** `articleKeyOf` hashes, oldest first, at most `articlesPerBlock`. */
  articles: string[];
  /** Logical clock value of the last article that showed it (LRU order within the site). */
  seen: number;
  /** First characters of the block, kept only once the memory has removed it. */
  preview?: string;
}

export interface RememberedSite {
  /** Logical clock value of the last article learned on this site (LRU order across sites). */
  used: number;
  /** Keyed by block fingerprint (`fingerprintText`). */
  blocks: Record<string, RememberedBlock>;
}

/**
 * What the site memory knows, keyed by site (registrable domain). Plain JSON, so the extension can
 * store it and the CLI can write it to a file. `clock` counts learned articles: the memory orders
 * by it instead of keeping timestamps of the user's reading.
 */
export interface SiteMemory {
  version: typeof SITE_MEMORY_VERSION;
  clock: number;
  sites: Record<string, RememberedSite>;
}

export function createSiteMemory(): SiteMemory {
  return { version: SITE_MEMORY_VERSION, clock: 0, sites: {} };
}

/** How many articles other than `article` showed the block on its site. */
export function countOtherArticles(block: RememberedBlock | undefined, article: string | null): number {
  if (!block) return 0;
  return block.articles.filter((key) => key !== article).length;
}
