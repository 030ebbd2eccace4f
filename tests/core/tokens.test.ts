import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { elementTokens, rawNames, splitName, tokenHint, tokenizeNames, tokenPattern } from '../../core/tokens';

describe('splitName', () => {
  test.each([
    ['mostReadList', 'most read list'],
    ['Newsletter_box__a1b2', 'newsletter box a b'],
    ['c-most-read', 'c most read'],
    ['has-share-buttons', ''],
    ['tag-newsletter', ''],
  ])('%s → “%s”', (name, words) => {
    expect(splitName(name)).toBe(words);
  });
});

describe('tokenPattern matches whole words only', () => {
  const promo = tokenPattern(['search', 'share', 'most read']);
  test.each([
    ['researchgate', false],
    ['shareholders-box', false],
    ['site-search', true],
    ['post-share', true],
    ['c-most-read', true],
    ['most widget read', false],
    ['most | read', false],
  ])('%s → %s', (classes, expected) => {
    expect(promo.test(tokenizeNames(classes))).toBe(expected);
  });
});

describe('elementTokens skips a heading anchor spelled from the heading’s own words', () => {
  const markedAsPromo = (html: string) => / (?:newsletter|promotion) /.test(elementTokens(new JSDOM(html).window.document.querySelector('[data-target]')!));
  test.each([
    ['a wiki section heading', '<h3><span data-target id="Eich_CEO_promotion_controversy">Eich CEO promotion controversy</span></h3>', false],
    ['a heading with its slug id', '<h2 data-target id="why-the-newsletter-changed-hands">Why the newsletter changed hands</h2>', false],
    ['a short id on a heading stays a marker', '<h2 data-target id="newsletter">Newsletter</h2>', true],
    ['a slug id whose words the heading does not say', '<h2 data-target id="newsletter-promo-title">Get the weekly digest</h2>', true],
    ['a container whose id repeats its title', '<div data-target id="newsletter-sign-up-now"><h2>Newsletter sign up now</h2><p>Every Friday.</p></div>', true],
  ])('%s', (_name, html, marked) => {
    expect(markedAsPromo(html)).toBe(marked);
  });
});

describe('tokenHint never misses an element tokenPattern would match', () => {
  const words = ['newsletter', 'sign up', 'most read', 'share', 'a2a kit', 'cmp', 'cookie'];
  const pattern = tokenPattern(words);
  const hint = tokenHint(words);
  const pieces = ['news', 'letter', 'Newsletter', 'NEWSLETTER', 'sign', 'Up', 'up', 'most', 'Read', 'share', 'Share', 'SHARE', 'a2a', 'kit', 'cmp', 'has', 'tag', 'coo\u212Aie', 'İ', 'x', '-', '_', ':', '.', '/', '1', ' ', '  '];
  const value = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(''));

  test('for any class, id and role built from list words, camel humps, separators and digits', () => {
    const { document } = new JSDOM('').window;
    fc.assert(
      fc.property(value, value, value, (cls, id, role) => {
        const el = document.createElement('div');
        if (cls) el.setAttribute('class', cls);
        if (id) el.setAttribute('id', id);
        if (role) el.setAttribute('role', role);
        if (pattern.test(elementTokens(el))) expect(hint.test(rawNames(el))).toBe(true);
      }),
      { numRuns: 2000, seed: 1 },
    );
  });

  test('a class with none of the words is not split', () => {
    const el = new JSDOM('<div class="c-headline story__title" id="main-7" role="region"></div>').window.document.querySelector('div')!;
    expect(hint.test(rawNames(el))).toBe(false);
    el.setAttribute('class', 'c-headline mostRead');
    expect(hint.test(rawNames(el))).toBe(true);
  });
});
