import { describe, expect, test } from 'vitest';
import { createSiteMemory, learn, siteMemoryView } from '../../core/site-memory/index';
import { fingerprintText } from '../../core/text/fingerprint';
import { clean, flatText, millbrookPages } from '../site-memory/helpers';

// The rule on the invented Millbrook Ledger (tests/fixtures/site-memory): five articles sharing an
// appeal, a sponsor line and a promo in wording no generic rule knows, a bio on three of them, a
// disclosure the user keeps, and — on the water-works series — a quote and a long background
// paragraph that repeat but are the article's own. Each page is cleaned after the other four were
// learned, as the benchmark does.
const pages = millbrookPages();
const memory = createSiteMemory();
for (const page of pages) learn(memory, page.url, clean(page.html, page.url, { siteMemory: siteMemoryView(memory) }));

describe.each(pages.map((page) => [page.name, page] as const))('site-memory on %s', (_name, page) => {
  const keep = page.keep.map(fingerprintText);
  const withMemory = flatText(clean(page.html, page.url, { siteMemory: siteMemoryView(memory), site: { keep } }));
  const withoutMemory = flatText(clean(page.html, page.url));

  test.each(page.without.map((snippet) => [snippet]))('strips “%s”', (snippet) => {
    expect(withMemory).not.toContain(snippet);
  });

  test.each(page.with.map((snippet) => [snippet]))('keeps “%s”', (snippet) => {
    expect(withMemory).toContain(snippet);
  });

  test('the site\'s boilerplate survives the generic rules (so this test can fail without the memory)', () => {
    expect(page.without.some((snippet) => withoutMemory.includes(snippet))).toBe(true);
  });
});

test('without "always keep", the recurring disclosure is removed as repeated', () => {
  const page = pages[0]!;
  const result = clean(page.html, page.url, { siteMemory: siteMemoryView(memory) });
  const disclosure = page.keep[0]!;
  expect(flatText(result)).not.toContain(disclosure);
  expect(result.removed.find((r) => r.fingerprint === fingerprintText(disclosure))?.reason).toMatch(/^Repeated on this site \(seen on \d+( or more)? other articles\)$/);
});

test('the rule does nothing without a memory', () => {
  const page = pages[0]!;
  expect(clean(page.html, page.url).removed.filter((r) => r.rule === 'site-memory')).toEqual([]);
});
