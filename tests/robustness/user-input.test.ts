import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile, serializeSettings } from '../../utils/settings-io';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';

/**
 * The reader's own input at extreme sizes and shapes: thousands of phrases and selectors, invalid
 * selectors, and hostile settings files. Times go to test-artifacts/user-input.json (not asserted
 * in ms: they depend on the machine); the relative cost of 10,000 phrases is asserted loosely.
 */

const URL = 'https://news.example/2026/11/phrases';
const REPO = path.resolve(import.meta.dirname, '../..');
const PAGE = fs.readFileSync(path.join(REPO, 'tests/fixtures/pages/plain-article.html'), 'utf8');
const times: Record<string, number> = {};

function timed(name: string, run: () => ReturnType<typeof cleanArticle>) {
  const start = performance.now();
  const result = run();
  times[name] = Math.round(performance.now() - start);
  console.log(`[user-input] ${name}: ${times[name]} ms`);
  return result;
}

/** Distinct phrases no article contains (so all 10,000 are checked against every block). */
const manyPhrases = (count: number) => Array.from({ length: count }, (_, i) => `qr unlikely phrase number ${i} zx`);

afterAll(() => {
  fs.mkdirSync('test-artifacts', { recursive: true });
  fs.writeFileSync(path.join('test-artifacts', 'user-input.json'), `${JSON.stringify(times, null, 2)}\n`);
});

describe('thousands of phrases and selectors stay fast', () => {
  it('10,000 custom phrases: the page still cleans, and one phrase among them still removes its block', () => {
    const doc = new JSDOM(PAGE, { url: URL }).window.document;
    const baseline = timed('no custom phrases', () => cleanArticle(doc, { url: URL }));
    expect(baseline.ok).toBe(true);
    if (!baseline.ok) return;
    // A phrase from one paragraph of the article, hidden among 9,999 others.
    const paragraph = new JSDOM(baseline.article.contentHtml).window.document.querySelector('p')!.textContent.trim();
    const phrase = paragraph.split(/\s+/).slice(0, 6).join(' ');
    const phrases = [...manyPhrases(9_999), phrase];
    const result = timed('10,000 custom phrases', () => cleanArticle(doc, { url: URL, customPhrases: phrases }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.removed.some((removal) => removal.rule === 'custom-phrases' && removal.preview.startsWith(phrase.slice(0, 20)))).toBe(true);
    expect(result.article.textContent).not.toContain(paragraph);
  }, 120_000);

  it('1,000 valid custom selectors clean the page', () => {
    const doc = new JSDOM(PAGE, { url: URL }).window.document;
    const selectors = Array.from({ length: 1000 }, (_, i) => `.qr-never-used-${i}, [data-never-${i}] > p`);
    const result = timed('1,000 custom selectors', () => cleanArticle(doc, { url: URL, customSelectors: selectors }));
    expect(result.ok).toBe(true);
  }, 120_000);
});

describe('invalid selectors are rejected with a message naming the entry', () => {
  it.each([':not(', 'div[', '>>> p', 'p:has(', '#', '   '])('%j among valid ones', (bad) => {
    const doc = new JSDOM(PAGE, { url: URL }).window.document;
    const result = cleanArticle(doc, { url: URL, customSelectors: ['aside', '.promo', bad, 'footer'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-option');
    expect(result.error.entry).toBe(bad);
    expect(result.error.message).toContain(`“${bad}”`);
  });

  it('a per-site selector is checked the same way', () => {
    const doc = new JSDOM(PAGE, { url: URL }).window.document;
    const result = cleanArticle(doc, { url: URL, site: { selectors: ['div['] } });
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid-option', entry: 'div[' });
  });
});

describe('hostile settings files change nothing and say why', () => {
  const valid = serializeSettings({ preferences: DEFAULT_PREFERENCES, siteRules: {} });

  it.each([
    ['not JSON', '{"app": "quiet-reader", '],
    ['a JSON array', '[1, 2, 3]'],
    ['JSON null', 'null'],
    ['__proto__ at the top', valid.replace('{', '{"__proto__": {"polluted": true},')],
    ['constructor.prototype nested', valid.replace('"preferences": {', '"preferences": {"constructor": {"prototype": {"polluted": true}},')],
    ['prototype key', valid.replace('{', '{"prototype": {"polluted": true},')],
  ])('%s', (_name, text) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file over the size cap is refused before it is parsed', () => {
    const result = parseSettingsFile('x', MAX_SETTINGS_FILE_BYTES + 1);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/too large to be a Quiet Reader settings file/);
  });

  it('random JSON (fast-check, 200 files) never throws, never pollutes prototypes, and is refused with a reason', () => {
    const withProtoKeys = fc.jsonValue().map((value) => JSON.stringify({ app: 'quiet-reader', version: 2, preferences: value, ['__proto__']: value }));
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), withProtoKeys), (text) => {
        const result = parseSettingsFile(text);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        if (!result.ok) expect(result.error).toBeTypeOf('string');
      }),
      { numRuns: 200, seed: 20261127 },
    );
  });
});
