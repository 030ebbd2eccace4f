import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import { HOSTILE_PAYLOADS, LEAK, hostileArticle } from '../fixtures/hostile/payloads';
import { findExecutableContent } from './executable-content';

const URL = 'https://news.example/2026/11/footbridge';

function clean(html: string) {
  const dom = new JSDOM(html, { url: URL });
  return cleanArticle(dom.window.document, { url: URL });
}

describe('hostile payloads inside a normal article', () => {
  it.each(HOSTILE_PAYLOADS.map((payload) => [payload.id, payload] as const))('%s: the article survives and its HTML carries nothing executable', (_id, payload) => {
    const result = clean(hostileArticle(payload));
    expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
    if (!result.ok) return;
    expect(result.article.textContent).toContain('repair the old footbridge');
    expect(findExecutableContent(result.article.contentHtml)).toEqual([]);
    expect(result.article.contentHtml).not.toContain(LEAK);
    for (const removal of result.removed) expect(findExecutableContent(removal.html), `removed block ${removal.id}`).toEqual([]);
  });

  // The payloads that mean something in <head> (base, meta, link, style, script) are tried there too.
  const headPayloads = HOSTILE_PAYLOADS.filter((payload) => /^(?:base|meta|link|style|script)-/.test(payload.id));
  it.each(headPayloads.map((payload) => [payload.id, payload] as const))('%s in <head> too: nothing executable', (_id, payload) => {
    const result = clean(hostileArticle(payload, true));
    if (!result.ok) return expect(result.error.code).not.toBe('internal');
    expect(findExecutableContent(result.article.contentHtml)).toEqual([]);
    expect(result.article.title).not.toMatch(/<script|onerror=/i);
  });

  it('the checker itself flags each kind of executable content (so the tests above can fail)', () => {
    expect(findExecutableContent('<script>x</script>')).toHaveLength(1);
    expect(findExecutableContent('<img src="https://a.example/i.png" onerror="x">')).toEqual(['<img> onerror handler']);
    expect(findExecutableContent('<a href="javascript:x">a</a>')[0]).toMatch(/not a safe absolute URL/);
    expect(findExecutableContent('<a href="https://a.example/">a</a>')).toContain('<a> link without rel="noopener noreferrer"');
    expect(findExecutableContent('<p style="position:fixed">x</p>')).toEqual(['<p> style attribute']);
    expect(findExecutableContent('<svg><animate attributeName="href"/></svg>')).toEqual(['<animate> element']);
    expect(findExecutableContent('<img src="relative.png">')[0]).toMatch(/not a safe absolute URL/);
  });
});
