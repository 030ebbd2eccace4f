import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import type { CleanOptions, CleanResult } from '../../core/types';
import { HOSTILE_PAYLOADS, hostileArticle } from '../fixtures/hostile/payloads';
import { findExecutableContent } from '../security/executable-content';
import { randomPage, randomSettings } from './arbitraries';

/**
 * The engine's named invariants (README "Security" and the engine contract):
 * 1. never throws — every failure is a result, and never `internal` on any page we can build;
 * 2. never mutates its input;
 * 3. idempotent — cleaning the cleaned article's HTML again removes nothing more of substance;
 * 4. never empties an article Readability kept;
 * 5. never outputs executable content.
 * Each is checked on fixed pages and, with fast-check, on random pages and settings.
 */

const URL = 'https://news.example/2026/11/story';
const REPO = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(REPO, '../shared/corpus');
/** fast-check runs per property; modest so the suite stays quick on two cores. */
export const FUZZ_RUNS = 100;
/** Each run parses and cleans a page (~0.1 s alone, ~1 s on a loaded machine). */
const FUZZ_TIMEOUT_MS = 300_000;

function clean(html: string, options: CleanOptions = {}): { result: CleanResult; before: string; after: string } {
  const dom = new JSDOM(html, { url: URL });
  const doc = dom.window.document;
  const before = doc.documentElement.outerHTML;
  const result = cleanArticle(doc, { url: URL, ...options });
  return { result, before, after: doc.documentElement.outerHTML };
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
const normalise = (text: string) => words(text).join(' ').toLowerCase();

/** The article's blocks of substance (12+ words), as normalised text. */
function substantialBlocks(html: string): string[] {
  const doc = new JSDOM(`<body>${html}`).window.document;
  return Array.from(doc.querySelectorAll('p, li, blockquote, pre, td, h1, h2, h3, h4, figcaption, dd'))
    .filter((block) => !block.querySelector('p, li, blockquote, pre, td'))
    .map((block) => normalise(block.textContent ?? ''))
    .filter((text) => text.split(' ').length >= 12);
}

/**
 * Blocks of substance in the first output that cleaning it again loses. The second pass runs the
 * cleanup (rules and sanitiser) with the Readability step off: Readability itself is not
 * idempotent (on a second pass its sibling scoring can drop a standfirst and its figure, seen on
 * appeals-dev 04), and the invariant is about what *we* remove.
 */
function lostOnSecondPass(first: string, options: CleanOptions = {}): string[] {
  const page = `<!doctype html><html><head><title>Again</title></head><body>${first}</body></html>`;
  const second = clean(page, { ...options, steps: { readability: false } }).result;
  if (!second.ok) return substantialBlocks(first);
  const kept = new Set(substantialBlocks(second.article.contentHtml));
  return substantialBlocks(first).filter((block) => !kept.has(block));
}

function fixturePages(): [string, string][] {
  const pages: [string, string][] = [['plain-article', fs.readFileSync(path.join(REPO, 'tests/fixtures/pages/plain-article.html'), 'utf8')]];
  for (const payload of HOSTILE_PAYLOADS.filter((_, index) => index % 15 === 0)) pages.push([`hostile:${payload.id}`, hostileArticle(payload)]);
  // The shared corpus sits beside the repository in CI; a lone clone tests the fixtures above.
  const seedDir = path.join(CORPUS, 'seed');
  const appealsDir = path.join(CORPUS, 'appeals-dev');
  for (const dir of [seedDir, appealsDir].filter((d) => fs.existsSync(d))) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html')).slice(0, 4)) pages.push([file, fs.readFileSync(path.join(dir, file), 'utf8')]);
  }
  return pages;
}

const PAGES = fixturePages();

describe('engine invariants on fixed pages', () => {
  it.each(PAGES)('never throws and never mutates its input: %s', (_name, html) => {
    let outcome: ReturnType<typeof clean> | undefined;
    expect(() => (outcome = clean(html))).not.toThrow();
    expect(outcome!.result.ok || outcome!.result.error.code !== 'internal').toBe(true);
    expect(outcome!.after).toBe(outcome!.before);
  });

  it.each(PAGES)('idempotent (a second clean removes nothing of substance): %s', (_name, html) => {
    const { result } = clean(html);
    expect(result.ok).toBe(true);
    if (result.ok) expect(lostOnSecondPass(result.article.contentHtml)).toEqual([]);
  });

  it.each(PAGES)('never empties an article Readability kept: %s', (_name, html) => {
    const readabilityAlone = clean(html, { steps: { preclean: false, postclean: false } }).result;
    expect(readabilityAlone.ok).toBe(true);
    const full = clean(html).result;
    expect(full.ok, full.ok ? '' : full.error.message).toBe(true);
    if (full.ok && readabilityAlone.ok) {
      expect(full.article.wordCount).toBeGreaterThan(0);
      // Rules take clutter, never the bulk of the article (the seed page loses ~60%: long appeals).
      expect(full.article.wordCount).toBeGreaterThanOrEqual(readabilityAlone.article.wordCount * 0.25);
    }
  });

  it.each(PAGES)('never outputs executable content: %s', (_name, html) => {
    const { result } = clean(html);
    if (!result.ok) return;
    expect(findExecutableContent(result.article.contentHtml)).toEqual([]);
    for (const removal of result.removed) expect(findExecutableContent(removal.html)).toEqual([]);
  });

  it('the idempotence check can fail: a block a second clean would cut is reported', () => {
    const paragraph = 'This sentence has more than twelve words so that it counts as a block of substance here.';
    const other = 'Another paragraph of the article that stays, because no rule and no phrase matches its words at all.';
    const first = `<div><p>${paragraph}</p><p>${other}</p></div>`;
    expect(lostOnSecondPass(first)).toEqual([]);
    expect(lostOnSecondPass(first, { customPhrases: ['counts as a block of substance'] })).toEqual([normalise(paragraph)]);
  });
});

describe('engine invariants on random pages and settings (fast-check)', () => {
  it(`never throws, never mutates its input, never outputs executable content (${FUZZ_RUNS} random pages)`, () => {
    fc.assert(
      fc.property(randomPage, (html) => {
        const { result, before, after } = clean(html);
        expect(result.ok || result.error.code !== 'internal', result.ok ? '' : result.error.message).toBe(true);
        expect(after).toBe(before);
        if (result.ok) {
          expect(findExecutableContent(result.article.contentHtml)).toEqual([]);
          for (const removal of result.removed) expect(findExecutableContent(removal.html)).toEqual([]);
        }
      }),
      { numRuns: FUZZ_RUNS, seed: 20261124 },
    );
  }, FUZZ_TIMEOUT_MS);

  it(`idempotent on random pages: a second clean keeps every block of substance (${FUZZ_RUNS / 2} random pages)`, () => {
    fc.assert(
      fc.property(randomPage, (html) => {
        const { result } = clean(html);
        if (!result.ok || result.article.wordCount < 100) return; // too little to be an article twice
        expect(lostOnSecondPass(result.article.contentHtml)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS / 2, seed: 20261125 },
    );
  }, FUZZ_TIMEOUT_MS);

  it(`random settings never break the engine; an invalid selector is named (${FUZZ_RUNS} settings)`, () => {
    const page = fs.readFileSync(path.join(REPO, 'tests/fixtures/pages/plain-article.html'), 'utf8');
    const dom = new JSDOM(page, { url: URL });
    fc.assert(
      fc.property(randomSettings, (settings) => {
        const result = cleanArticle(dom.window.document, { url: URL, ...settings });
        if (!result.ok) {
          expect(result.error.code).not.toBe('internal');
          if (result.error.code === 'invalid-option') {
            expect(settings.customSelectors).toContain(result.error.entry);
            expect(result.error.message).toContain(`“${result.error.entry}”`);
          }
          return;
        }
        expect(findExecutableContent(result.article.contentHtml)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS, seed: 20261126 },
    );
  }, FUZZ_TIMEOUT_MS);
});
