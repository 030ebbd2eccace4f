import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { textLength } from '../../core/prose';

/**
 * `textLength` is the length of an element's text with runs of ASCII whitespace and no-break
 * spaces collapsed to one space and trimmed; other Unicode spaces (U+3000, U+2009) count as
 * characters. It is computed without building the collapsed string by hand, so it is checked here
 * against the definition, written as the plain character loop it replaced.
 */
function byDefinition(text: string): number {
  let n = 0;
  let space = true;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code === 32 || (code >= 9 && code <= 13) || code === 160) {
      if (!space) n++;
      space = true;
    } else {
      n += char.length;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

const doc = new JSDOM('<!doctype html><body></body>').window.document;
function lengthOf(text: string): number {
  const p = doc.createElement('p');
  p.textContent = text;
  return textLength(p);
}

describe('textLength', () => {
  test.each([
    ['plain words', 'one two', 7],
    ['a run of spaces and newlines counts once', 'one \n\t  two', 7],
    ['no-break spaces collapse like spaces', 'one\u00a0\u00a0two', 7],
    ['the ends do not count', '\n  one  \r\n', 3],
    ['other Unicode spaces are characters', '\u3000one\u2009', 5],
    ['only whitespace is empty', ' \n\u00a0 ', 0],
  ])('%s', (_name, text, expected) => {
    expect(lengthOf(text)).toBe(expected);
  });

  test('agrees with the definition on every short mix of letters and whitespace', () => {
    const alphabet = ['a', ' ', '\n', '\t', '\r', '\u000b', '\u000c', '\u00a0', '\u2009', '\u3000', '\ufeff'];
    let level = [''];
    for (let length = 1; length <= 4; length++) {
      level = level.flatMap((s) => alphabet.map((c) => s + c));
      for (const s of level) expect(lengthOf(s), JSON.stringify(s)).toBe(byDefinition(s));
    }
  });
});
