import { describe, expect, test } from 'vitest';
import { createSiteMemory, learn, SITE_MEMORY_LIMITS, serializeSiteMemory, siteMemoryView, type SiteMemory } from '../../core/site-memory/index';
import type { ArticleBlock, CleanResult } from '../../core/types';

/** A cleaned result carrying just these block fingerprints: learning needs nothing else. */
function resultWith(blocks: ArticleBlock[]): CleanResult {
  const timings = { prepareMs: 0, precleanMs: 0, readabilityMs: 0, postcleanMs: 0, recoverMs: 0, sanitizeMs: 0, totalMs: 0 };
  const article = { title: '', byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null, readingMinutes: 1, wordCount: 1, contentHtml: '', textContent: '' };
  return { ok: true, article, removed: [], timings, blocks };
}
const block = (fingerprint: string, preview?: string): ArticleBlock => ({ fingerprint, length: 100, ...(preview && { preview }) });
/** Base-36 fingerprints as long as real ones (cyrb53 gives up to 11 digits). */
const fp = (site: number, n: number) => (36 ** 10 + site * 100_000 + n).toString(36);

describe('caps', () => {
  test('blocks seen on one article go before repeated ones when a site is full', () => {
    const memory = createSiteMemory();
    learn(memory, 'https://example.com/1', resultWith([block('boiler'), block('a1')]));
    learn(memory, 'https://example.com/2', resultWith([block('boiler'), block('a2')]));
    // Fill the site with one-off paragraphs from many later articles.
    for (let n = 3; n < 3 + SITE_MEMORY_LIMITS.blocksPerSite; n++) learn(memory, `https://example.com/${n}`, resultWith([block(`p${n}`)]));
    const blocks = memory.sites['example.com']!.blocks;
    expect(Object.keys(blocks)).toHaveLength(SITE_MEMORY_LIMITS.blocksPerSite);
    expect(blocks.boiler).toBeDefined();
    expect(blocks.a1).toBeUndefined();
    expect(blocks.a2).toBeUndefined();
  });

  test('the least recently used site goes first', () => {
    const memory = createSiteMemory();
    for (let n = 0; n < SITE_MEMORY_LIMITS.sites; n++) learn(memory, `https://site${n}.example/a`, resultWith([block('x')]));
    learn(memory, 'https://site0.example/b', resultWith([block('x')])); // site0 used again
    learn(memory, 'https://newcomer.example/a', resultWith([block('x')]));
    expect(Object.keys(memory.sites)).toHaveLength(SITE_MEMORY_LIMITS.sites);
    expect(memory.sites['site0.example']).toBeDefined();
    expect(memory.sites['site1.example']).toBeUndefined();
    expect(memory.sites['newcomer.example']).toBeDefined();
  });

  test('a block keeps only the last few article keys, and the count stays a floor', () => {
    const memory = createSiteMemory();
    for (let n = 1; n <= SITE_MEMORY_LIMITS.articlesPerBlock + 3; n++) learn(memory, `https://example.com/${n}`, resultWith([block('boiler')]));
    expect(memory.sites['example.com']!.blocks.boiler!.articles).toHaveLength(SITE_MEMORY_LIMITS.articlesPerBlock);
    expect(siteMemoryView(memory).seenOn('boiler', 'https://example.com/new')).toBe(SITE_MEMORY_LIMITS.articlesPerBlock);
  });

  test('previews are cut to the cap', () => {
    const memory = createSiteMemory();
    learn(memory, 'https://example.com/1', resultWith([block('boiler', 'x'.repeat(200))]));
    expect(memory.sites['example.com']!.blocks.boiler!.preview).toHaveLength(SITE_MEMORY_LIMITS.previewChars);
  });
});

/**
 * The storage the memory takes at its caps: every site full, every block repeated on the most
 * articles and carrying a full preview (only removed blocks have one, so real memories are
 * smaller). README "Site memory" quotes these numbers.
 */
function fullMemory(previewChar: string): SiteMemory {
  const memory = createSiteMemory();
  const { sites, blocksPerSite, articlesPerBlock, previewChars } = SITE_MEMORY_LIMITS;
  for (let s = 0; s < sites; s++) {
    for (let a = 0; a < articlesPerBlock; a++) {
      const blocks = Array.from({ length: blocksPerSite }, (_, n) => block(fp(s, n), previewChar.repeat(previewChars)));
      learn(memory, `https://www.a-typical-news-site-${String(s).padStart(3, '0')}.co.uk/2026/11/24/article-${a}`, resultWith(blocks));
    }
    // Push the clock like a year of reading would, so "used"/"seen" take their full width.
    memory.clock += 100_000;
  }
  return memory;
}

test.each([
  ['Latin previews (1 byte a character)', 'e', 2_000_000],
  ['CJK previews (3 bytes a character), the worst case', '字', 2_800_000],
])('a memory at every cap with %s stays under its budget', (_name, previewChar, budget) => {
  const memory = fullMemory(previewChar);
  const { sites, blocksPerSite } = SITE_MEMORY_LIMITS;
  expect(Object.keys(memory.sites)).toHaveLength(sites);
  expect(Object.values(memory.sites).every((site) => Object.keys(site.blocks).length === blocksPerSite)).toBe(true);
  const bytes = new TextEncoder().encode(serializeSiteMemory(memory)).length;
  console.info(`site memory at caps, ${_name}: ${bytes} bytes (${(bytes / 1e6).toFixed(2)} MB) = ${(bytes / (sites * blocksPerSite)).toFixed(0)} bytes per block × ${blocksPerSite} blocks × ${sites} sites`);
  expect(bytes).toBeLessThan(budget);
});
