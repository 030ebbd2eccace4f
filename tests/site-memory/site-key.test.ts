import { describe, expect, test } from 'vitest';
import { articleKeyOf, normalizeArticleUrl } from '../../core/site-memory/article-key';
import { siteKeyOf } from '../../core/site-memory/site-key';

describe('siteKeyOf: one memory per registrable domain', () => {
  test.each([
    ['https://www.example.com/a', 'example.com'],
    ['https://news.example.co.uk/politics/1', 'example.co.uk'],
    ['https://amp.example.org/a?x=1', 'example.org'],
    ['https://alice.blogspot.com/2020/post.html', 'alice.blogspot.com'],
    ['https://bob.github.io/notes/', 'bob.github.io'],
    ['http://localhost:8080/article', 'localhost'],
    ['http://127.0.0.1/a', '127.0.0.1'],
    ['https://www.millbrook-ledger.example/news/a', 'millbrook-ledger.example'],
  ])('%s → %s', (url, site) => {
    expect(siteKeyOf(url)).toBe(site);
  });

  test.each([['file:///home/me/page.html'], ['about:blank'], ['not a url'], ['']])('%s has no site', (url) => {
    expect(siteKeyOf(url)).toBeNull();
  });
});

describe('normalizeArticleUrl: the same article counts once', () => {
  test.each([
    ['https://www.example.com/a/b/', 'example.com/a/b'],
    ['https://example.com/a/b#comments', 'example.com/a/b'],
    ['https://example.com/a/b?utm_source=x&utm_medium=email&fbclid=1', 'example.com/a/b'],
    ['https://example.com/a?id=7&utm_campaign=z&page=2', 'example.com/a?id=7&page=2'],
    ['https://example.com/a?page=2&id=7', 'example.com/a?id=7&page=2'],
    ['https://EXAMPLE.com/', 'example.com/'],
  ])('%s → %s', (url, normalized) => {
    expect(normalizeArticleUrl(url)).toBe(normalized);
  });

  test('different articles keep different keys, variants of one article share one', () => {
    const key = articleKeyOf('https://example.com/news/a');
    expect(articleKeyOf('https://www.example.com/news/a/?utm_source=feed#top')).toBe(key);
    expect(articleKeyOf('https://example.com/news/b')).not.toBe(key);
    expect(articleKeyOf('https://example.com/news/a?id=2')).not.toBe(key);
  });

  test('keys are short hashes, not the address', () => {
    const key = articleKeyOf('https://example.com/news/secret-story')!;
    expect(key).toMatch(/^[0-9a-z]{1,11}$/);
    expect(key).not.toContain('secret');
  });
});
