import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Messages reach the background only from the extension's own contexts, and each is checked:
 * tabs, settings and the site memory as a whole answer extension pages only; a content script may
 * ask only about its own page; payloads must match the protocol. Handlers are captured from the
 * real registration (entrypoints/background/handlers.ts) so a new unguarded handler fails here.
 */

type Handler = (message: { data: unknown; sender: Record<string, unknown> }) => unknown;
const handlers = new Map<string, Handler>();
vi.mock('../../utils/messaging', () => ({
  onMessage: (name: string, handler: Handler) => handlers.set(name, handler),
  sendMessage: vi.fn(),
}));

const { registerBackgroundHandlers } = await import('../../entrypoints/background/handlers');
const { MAX_PAGE_HTML_CHARS, PAYLOADS, RefusedMessage, senderKind } = await import('../../utils/sender-guard');

const ID = fakeBrowser.runtime.id;
const ORIGIN = fakeBrowser.runtime.getURL('/');
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript = { id: ID, url: 'https://news.example/story', tab: { id: 7, url: 'https://news.example/story' }, frameId: 0 };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };
const webPage = { url: 'https://evil.example/' };
/** A serialised page (utils/clean-page-html.ts) as the reader content script sends it. */
const page = { html: '<html><body><p>Story</p></body></html>', url: 'https://news.example/story', baseUrl: 'https://news.example/story', settings: { kindsOff: [], customPhrases: [], customSelectors: [], siteMemoryEnabled: false }, siteRule: { kindsOff: [], selectors: [], keep: [] } };

beforeEach(() => {
  fakeBrowser.reset();
  handlers.clear();
  registerBackgroundHandlers();
});

/** Runs a handler and reports how it ended: refused (with why), or accepted. */
async function outcome(name: string, data: unknown, sender: Record<string, unknown>): Promise<string> {
  const handler = handlers.get(name);
  if (!handler) throw new Error(`no handler ${name}`);
  try {
    await handler({ data, sender });
    return 'accepted';
  } catch (error) {
    return error instanceof RefusedMessage ? `refused: ${error.message}` : 'accepted'; // a later failure is the handler's own
  }
}

describe('sender kinds', () => {
  it.each([
    ['the popup', popup, 'extension-page'],
    ['our content script in a tab', contentScript, 'content-script'],
    ['another extension', otherExtension, 'foreign'],
    ['a web page (no extension id)', webPage, 'foreign'],
    ['our id but no tab and a web URL', { id: ID, url: 'https://news.example/' }, 'foreign'],
    ['nothing', undefined, 'foreign'],
  ])('%s is %s', (_name, sender, kind) => {
    expect(senderKind(sender as never)).toBe(kind);
  });
});

describe('every background handler checks its sender', () => {
  it('all handlers of the protocol are registered (so the checks below cover them)', () => {
    expect([...handlers.keys()].sort()).toEqual(['autoCleanPageLoaded', 'cleanPageHtml', 'cleanPreview', 'disableAutoClean', 'enableAutoClean', 'forgetSiteMemory', 'getViewState', 'learnSiteMemory', 'loadReaderEngine', 'offscreenIdle', 'previewArticle', 'siteMemoryFor', 'siteMemoryStatus', 'toggleView']);
  });

  it('a foreign sender is refused by every handler', async () => {
    for (const name of handlers.keys()) expect(await outcome(name, {}, otherExtension), name).toMatch(/^refused: .* a foreign may not send it/);
  });

  it.each(['toggleView', 'getViewState', 'cleanPreview', 'previewArticle', 'enableAutoClean', 'disableAutoClean', 'forgetSiteMemory', 'siteMemoryStatus', 'offscreenIdle'])(
    'a content script may not send %s (other tabs, settings, the whole memory)',
    async (name) => {
      expect(await outcome(name, { tabId: 1, origin: 'https://news.example', site: null }, contentScript)).toMatch(/content-script may not send it/);
    },
  );

  it('only a content script may have the engine injected, and only into its own tab and frame', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await outcome('loadReaderEngine', undefined, popup)).toMatch(/extension-page may not send it/);
    expect(await outcome('loadReaderEngine', undefined, { ...contentScript, frameId: 3 })).toBe('accepted');
    expect(inject).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/reader-engine.js'] });
  });

  it('a content script may ask about its own page only', async () => {
    expect(await outcome('siteMemoryFor', { url: 'https://news.example/other' }, contentScript)).toBe('accepted');
    expect(await outcome('siteMemoryFor', { url: 'https://bank.example/' }, contentScript)).toMatch(/payload does not match/);
    expect(await outcome('learnSiteMemory', { url: 'https://bank.example/', blocks: [] }, contentScript)).toMatch(/payload does not match/);
    expect(await outcome('cleanPageHtml', { ...page, url: 'https://bank.example/' }, contentScript)).toMatch(/payload does not match/);
  });
});

describe('payloads are checked against the protocol', () => {
  it.each([
    ['toggleView', { tabId: -1 }],
    ['toggleView', { tabId: '7' }],
    ['toggleView', { tabId: 1.5 }],
    ['enableAutoClean', { origin: 'javascript:alert(1)' }],
    ['enableAutoClean', { origin: 'https://news.example/path' }],
    ['enableAutoClean', { origin: '<all_urls>' }],
    ['enableAutoClean', {}],
    ['previewArticle', { tabId: 1, settings: { kindsOff: 'all', customPhrases: [], customSelectors: [], siteMemoryEnabled: true } }],
    ['previewArticle', { tabId: 1 }],
    ['forgetSiteMemory', { site: 42 }],
    ['siteMemoryFor', { url: 'file:///etc/passwd' }],
    ['learnSiteMemory', { url: 'https://news.example/', blocks: [{ fingerprint: {}, length: 1 }] }],
    ['learnSiteMemory', { url: 'https://news.example/', blocks: 'many' }],
    ['cleanPageHtml', { ...page, html: 42 }],
    ['cleanPageHtml', { ...page, settings: { ...page.settings, siteMemoryEnabled: 'yes' } }],
    ['cleanPageHtml', { ...page, settings: { ...page.settings, customSelectors: '.ad' } }],
    ['cleanPageHtml', { ...page, siteRule: { ...page.siteRule, keep: ['f1'] } }],
  ])('%s refuses %j', async (name, data) => {
    expect(await outcome(name, data, ['learnSiteMemory', 'siteMemoryFor', 'cleanPageHtml'].includes(name) ? contentScript : popup)).toMatch(/payload does not match the protocol/);
  });

  it('cleanPageHtml refuses a page past the message size (it is cleaned in the tab instead)', async () => {
    expect(await outcome('cleanPageHtml', { ...page, html: 'x'.repeat(MAX_PAGE_HTML_CHARS + 1) }, contentScript)).toMatch(/payload does not match the protocol/);
  });

  it('well-formed payloads pass', () => {
    expect(PAYLOADS.tabTarget(undefined)).toBe(true);
    expect(PAYLOADS.tabTarget({ tabId: 3 })).toBe(true);
    expect(PAYLOADS.siteTarget({ origin: 'https://news.example' })).toBe(true);
    expect(PAYLOADS.siteTarget({ origin: 'http://localhost:8080' })).toBe(true);
    expect(PAYLOADS.previewRequest({ settings: { kindsOff: ['appeal'], customPhrases: ['x'], customSelectors: [], siteMemoryEnabled: false } })).toBe(true);
    expect(PAYLOADS.forgetRequest({ site: null })).toBe(true);
    expect(PAYLOADS.learnedPage({ url: 'https://news.example/a', blocks: [{ fingerprint: 'f1', length: 120 }] }, contentScript as never)).toBe(true);
    expect(PAYLOADS.pageHtml(page, contentScript as never)).toBe(true);
    expect(PAYLOADS.pageToClean({ ...page, siteMemoryEntry: null })).toBe(true);
  });
});
