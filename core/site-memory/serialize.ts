import { createSiteMemory, SITE_MEMORY_LIMITS, SITE_MEMORY_VERSION, type RememberedBlock, type RememberedSite, type SiteMemory } from './model';

/** A fingerprint or article key as `fingerprintText` makes them: base 36, at most 11 digits. */
const HASH = /^[0-9a-z]{1,11}$/;
/** A site key: a host name or IP literal, lower case (what `siteKeyOf` returns). */
const SITE = /^[0-9a-z._:-]{1,253}$/;

export interface ParsedSiteMemory {
  memory: SiteMemory;
  /** One readable sentence per dropped part; empty when the input was entirely valid. */
  problems: string[];
}

/** The memory as compact JSON, the form both the extension's storage and the CLI file hold. */
export function serializeSiteMemory(memory: SiteMemory): string {
  return JSON.stringify(memory);
}

/**
 * Reads a memory from JSON text or an already-parsed value, validating it part by part: a bad
 * site or block is dropped with a message and the rest is kept; caps are enforced on read so an
 * edited file cannot grow past them. Never throws. An input that is not a memory at all (bad JSON,
 * wrong version) yields an empty memory and says why.
 */
export function parseSiteMemory(input: unknown): ParsedSiteMemory {
  const problems: string[] = [];
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch (error) {
      return { memory: createSiteMemory(), problems: [`the site memory is not valid JSON (${error instanceof Error ? error.message : String(error)}); starting with an empty memory`] };
    }
  }
  if (!isRecord(raw)) return { memory: createSiteMemory(), problems: ['the site memory is not a JSON object; starting with an empty memory'] };
  if (raw.version !== SITE_MEMORY_VERSION) {
    return { memory: createSiteMemory(), problems: [`the site memory has version ${JSON.stringify(raw.version)}, this build reads version ${SITE_MEMORY_VERSION}; starting with an empty memory`] };
  }
  const memory = createSiteMemory();
  memory.clock = isCount(raw.clock) ? raw.clock : 0;
  if (!isCount(raw.clock)) problems.push('“clock” is not a whole number ≥ 0; reset to 0');
  if (!isRecord(raw.sites)) {
    problems.push('“sites” is not an object; no site was read');
    return { memory, problems };
  }
  const sites = Object.entries(raw.sites)
    .map(([site, value]) => [site, parseSite(site, value, problems)] as const)
    .filter((pair): pair is readonly [string, RememberedSite] => pair[1] !== null)
    .sort(([, a], [, b]) => b.used - a.used);
  if (sites.length > SITE_MEMORY_LIMITS.sites) problems.push(`${sites.length} sites is over the cap of ${SITE_MEMORY_LIMITS.sites}; kept the most recently used`);
  for (const [site, entry] of sites.slice(0, SITE_MEMORY_LIMITS.sites)) {
    memory.sites[site] = entry;
    memory.clock = Math.max(memory.clock, entry.used);
  }
  return { memory, problems };
}

function parseSite(site: string, value: unknown, problems: string[]): RememberedSite | null {
  if (!SITE.test(site) || site === '__proto__') {
    problems.push(`site “${site.slice(0, 80)}” is not a host name; dropped`);
    return null;
  }
  if (!isRecord(value) || !isCount(value.used) || !isRecord(value.blocks)) {
    problems.push(`site “${site}” needs “used” (a whole number) and “blocks” (an object); dropped`);
    return null;
  }
  const blocks = Object.entries(value.blocks).filter(([fingerprint, block]) => {
    const ok = HASH.test(fingerprint) && isBlock(block);
    if (!ok) problems.push(`a block of site “${site}” (“${fingerprint.slice(0, 20)}”) is malformed; dropped`);
    return ok;
  }) as [string, RememberedBlock][];
  blocks.sort(([, a], [, b]) => b.seen - a.seen);
  if (blocks.length > SITE_MEMORY_LIMITS.blocksPerSite) problems.push(`site “${site}” has ${blocks.length} blocks, over the cap of ${SITE_MEMORY_LIMITS.blocksPerSite}; kept the most recently seen`);
  const entry: RememberedSite = { used: value.used, blocks: {} };
  for (const [fingerprint, block] of blocks.slice(0, SITE_MEMORY_LIMITS.blocksPerSite)) {
    const kept: RememberedBlock = { articles: block.articles.slice(-SITE_MEMORY_LIMITS.articlesPerBlock), seen: block.seen };
    if (block.preview !== undefined) kept.preview = block.preview.slice(0, SITE_MEMORY_LIMITS.previewChars);
    entry.blocks[fingerprint] = kept;
  }
  return entry;
}

function isBlock(value: unknown): value is RememberedBlock {
  return (
    isRecord(value) &&
    Array.isArray(value.articles) &&
    value.articles.length > 0 &&
    value.articles.every((key) => typeof key === 'string' && HASH.test(key)) &&
    new Set(value.articles).size === value.articles.length &&
    isCount(value.seen) &&
    (value.preview === undefined || typeof value.preview === 'string')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
