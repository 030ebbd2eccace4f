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
  it('answers a clear error, not a crash, when jsdom cannot build the page (a CSS parser bug)', () => {
    // From readability-test-pages/lazy-image-2: jsdom 28's cssstyle throws on this rule.
    const { result } = cleanHtmlPage('<style>a{border:inherit;border-color:transparent}</style><p>Text</p>', undefined);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual({ code: 'internal', message: "jsdom could not build the page (Cannot create property 'border-width' on string 'inherit')" });
  });

  it('reports parse, extract, clean and total times that add up', () => {
    const { result, timings } = cleanHtmlPage(`<article>${'<p>The council met on Tuesday evening to discuss the new harbour plan and its costs.</p>'.repeat(12)}</article>`, 'https://a.example/');
    expect(result.ok).toBe(true);
    expect(timings.totalMs).toBeGreaterThanOrEqual(timings.parseMs + timings.extractMs + timings.cleanMs - 1e-6);
  });
});
