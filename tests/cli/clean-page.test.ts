import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanHtmlPage, parseHtmlDocument } from '../../cli/clean-page';

const PAGE = '<body><div id="a"><p id="p1">1</p><p id="p2">2</p></div><section id="s"><p id="p3">3</p><p name="length">4</p></section></body>';

/** Iterates `tag` elements while removing the element after each visited one, returning the ids seen. */
function visitWhileRemoving(doc: Document): string[] {
  const seen: string[] = [];
  for (const el of doc.body.getElementsByTagName('p')) {
    seen.push(el.id || el.getAttribute('name') || '?');
    el.nextElementSibling?.remove();
  }
  return seen;
}

describe('parseHtmlDocument', () => {
  it('iterates HTMLCollections like jsdom’s own iterator, live mutations included', () => {
    const native = new JSDOM(PAGE).window.document;
    const patched = parseHtmlDocument(PAGE, undefined).window.document;
    expect([...patched.body.getElementsByTagName('*')].map((el) => el.id)).toEqual([...native.body.getElementsByTagName('*')].map((el) => el.id));
    expect(visitWhileRemoving(patched)).toEqual(visitWhileRemoving(native));
    expect(visitWhileRemoving(parseHtmlDocument(PAGE, undefined).window.document)).toEqual(['p1', 'p3']);
  });

  it('gives the document the URL it is cleaned at', () => {
    expect(parseHtmlDocument('<p>x</p>', 'https://a.example/news/1').window.document.URL).toBe('https://a.example/news/1');
    expect(parseHtmlDocument('<p>x</p>', undefined).window.document.URL).toBe('about:blank');
  });
});

describe('cleanHtmlPage', () => {
  it('cleans a page whose style sheet jsdom cannot parse, with the sheets inert, and says so', () => {
    // From readability-test-pages/lazy-image-2: jsdom 28's cssstyle throws on this rule; a browser never does.
    const story = '<p>The council met on Tuesday evening to discuss the new harbour plan and its costs, which residents had questioned for months.</p>'.repeat(6);
    const html = `<html><head><style>a{border:inherit;border-color:transparent}</style></head><body><article>${story}</article></body></html>`;
    expect(() => parseHtmlDocument(html, undefined)).toThrow(/border-width/);
    const { result, stylesInert } = cleanHtmlPage(html, undefined);
    expect(stylesInert).toBe(true);
    expect(result.ok && result.article.textContent).toContain('harbour plan');
  });

  it('leaves a page with ordinary style sheets unflagged', () => {
    const { result, stylesInert } = cleanHtmlPage(`<style>p{color:red}</style><article>${'<p>The council met on Tuesday evening to discuss the new harbour plan and its costs.</p>'.repeat(12)}</article>`, 'https://a.example/');
    expect(result.ok).toBe(true);
    expect(stylesInert).toBe(false);
  });

  it('reports parse, extract, clean and total times that add up', () => {
    const { result, timings } = cleanHtmlPage(`<article>${'<p>The council met on Tuesday evening to discuss the new harbour plan and its costs.</p>'.repeat(12)}</article>`, 'https://a.example/');
    expect(result.ok).toBe(true);
    expect(timings.totalMs).toBeGreaterThanOrEqual(timings.parseMs + timings.extractMs + timings.cleanMs - 1e-6);
  });
});
