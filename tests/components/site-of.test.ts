import { describe, expect, test } from 'vitest';
import { isRestrictedUrl, siteOf } from '../../components/popup/restricted-url';

describe('isRestrictedUrl', () => {
  test.each([
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'about:blank',
    'edge://settings',
    'view-source:https://example.org/',
    'https://chromewebstore.google.com/detail/x/abc',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.org/report.pdf',
    'not a url',
  ])('%s is restricted', (url) => {
    expect(isRestrictedUrl(url)).toBe(true);
  });

  test.each(['https://news.example.org/2026/11/article', 'http://127.0.0.1:8080/seed/page.html', 'https://chrome.google.com/search'])('%s is readable', (url) => {
    expect(isRestrictedUrl(url)).toBe(false);
  });
});

describe('siteOf', () => {
  test('websites have a host and origin; other schemes and unknown URLs have none', () => {
    expect(siteOf('https://news.example.org/a?b')).toEqual({ host: 'news.example.org', origin: 'https://news.example.org' });
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });
});
