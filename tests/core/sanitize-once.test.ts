import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { sanitizeArticleAndRemovals, sanitizeToHtml } from '../../core/sanitize';

function setup() {
  const dom = new JSDOM('<body><div id="host"><article id="a"><p>Story <a href="/x">link</a></p><img src="/i.jpg" onerror="alert(1)"></article></div></body>', { url: 'https://paper.example/news/1' });
  const doc = dom.window.document;
  const article = doc.getElementById('a')!;
  const promo = doc.createElement('div');
  promo.setAttribute('onclick', 'steal()');
  promo.append('Donate ', Object.assign(doc.createElement('a'), { href: 'javascript:alert(1)', textContent: 'now' }));
  return { dom, doc, article, promo };
}

describe('sanitising the article and its removed blocks in one pass', () => {
  test('gives the same article HTML as sanitising it alone', () => {
    const { dom, article, promo } = setup();
    const alone = sanitizeToHtml(article, dom.window as unknown as Window, 'https://paper.example/news/1');
    const once = sanitizeArticleAndRemovals(article, new Map([['r1', promo]]), dom.window as unknown as Window, 'https://paper.example/news/1');
    expect(once.html).toBe(alone);
  });

  test('sanitises each removed block and keeps the article where it was', () => {
    const { dom, doc, article, promo } = setup();
    const once = sanitizeArticleAndRemovals(article, new Map([['r1', promo]]), dom.window as unknown as Window);
    const html = once.removed.get('r1') ?? '';
    expect(html).toContain('Donate');
    expect(html).not.toMatch(/onclick|javascript:/);
    expect(article.parentElement).toBe(doc.getElementById('host'));
  });

  test('copies a removed block that is back in the article instead of taking it out', () => {
    const { dom, article } = setup();
    const paragraph = article.querySelector('p')!;
    sanitizeArticleAndRemovals(article, new Map([['r1', paragraph]]), dom.window as unknown as Window);
    expect(article.contains(paragraph)).toBe(true);
  });
});
