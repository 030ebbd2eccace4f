import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanHtmlPage, yieldToEventLoop } from '../../cli/clean-page';
import { readHtmlInput } from '../../cli/read-input';
import { createSiteMemory, learn, SITE_MEMORY_LIMITS, siteKeyOf, siteMemoryView } from '../../core/site-memory/index';
import { fingerprintText } from '../../core/text/fingerprint';
import type { CleanOptions, CleanResult } from '../../core/types';
import { type AnnotatedPage, findCorpusDir, listAnnotatedPages, matchesFileFilter, repoRoot } from './corpus';
import { removalHolding } from './reference-blocks';
import { addCounts, type Counts, emptyCounts, scorePage } from './score';

/**
 * The site-memory pass of the quality benchmark. Pages are grouped by site (registrable domain)
 * and visited in a fixed order (by file name): first every page is cleaned with the memory and
 * learned, then every page is scored with the memory of its whole site, so each page is scored
 * only after the *other* pages of its site were seen (a page never counts itself). The same pages
 * are also scored by the engine without memory, so the two columns differ only by the memory.
 */

/** An annotated page (corpus or own fixture) plus what its reader chose to keep. */
export interface MemoryPage {
  name: string;
  path: string;
  url: string | null;
  with: string[];
  without: string[];
  /** Block texts the reader chose to "always keep" (own fixtures only; the corpus has none). */
  keep: string[];
}

export function memoryPageOf(page: AnnotatedPage): MemoryPage {
  return { name: page.name, path: page.path, url: page.url, with: page.with, without: page.without, keep: [] };
}

export interface SnippetChange {
  page: string;
  text: string;
  /** The removal that took a lost `with` snippet (null for a gained `without`). */
  reason: string | null;
}

export interface SiteMemoryReport {
  label: string;
  pages: number;
  /** Pages with no http(s) address (trafilatura's `hard::` keys): no site, so never affected. */
  pagesWithoutSite: number;
  sites: number;
  /** Sites with ≥ 3 pages: only there can a block be seen on two *other* articles. */
  sitesWithThreePages: number;
  pagesOnSuchSites: number;
  without: Counts;
  withMemory: Counts;
  /** Blocks the memory removed, over all pages. */
  removals: number;
  /** `without` snippets the memory took out, and `with` snippets it lost. */
  gained: SnippetChange[];
  lost: SnippetChange[];
  /** Serialised size of the memory after learning every page. */
  memoryBytes: number;
  failed: number;
}

/**
 * Runs the pass over trafilatura-dev (when present and `withCorpus`) and over the own fixtures,
 * filtered by `--file`.
 */
export async function runSiteMemoryBench(files: readonly string[], withCorpus = true, multiPageSitesOnly = false): Promise<SiteMemoryReport[]> {
  const reports: SiteMemoryReport[] = [];
  const corpusDir = withCorpus ? findCorpusDir() : null;
  const corpus = corpusDir ? listAnnotatedPages(corpusDir, 'trafilatura-dev').filter((page) => matchesFileFilter(page.name, files)) : [];
  const pages = multiPageSitesOnly ? onSitesWithThreePages(corpus.map(memoryPageOf)) : corpus.map(memoryPageOf);
  if (pages.length) reports.push(await runSiteMemoryPass(multiPageSitesOnly ? 'trafilatura-dev, sites with ≥ 3 pages only' : 'trafilatura-dev', pages));
  const fixtures = listMemoryFixturePages(repoRoot()).filter((page) => matchesFileFilter(page.name, files));
  if (fixtures.length) reports.push(await runSiteMemoryPass('tests/fixtures/site-memory (one invented site, 5 articles)', fixtures));
  return reports;
}

function onSitesWithThreePages(pages: MemoryPage[]): MemoryPage[] {
  const count = new Map<string, number>();
  const siteOf = (page: MemoryPage) => (page.url ? siteKeyOf(page.url) : null);
  for (const page of pages) {
    const site = siteOf(page);
    if (site) count.set(site, (count.get(site) ?? 0) + 1);
  }
  return pages.filter((page) => (count.get(siteOf(page) ?? '') ?? 0) >= 3);
}

/** The invented site of tests/fixtures/site-memory, as annotated pages. */
export function listMemoryFixturePages(root: string): MemoryPage[] {
  const dir = join(root, 'tests', 'fixtures', 'site-memory');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((site) =>
      readdirSync(join(dir, site.name))
        .filter((file) => file.endsWith('.html'))
        .sort()
        .map((file) => {
          const annotation = JSON.parse(readFileSync(join(dir, site.name, file.replace(/\.html$/, '.json')), 'utf8')) as { url: string; with: string[]; without: string[]; keep?: string[] };
          return { name: `site-memory/${site.name}/${file}`, path: join(dir, site.name, file), url: annotation.url, with: annotation.with, without: annotation.without, keep: annotation.keep ?? [] };
        }),
    );
}

export async function runSiteMemoryPass(label: string, pages: readonly MemoryPage[]): Promise<SiteMemoryReport> {
  const ordered = [...pages].sort((a, b) => a.name.localeCompare(b.name));
  const bySite = new Map<string, number>();
  for (const page of ordered) {
    const site = page.url ? siteKeyOf(page.url) : null;
    if (site) bySite.set(site, (bySite.get(site) ?? 0) + 1);
  }
  const report: SiteMemoryReport = {
    label,
    pages: ordered.length,
    pagesWithoutSite: ordered.filter((page) => !page.url || !siteKeyOf(page.url)).length,
    sites: bySite.size,
    sitesWithThreePages: [...bySite.values()].filter((n) => n >= 3).length,
    pagesOnSuchSites: [...bySite.values()].filter((n) => n >= 3).reduce((a, b) => a + b, 0),
    without: emptyCounts(),
    withMemory: emptyCounts(),
    removals: 0,
    gained: [],
    lost: [],
    memoryBytes: 0,
    failed: 0,
  };

  // A block is removed once seen on two *other* articles, so only sites with three or more pages
  // can differ: elsewhere the memory cannot remove anything, and the with-memory run is the plain
  // run exactly. Those pages are cleaned once, which keeps the pass near the cost of one run.
  const learnable = (page: MemoryPage) => page.url !== null && (bySite.get(siteKeyOf(page.url) ?? '') ?? 0) >= 3;
  const memory = createSiteMemory();
  // Pass 1: visit every page of those sites in order, learning as the extension does after each clean.
  for (const page of ordered.filter(learnable)) {
    const result = await cleanPage(page, { siteMemory: siteMemoryView(memory), site: { keep: page.keep.map(fingerprintText) } });
    if (result && page.url) learn(memory, page.url, result);
    await yieldToEventLoop();
  }
  report.memoryBytes = new TextEncoder().encode(JSON.stringify(memory)).length;

  // Pass 2: score each page with and without the memory of its whole site (the memory is frozen).
  const view = siteMemoryView(memory);
  let done = 0;
  for (const page of ordered) {
    const keep = { site: { keep: page.keep.map(fingerprintText) } };
    const plain = await cleanPage(page, keep);
    const remembered = learnable(page) ? await cleanPage(page, { ...keep, siteMemory: view }) : plain;
    if (!plain || !remembered) report.failed++;
    const before = scorePage(plain?.ok ? plain.article.textContent : '', page.with, page.without);
    const after = scorePage(remembered?.ok ? remembered.article.textContent : '', page.with, page.without);
    report.without = addCounts(report.without, before.counts);
    report.withMemory = addCounts(report.withMemory, after.counts);
    report.removals += remembered?.removed.filter((removal) => removal.kind === 'site-memory').length ?? 0;
    for (const text of before.leftIn.filter((snippet) => !after.leftIn.includes(snippet))) report.gained.push({ page: page.name, text, reason: null });
    const removedTexts = new Map<string, string>();
    for (const text of after.lost.filter((snippet) => !before.lost.includes(snippet))) {
      const removal = remembered ? removalHolding(text, remembered.removed, removedTexts) : null;
      report.lost.push({ page: page.name, text, reason: removal ? `${removal.rule}: ${removal.reason}` : null });
    }
    if (++done % 50 === 0) process.stderr.write(`site memory (${label}): ${done}/${ordered.length} pages scored\n`);
    await yieldToEventLoop();
  }
  return report;
}

async function cleanPage(page: MemoryPage, options: CleanOptions): Promise<CleanResult | null> {
  const input = await readHtmlInput(page.path);
  if (!input.ok) return null;
  return cleanHtmlPage(input.html, page.url ?? undefined, { ...options, url: page.url ?? undefined }).result;
}

/** The caps the extension uses, for the report's storage line. */
export function siteMemoryCapsLine(): string {
  const { sites, blocksPerSite, articlesPerBlock, previewChars } = SITE_MEMORY_LIMITS;
  return `caps: ${sites} sites × ${blocksPerSite} blocks, ${articlesPerBlock} article keys and a ${previewChars}-character preview per block`;
}
