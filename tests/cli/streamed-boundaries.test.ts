import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cleanHtmlPage, parseHtmlDocument } from '../../cli/clean-page';

/**
 * A React page streams slow parts after the story's shell: a fallback in place, the real content
 * in a hidden div at the end of the body, and a script call that swaps them. A browser has run
 * the calls by the time a reader opens the view; the CLI runs them itself.
 */
const PAGE = readFileSync(new URL('../fixtures/cli/streamed-react.html', import.meta.url), 'utf8');

describe('streamed React boundaries in the CLI', () => {
  test('each streamed part takes its fallback’s place, nested boundaries and segments included', () => {
    const dom = parseHtmlDocument(PAGE, 'https://funds.example/learn/index-funds');
    const doc = dom.window.document;
    const article = doc.querySelector("article")!;
    const text = article.textContent.replace(/\s+/g, ' ');
    expect(text).not.toContain('Loading');
    expect(text.indexOf('Why they are cheap')).toBeGreaterThan(text.indexOf('An index fund buys'));
    expect(text.indexOf('narrow index')).toBeGreaterThan(text.indexOf('Why they are cheap'));
    expect(text.indexOf('Fees matter more')).toBeGreaterThan(text.indexOf('narrow index'));
    expect(article.querySelector('figcaption')?.textContent).toContain('Costs of the average');
    expect(doc.querySelector('[hidden]')).toBeNull();
    // $RS: a segment replaces its placeholder template where the page put it.
    expect(doc.body.textContent).toContain('three largest index providers');
    expect(doc.getElementById('P:3')).toBeNull();
    dom.window.close();
  });

  test('the cleaned article reads in page order with no fallback text', () => {
    const { result } = cleanHtmlPage(PAGE, 'https://funds.example/learn/index-funds');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const text = result.article.textContent;
    expect(text).toContain('Nobody is paid to choose the stocks');
    expect(text).toContain('trade far from the value');
    expect(text).not.toMatch(/Loading/);
  });

  test('a page that only mentions $RC in prose, or calls it for ids it lacks, is left as it is', () => {
    const html = '<html><body><p>The function $RC("B:9","S:9") completes a boundary.</p><script>$RC("B:8","S:8")</script></body></html>';
    const dom = parseHtmlDocument(html, undefined);
    expect(dom.window.document.body.innerHTML).toContain('$RC("B:9","S:9") completes a boundary.');
    dom.window.close();
  });
});
