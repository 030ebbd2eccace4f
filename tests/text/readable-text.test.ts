import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../core';
import { readableText } from '../../core/text/block-text';

const body = (html: string) => new JSDOM(`<!doctype html><body>${html}`).window.document.body;

describe('readableText: the text as a reader sees it', () => {
  test('a block boundary reads as a space, inline markup does not', () => {
    expect(readableText(body('<p>Before you go</p><div>Independent <b>press</b>ure</div>'))).toBe(' Before you go  Independent pressure ');
  });

  test('soft hyphens are gone, so a hyphenation hint does not split the word', () => {
    expect(readableText(body('<p>Die Bundes\u00ADregierung be\u00ADschloss</p>'))).toBe(' Die Bundesregierung beschloss ');
  });
});

describe("the article's plain text and its HTML", () => {
  const prose = Array.from({ length: 6 }, (_, i) => `<p>Die Bundes\u00ADregierung beschloss am Dienstag den ${i + 1}. Teil eines Gesetzes, das die Förderung von Wärmepumpen und Fernwärme in den kommenden Jahren neu regelt und den Kommunen mehr Zeit lässt.</p>`).join('');
  const doc = new JSDOM(`<!doctype html><html lang="de"><head><title>Wärme</title></head><body><article><h1>Wärme</h1>${prose}</article></body></html>`, { url: 'https://zeitung.example/politik/waerme' }).window.document;
  const result = cleanArticle(doc, { url: 'https://zeitung.example/politik/waerme' });

  test('plain text has no soft hyphen; the HTML keeps them for line breaking', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.textContent).toContain('Die Bundesregierung beschloss');
    expect(result.article.textContent).not.toContain('\u00AD');
    expect(result.article.contentHtml).toContain('Bundes\u00ADregierung');
  });
});
