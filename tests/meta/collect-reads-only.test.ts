import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import { RULES } from '../../core/rules/index';
import type { CleanupRule } from '../../core/rules/rule';
import { createSiteMemory, learn, siteMemoryView } from '../../core/site-memory/index';

/*
 * The contract the element index rests on (core/element-index.ts): while a rule collects it only
 * reads the tree; every change goes through removeCandidates, which tells the index first. Each
 * rule's `collect` runs here under a MutationObserver, on every rule fixture, the plain article,
 * the seed page (when ../shared is there), with the options that switch the user rules and site memory on.
 */

const FIXTURES = join(__dirname, '../fixtures');
const CORPUS = join(__dirname, '../../../shared/corpus');

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const pages = [
  ...htmlFiles(join(FIXTURES, 'rules')),
  ...htmlFiles(join(FIXTURES, 'site-memory')),
  join(FIXTURES, 'pages/plain-article.html'),
  ...htmlFiles(join(CORPUS, 'seed')),
];

/** Every mutation a rule's `collect` made, by rule id; the rule still runs as it would. */
function watchCollects(rules: readonly CleanupRule[]): Map<string, string[]> {
  const mutations = new Map<string, string[]>();
  for (const rule of rules) {
    const collect = rule.collect.bind(rule);
    vi.spyOn(rule, 'collect').mockImplementation((root, ctx) => {
      const win = root.ownerDocument.defaultView ?? new JSDOM('').window;
      const observer = new win.MutationObserver(() => undefined);
      observer.observe(root.ownerDocument, { subtree: true, childList: true, attributes: true, characterData: true });
      try {
        return collect(root, ctx);
      } finally {
        const records = observer.takeRecords();
        observer.disconnect();
        if (records.length) {
          const seen = mutations.get(rule.id) ?? [];
          seen.push(...records.map((record) => `${record.type} on <${(record.target as Element).localName ?? '#text'}>`));
          mutations.set(rule.id, seen);
        }
      }
    });
  }
  return mutations;
}

const clean = (html: string, url: string, memory = createSiteMemory()) =>
  cleanArticle(new JSDOM(html, { url }).window.document, {
    url,
    customPhrases: ['support our journalism', 'sign up'],
    customSelectors: ['.newsletter', 'aside'],
    siteMemory: siteMemoryView(memory),
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('rules only read the tree while they collect', () => {
  test('the pages are there', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test('no rule changes the tree in collect, on any page', () => {
    const mutations = watchCollects(RULES);
    const memory = createSiteMemory();
    for (const file of pages) {
      const url = `https://news.example/${file.split('/').slice(-2).join('/')}`;
      const result = clean(readFileSync(file, 'utf8'), url, memory);
      // Site memory learns as it goes, so later pages exercise its rule too.
      if (result.ok) learn(memory, url, result);
    }
    expect(Object.fromEntries(mutations)).toEqual({});
    expect(RULES.every((rule) => vi.mocked(rule.collect).mock.calls.length > 0)).toBe(true);
  }, 120_000);

  test('the check sees a rule that changes the tree while collecting', () => {
    const planted: CleanupRule = { ...RULES.find((rule) => rule.phase === 'post')! };
    const collect = planted.collect.bind(planted);
    planted.collect = (root, ctx) => {
      root.querySelector('p')?.setAttribute('data-seen', '1');
      return collect(root, ctx);
    };
    const mutations = watchCollects([planted]);
    const doc = new JSDOM('<article><p>One paragraph.</p></article>').window.document;
    planted.collect(doc.body, {} as never);
    expect(mutations.get(planted.id)).toEqual(['attributes on <p>']);
  });
});
