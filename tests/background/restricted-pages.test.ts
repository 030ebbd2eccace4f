import { describe, expect, it } from 'vitest';
import { injectionProblem, restrictedPageProblem } from '../../entrypoints/background/restricted-pages';

describe('restrictedPageProblem', () => {
  it.each([
    'chrome://extensions/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'about:blank',
    'edge://settings',
    'view-source:https://example.org/',
    'https://chromewebstore.google.com/detail/x/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
  ])('returns a restricted reason for %s', (url) => {
    expect(restrictedPageProblem(url)).toMatchObject({ code: 'restricted', message: expect.any(String) as unknown });
  });

  it.each([
    'https://news.example.org/2026/03/story',
    'http://127.0.0.1:8080/seed/page.html',
    'https://chrome.google.com/search?q=webstore', // Google, but not the store
    'file:///home/me/article.html',
    undefined, // activeTab not granted yet: the URL is unknown, injection decides
    'not a url',
  ])('returns null for %s', (url) => {
    expect(restrictedPageProblem(url)).toBeNull();
  });
});

describe('injectionProblem', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    ['Frame with ID 0 is showing error page', 'restricted'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'restricted'],
    ['No tab with id: 42.', 'script-error'],
  ])('maps “%s” to %s', (message, code) => {
    const problem = injectionProblem(new Error(message));
    expect(problem.code).toBe(code);
    expect(problem.message.length).toBeGreaterThan(20);
  });

  it('names Firefox’s PDF viewer, which refuses scripts as a missing permission', () => {
    expect(injectionProblem(new Error('Missing host permission for the tab'), 'https://example.org/files/report.PDF?download=1')).toMatchObject({ code: 'restricted', message: expect.stringContaining('PDF viewer') as unknown });
    expect(injectionProblem(new Error('Missing host permission for the tab'), 'https://example.org/news/pdf-reader-review')).toMatchObject({ code: 'restricted', message: expect.not.stringContaining('PDF') as unknown });
  });

  it('names the reason and says the page was left alone for an unknown failure', () => {
    expect(injectionProblem('boom').message).toBe('The clean view could not start (boom). The page was left untouched.');
  });
});
