import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import type { CleanOptions } from '../../core/types';

// Selectors are written against the page as the reader sees it in the browser, classes and all;
// Readability drops class attributes, so the rule runs before it (phase "pre").
const PAGE = `<!doctype html><html lang="en"><head><title>Night trains return to the valley | Alpenpost</title></head><body>
<article class="story"><h1>Night trains return to the valley</h1><div class="story-body">
<p>For the first time since 2009, a sleeper train will stop in Brunnhof this winter. The operator confirmed on Monday that the Vienna–Amsterdam service will add the stop from December.</p>
<p class="teaser-box">Members get 20% off every ticket shop order this month.</p>
<p>Local hotels had campaigned for the stop for years. The town's tourism office expects about 4,000 extra overnight guests a season, mostly families from the Netherlands.</p>
<div data-widget="weather"><p>Brunnhof today: 4°C, light snow in the afternoon and evening.</p></div>
<p>The train will arrive at 7:12 in the morning, in time for the first lifts, and leave again at 21:40. Tickets go on sale in September, with couchettes from €59.</p>
<p>The stop is a trial for two winters. If fewer than 60 passengers a night use it, the operator says it will drop Brunnhof again.</p>
</div></article></body></html>`;

function clean(options: CleanOptions) {
  const dom = new JSDOM(PAGE, { url: 'https://alpenpost.example/night-train/' });
  const result = cleanArticle(dom.window.document, { url: 'https://alpenpost.example/night-train/', ...options });
  dom.window.close();
  return result;
}

function text(options: CleanOptions): string {
  const result = clean(options);
  if (!result.ok) throw new Error(result.error.message);
  return result.article.textContent.replace(/\s+/g, ' ');
}

describe('custom-selectors', () => {
  test.each([
    // [selector, text that goes, text that stays]
    ['.teaser-box', 'Members get 20% off', 'For the first time since 2009'],
    ['div[data-widget="weather"]', 'light snow in the afternoon', 'Tickets go on sale in September'],
    ['.story-body > p:nth-of-type(2)', 'Members get 20% off', 'Local hotels had campaigned'],
  ])('%s removes “%s” and keeps “%s”', (selector, strip, keep) => {
    expect(text({ skip: ['custom-selectors'], customSelectors: [selector] })).toContain(strip);
    const cleaned = text({ customSelectors: [selector] });
    expect(cleaned).not.toContain(strip);
    expect(cleaned).toContain(keep);
  });

  test('the site’s selectors count too', () => {
    expect(text({ site: { selectors: ['.teaser-box'] } })).not.toContain('Members get 20% off');
  });

  test('each removal is recorded with its selector', () => {
    const result = clean({ customSelectors: ['.teaser-box'] });
    expect(result.removed.find((r) => r.rule === 'custom-selectors')).toMatchObject({ kind: 'custom', step: 'preclean', reason: 'Matches your selector “.teaser-box”' });
  });

  test('a selector that matches the whole article leaves it in place', () => {
    expect(text({ customSelectors: ['article'] })).toContain('The stop is a trial for two winters.');
  });

  test('an invalid selector is refused with its name, not thrown', () => {
    const result = clean({ customSelectors: ['p:::nope'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-option', entry: 'p:::nope' } });
  });
});
