import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { elementTokens, splitName, tokenizeNames, tokenPattern } from '../../core/tokens';

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
