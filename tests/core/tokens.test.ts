import { describe, expect, test } from 'vitest';
import { splitName, tokenizeNames, tokenPattern } from '../../core/tokens';

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
