import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/index';
import { cleanPageHtml } from '../../utils/clean-page-html';
import { serializePage } from '../../utils/serialized-page';
import { cleanOptionsFor, type CleaningSettings } from '../../utils/settings/cleaning-settings';
import { DEFAULT_SITE_RULE } from '../../utils/settings/defaults';

/**
 * The off-thread cleaner (Chrome's offscreen document, Firefox's background page) rebuilds the
 * page from its serialised HTML. It must give the same article as cleaning the document itself,
 * and resolve the page's relative addresses against the page, not the extension.
 */

const SHARED = path.resolve('../shared/corpus');
const pages = [
  ...['seed', 'appeals-dev'].flatMap((dir) => {
    const folder = path.join(SHARED, dir);
    return fs.existsSync(folder) ? fs.readdirSync(folder).filter((file) => file.endsWith('.html')).map((file) => path.join(folder, file)) : [];
  }),
  path.resolve('tests/fixtures/pages/plain-article.html'),
  path.resolve('tests/fixtures/pages/not-article.html'),
];

type CleaningWindow = Window & typeof globalThis;

const SETTINGS: CleaningSettings = { kindsOff: [], customPhrases: [], customSelectors: [], siteMemoryEnabled: false };

function load(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/** The cleaning context: its own address, as the offscreen document's `chrome-extension://…` page. */
function cleaningWindow(): CleaningWindow {
  return new JSDOM('<!doctype html><title>cleaner</title>', { url: 'https://cleaner.invalid/offscreen.html' }).window as unknown as CleaningWindow;
}

describe('cleanPageHtml (the engine on a serialised page)', () => {
  it.each(pages.map((file) => [path.relative(process.cwd(), file), file]))('%s: same result as cleaning the document', (_name, file) => {
    const url = `https://news.example/${path.basename(file)}`;
    const html = fs.readFileSync(file, 'utf8');
    const direct = cleanArticle(load(html, url), cleanOptionsFor(SETTINGS, DEFAULT_SITE_RULE, url, null));
    const offThread = cleanPageHtml({ ...serializePage(load(html, url), SETTINGS, DEFAULT_SITE_RULE), siteMemoryEntry: null }, cleaningWindow());
    expect(offThread.ok).toBe(direct.ok);
    if (!direct.ok || !offThread.ok) return;
    expect(offThread.article).toEqual(direct.article);
    expect(offThread.removed.map(({ rule, fingerprint, copies }) => ({ rule, fingerprint, copies }))).toEqual(direct.removed.map(({ rule, fingerprint, copies }) => ({ rule, fingerprint, copies })));
  });

  it('resolves relative images and links against the page (its <base> too), never the cleaning context', () => {
    const body = `<article><h1>Harbour lights</h1>${'<p>The harbour lights were repaired this week after a long winter of storms, and the keepers said the new lamps will be visible from the far side of the bay for the first time in years.</p>'.repeat(6)}<p><img src="pics/lamp.jpg" alt="Lamp"> <a href="../archive/">Archive</a></p></article>`;
    const doc = load(`<!doctype html><html><head><base href="/news/2026/"><title>Harbour lights</title></head><body>${body}</body></html>`, 'https://news.example/story');
    const result = cleanPageHtml({ ...serializePage(doc, SETTINGS, DEFAULT_SITE_RULE), siteMemoryEntry: null }, cleaningWindow());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.contentHtml).toContain('src="https://news.example/news/2026/pics/lamp.jpg"');
    expect(result.article.contentHtml).toContain('href="https://news.example/news/archive/"');
  });
});
