import { describe, expect, it } from 'vitest';
import { articleHtmlToText, formatArticleText, formatFailure, jsonRecordForBadInput, jsonRecordForResult } from '../../cli/format';
import type { CleanResult } from '../../core/types';

const TIMINGS = { prepareMs: 1, precleanMs: 2, readabilityMs: 3, postcleanMs: 4, recoverMs: 0, sanitizeMs: 5, totalMs: 15 };
const PAGE_TIMINGS = { parseMs: 10, extractMs: 4, cleanMs: 11, totalMs: 25 };

function okResult(contentHtml: string, extra: Partial<Extract<CleanResult, { ok: true }>['article']> = {}): Extract<CleanResult, { ok: true }> {
  return {
    ok: true,
    article: { title: 'Pier reopens', byline: 'Ada Lindqvist', siteName: 'Gazette', publishedTime: '2024-05-01', lang: 'en', dir: 'ltr', excerpt: null, readingMinutes: 2, wordCount: 400, contentHtml, textContent: 'text', ...extra },
    removed: [],
    timings: TIMINGS,
  };
}

describe('articleHtmlToText', () => {
  it('puts a blank line between paragraphs and collapses whitespace inside them', () => {
    expect(articleHtmlToText('<div><p>One\n   two <b>three</b></p><p>Four</p></div>')).toBe('One two three\n\nFour');
  });

  it('marks list items, numbering ordered lists from their start', () => {
    expect(articleHtmlToText('<ul><li>a</li><li>b</li></ul><ol start="3"><li>c</li><li>d</li></ol>')).toBe('• a\n\n• b\n\n3. c\n\n4. d');
  });

  it('keeps <br> as a line break, <pre> as laid out, and decodes entities', () => {
    expect(articleHtmlToText('<p>line&nbsp;one<br>line &amp; two</p><pre>  x = 1\n  y = 2</pre>')).toBe('line one\nline & two\n\n  x = 1\n  y = 2');
  });

  it('prints nothing for the engine’s empty removal placeholders', () => {
    expect(articleHtmlToText('<p>Before</p><div data-qr-removed="r1"></div><p>After</p>')).toBe('Before\n\nAfter');
  });

  it('treats markup in text as text (the DOM, not a regex, reads it)', () => {
    expect(articleHtmlToText('<p>a &lt;b&gt; is bold</p>')).toBe('a <b> is bold');
  });
});

describe('formatArticleText', () => {
  it('prints the title, a byline · site · date · reading time line, then the text', () => {
    expect(formatArticleText(okResult('<p>Body.</p>'))).toBe('Pier reopens\nAda Lindqvist · Gazette · 1 May 2024 · 2 min read\n\nBody.\n');
  });

  it('leaves out metadata the page does not have', () => {
    expect(formatArticleText(okResult('<p>Body.</p>', { byline: null, siteName: null, publishedTime: null }))).toBe('Pier reopens\n2 min read\n\nBody.\n');
  });
});

describe('JSON records', () => {
  it('carries file, url, ok, metadata, text, html, removed, timings and a null error', () => {
    const record = jsonRecordForResult('a.html', 'https://a.example/', 'utf-8', okResult('<p>Body.</p>'), PAGE_TIMINGS);
    expect(record).toMatchObject({ file: 'a.html', url: 'https://a.example/', ok: true, title: 'Pier reopens', byline: 'Ada Lindqvist', textContent: 'text', contentHtml: '<p>Body.</p>', removed: [], timings: PAGE_TIMINGS, error: null });
  });

  it('reports an engine refusal with its code and message', () => {
    const refused: CleanResult = { ok: false, error: { code: 'not-article', message: 'Not an article.' }, removed: [], timings: TIMINGS };
    expect(jsonRecordForResult('b.html', null, 'utf-8', refused, PAGE_TIMINGS)).toMatchObject({ ok: false, title: null, textContent: null, error: { code: 'not-article', message: 'Not an article.' } });
  });

  it('says why the gate refused a page', () => {
    const refused: CleanResult = { ok: false, error: { code: 'not-article', reason: 'search-results', message: 'Search results.' }, removed: [], timings: TIMINGS };
    expect(jsonRecordForResult('d.html', null, 'utf-8', refused, PAGE_TIMINGS).error).toEqual({ code: 'not-article', reason: 'search-results', message: 'Search results.' });
  });

  it('names the limit a too-large page passed', () => {
    const refused: CleanResult = { ok: false, error: { code: 'too-large', exceeded: 'depth', limit: 300, message: 'Too deep.' }, removed: [], timings: TIMINGS };
    expect(jsonRecordForResult('e.html', null, 'utf-8', refused, PAGE_TIMINGS).error).toEqual({ code: 'too-large', exceeded: 'depth', limit: 300, message: 'Too deep.' });
  });

  it('reports an unreadable file as bad-input', () => {
    expect(jsonRecordForBadInput('c.html', null, 'no such file')).toMatchObject({ file: 'c.html', ok: false, timings: null, removed: [], error: { code: 'bad-input', message: 'no such file' } });
  });
});

describe('formatFailure', () => {
  it('names the file (or stdin) and says what is wrong in one line', () => {
    expect(formatFailure('x.html', 'is empty')).toBe('quiet-reader: x.html: is empty');
    expect(formatFailure('-', 'is empty')).toBe('quiet-reader: (stdin): is empty');
  });
});
