import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanArticle } from '../../core';
import { CHARACTERS_PER_MINUTE, countText, WORDS_PER_MINUTE } from '../../core/text/reading-time';

const fixtures = path.resolve('tests/fixtures/languages');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
/** Words a reader separates by spaces (or by nothing, in the unspaced scripts the tests check separately). */
const spacedWords = (text: string) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
const characters = (text: string, script: RegExp) => text.match(script)?.length ?? 0;
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/gu;

describe('countText: words by Intl.Segmenter, time by words or characters', () => {
  it('German: one word per spaced word (numbers with separators and compounds stay whole)', () => {
    const text = read('de.txt');
    const count = countText(text, 'de');
    expect(count.words).toBe(spacedWords(text));
    expect(count.readingMinutes).toBe(Math.max(1, Math.round(count.words / WORDS_PER_MINUTE)));
    expect(countText('Rund 20.000 Bücher, 3,5 Kilometer: Hausaufgabenhilfe.', 'de').words).toBe(6);
  });

  it('Arabic: one word per spaced word, read at the word rate', () => {
    const text = read('ar.txt');
    const count = countText(text, 'ar');
    expect(count.words).toBe(spacedWords(text));
    expect(count.readingMinutes).toBe(1);
  });

  it('Korean: written with spaces, so one word per spaced word, at the word rate', () => {
    const text = read('ko.txt');
    const count = countText(text, 'ko');
    // The segmenter splits "1926년" into the number and its counter: one more than the spaced words.
    expect(count.words).toBeGreaterThanOrEqual(spacedWords(text));
    expect(count.words).toBeLessThanOrEqual(spacedWords(text) + 2);
    expect(countText('바닷가 마을의 작은 도서관', 'ko').words).toBe(4);
  });

  it('Thai: no spaces between words, but the segmenter finds them (the old regex broke words at vowel marks)', () => {
    const text = read('th.txt');
    const count = countText(text, 'th');
    expect(spacedWords(text)).toBeLessThan(25);
    expect(count.words).toBeGreaterThan(180);
    expect(countText('ภาษาไทย', 'th').words).toBe(2); // ภาษา "language" + ไทย "Thai"
    expect(countText('เมืองชายทะเล', 'th').words).toBe(2); // เมือง "town" + ชายทะเล "seaside"; the regex made "เม" + "องชายทะเล"
    expect(count.readingMinutes).toBe(Math.max(1, Math.round(count.words / WORDS_PER_MINUTE)));
  });

  it('Chinese: many words without a space, time by characters', () => {
    const text = read('zh.txt');
    const count = countText(text, 'zh');
    expect(spacedWords(text)).toBeLessThan(5);
    expect(count.words).toBeGreaterThan(150);
    expect(countText('北浜镇的小图书馆', 'zh').words).toBeGreaterThanOrEqual(3);
    expect(count.readingMinutes).toBe(Math.max(1, Math.round(characters(text, HAN_KANA) / CHARACTERS_PER_MINUTE)));
  });

  it('Japanese: the body of a 1,900-character article is a 3-minute read, not 1', () => {
    const html = read('ja-article.html');
    const text = Array.from(html.matchAll(/<p>(.*?)<\/p>/g), (match) => match[1]).join('\n');
    const count = countText(text, 'ja');
    const kanaAndHan = characters(text, HAN_KANA);
    expect(kanaAndHan).toBeGreaterThan(1700);
    expect(count.words).toBeGreaterThan(1000);
    expect(count.readingMinutes).toBe(Math.round(kanaAndHan / CHARACTERS_PER_MINUTE));
    expect(count.readingMinutes).toBe(3);
  });

  it('mixed text: Latin words at the word rate plus Japanese characters at the character rate', () => {
    const english = Array.from({ length: 230 }, () => 'word').join(' ');
    const japanese = 'あ'.repeat(500);
    expect(countText(`${english} ${japanese}`, 'ja').readingMinutes).toBe(2);
  });

  it('a language tag the platform refuses, or none, still counts', () => {
    expect(countText('Three little words', 'english!!').words).toBe(3);
    expect(countText('Three little words', null).words).toBe(3);
    expect(countText('', 'en')).toEqual({ words: 0, readingMinutes: 1 });
  });
});

describe('the engine reports the same numbers', () => {
  it('a Japanese article: wordCount from the segmenter and a reading time by characters', () => {
    const dom = new JSDOM(read('ja-article.html'), { url: 'https://kitahama.example/library' });
    const result = cleanArticle(dom.window.document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.lang).toBe('ja');
    // The title and the body: 4 minutes (230 words a minute made it 1).
    expect(result.article).toMatchObject({ wordCount: countText(result.article.textContent, 'ja').words, readingMinutes: 4 });
  });
});

describe('long texts are segmented in pieces without changing the count', () => {
  it('the same words in a 60,000-character text as the sum of its paragraphs', () => {
    const paragraphs = [read('de.txt'), read('zh.txt'), read('ja-article.html').replace(/<[^>]+>/g, ' '), read('th.txt')];
    const long = Array.from({ length: 12 }, () => paragraphs.join('\n')).join('\n');
    expect(long.length).toBeGreaterThan(50_000);
    const sum = paragraphs.reduce((total, text) => total + countText(text).words, 0) * 12;
    // A piece may end inside an unspaced word only when 1,000 characters hold no space or
    // sentence end; these texts always have one, so the counts match exactly.
    expect(countText(long).words).toBe(sum);
  });
});
