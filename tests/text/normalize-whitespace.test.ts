import { describe, expect, test } from 'vitest';
import { countWords, foldText, normalizeWhitespace } from '../../core/text/normalize';

/**
 * `normalizeWhitespace` replaces only what needs replacing (runs of two or more, and single
 * whitespace other than a space); the result must be the plain definition's: every run of `\s`
 * becomes one space, and the ends are trimmed.
 */
const byDefinition = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('normalizeWhitespace', () => {
  test.each([
    ['single spaces stay', 'one two three', 'one two three'],
    ['a run of spaces becomes one', 'one   two', 'one two'],
    ['a single newline, tab or no-break space becomes a space', 'one\ntwo\tthree\u00a0four', 'one two three four'],
    ['a mixed run becomes one space', 'Share on Facebook \n\t  Share on X', 'Share on Facebook Share on X'],
    ['the ends are trimmed', ' \n  padded\u3000 ', 'padded'],
    ['only whitespace gives nothing', ' \r\n\t\u2028 ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeWhitespace(input)).toBe(expected);
  });

  test('agrees with the plain definition on every short mix of letters and whitespace', () => {
    // All strings of up to four characters over a small alphabet: every shape of run and edge.
    const alphabet = ['a', ' ', '\n', '\t', '\u00a0', '\u2009', '\r', '\u3000', '\ufeff'];
    let level = [''];
    for (let length = 1; length <= 4; length++) {
      level = level.flatMap((s) => alphabet.map((c) => s + c));
      for (const s of level) expect(normalizeWhitespace(s), JSON.stringify(s)).toBe(byDefinition(s));
    }
  });

  test('foldText lower-cases the normalized text', () => {
    expect(foldText('  Before\n\nYou  GO ')).toBe('before you go');
  });
});

describe('countWords', () => {
  const byDefinition = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

  test.each([
    ['words in any script', 'Über 3 Brücken — 東京 and l’été', 6],
    ['hyphens and apostrophes stay inside a word', "state-of-the-art isn't one", 3],
    ['no letters, no words', ' — … ', 0],
  ])('%s', (_name, text, words) => {
    expect(countWords(text)).toBe(words);
    expect(countWords(text)).toBe(byDefinition(text));
  });

  test('stops at atMost, and counts all when there are fewer', () => {
    expect(countWords('one two three four five', 3)).toBe(3);
    expect(countWords('one two', 12)).toBe(2);
    // A stopped count leaves nothing behind for the next one.
    expect(countWords('one two three four five')).toBe(5);
  });
});
