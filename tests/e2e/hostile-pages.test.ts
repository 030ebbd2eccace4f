import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS, hostileArticle } from '../fixtures/hostile/payloads';
import { articleContent, toggleThroughHook, VIEW_HOST } from './helpers/clean-view';
import { launchExtension, openPage, tabIdOf, type ExtensionSession } from './helpers/launch';
import { startPageServer, type PageServer } from './helpers/server';
import { openPopupFor, popupScreen } from './popup-page';

/**
 * Hostile payloads rendered by the real extension: the clean view (inside the page) and the popup
 * (an extension page). The page's own copies of the payloads run when it loads, as on any site;
 * so the test waits for the page to settle, then traps the global every payload sets
 * (`__qrPwned`), `alert`, dialogs and requests to `/qr-leak/`, and only then opens the view.
 * Anything caught after that came from what the extension rendered.
 *
 * It also measures the longest main-thread block (gaps in a timer loop) while the view
 * opens, on the hostile page and on a large one, for the README.
 */

// Payloads that would navigate or re-base the live page itself are left to the unit tests.
const LIVE_PAYLOADS = HOSTILE_PAYLOADS.filter((payload) => !/^(?:meta-refresh|base-)/.test(payload.id));
const ALL_IN_ONE = { id: 'all', vector: 'every payload in one article', html: LIVE_PAYLOADS.map((payload) => payload.html).join('\n') };

interface Trap {
  hits: string[];
  longestTaskMs: number;
}

/** Installs the trap and a long-task observer in the page (after it settled). */
async function armTrap(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { __qrTrap: Trap };
    w.__qrTrap = { hits: [], longestTaskMs: 0 };
    Object.defineProperty(window, '__qrPwned', { configurable: true, get: () => undefined, set: (value) => w.__qrTrap.hits.push(`__qrPwned=${String(value)}`) });
    window.alert = (message?: unknown) => void w.__qrTrap.hits.push(`alert(${String(message)})`);
    // Longest main-thread block: the largest gap between ticks of a zero-delay timer loop (the
    // content script shares the page's main thread, so its work delays the ticks). The
    // PerformanceObserver 'longtask' entries stayed empty for content-script work in headless runs.
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.__qrTrap.longestTaskMs = Math.max(w.__qrTrap.longestTaskMs, now - last);
      last = now;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
}

/**
 * A line after the payloads. In Chromium the live DOM of the all-in-one page (parsed with
 * scripting on, payload handlers run) makes Readability start the article after the payload
 * block, losing the three lead paragraphs that jsdom keeps: reported, not fixed yet.
 */
const SURVIVING_LINE = 'Funding comes from a regional grant';

const readTrap = (page: Page) => page.evaluate(() => (window as unknown as { __qrTrap: Trap }).__qrTrap);

/** Forbidden elements and attributes in the rendered article (open shadow root of the view, or the popup). */
const FIND_EXECUTABLE = `(root) => {
  const found = [];
  for (const el of root.querySelectorAll('[data-testid=article-content] *')) {
    const tag = el.localName;
    if (/^(script|iframe|frame|object|embed|base|meta|link|style|form|input|button|textarea|select|template|video|audio|foreignobject|animate|set)$/i.test(tag)) found.push('<' + tag + '>');
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcdoc') found.push('<' + tag + ' ' + attr.name + '>');
      if (/^(href|src|xlink:href|poster|action|formaction)$/i.test(attr.name) && !/^(https?:|mailto:|tel:|#|data:image\\/)/i.test(attr.value.trim())) found.push('<' + tag + ' ' + attr.name + '=' + attr.value.slice(0, 40) + '>');
    }
  }
  return found;
}`;

describe('hostile pages in the browser', () => {
  let ext: ExtensionSession;
  let server: PageServer;
  let dir: string;
  const dialogs: string[] = [];
  const leaks: string[] = [];
  let armed = false;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-hostile-'));
    fs.writeFileSync(path.join(dir, 'all-payloads.html'), hostileArticle(ALL_IN_ONE));
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i + 1}: the council met again, the engineers reported on the deck, and residents asked when the ferry would start running across the river.</p>`).join('');
    const images = Array.from({ length: 2000 }, (_, i) => `<img src="/large/img-${i}.png" alt="Photo ${i}" width="10" height="10">`).join('');
    fs.writeFileSync(path.join(dir, 'large.html'), `<!doctype html><html lang="en"><head><title>A long article</title></head><body><article><h1>A long article</h1>${paragraphs}<figure>${images}</figure></article></body></html>`);
    server = await startPageServer({ '/hostile/': dir });
    ext = await launchExtension({ build: 'e2e' });
    ext.context.on('request', (request) => {
      if (armed && request.url().includes('/qr-leak/')) leaks.push(request.url());
    });
    ext.context.on('page', (page) => page.on('dialog', (dialog) => {
      if (armed) dialogs.push(dialog.message());
      void dialog.dismiss();
    }));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`the clean view renders ${LIVE_PAYLOADS.length} payloads in one article and nothing runs, opens or loads`, async () => {
    armed = false;
    const page = await openPage(ext, server.url('/hostile/all-payloads.html'));
    page.on('dialog', (dialog) => {
      if (armed) dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    await page.waitForLoadState('networkidle');
    await armTrap(page);
    armed = true;
    const state = await toggleThroughHook(ext, await tabIdOf(ext, page));
    expect(state.status).toBe('open');
    await articleContent(page).getByText(SURVIVING_LINE, { exact: false }).first().waitFor();
    // Let every image in the view finish (load or fail) before reading the trap: a condition, not a sleep.
    await page.waitForFunction((tag) => Array.from(document.querySelector(tag)?.shadowRoot?.querySelectorAll('img') ?? []).every((img) => img.complete), VIEW_HOST);
    const trap = await readTrap(page);
    expect(trap.hits).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(leaks).toEqual([]);
    const executable = await page.evaluate(`(${FIND_EXECUTABLE})(document.querySelector('${VIEW_HOST}').shadowRoot)`);
    expect(executable).toEqual([]);
    await expect(articleContent(page).getByText('Video: A talk about sanitising').count()).resolves.toBeGreaterThan(0);
    console.log(`[hostile] clean view on ${LIVE_PAYLOADS.length} payloads: longest main-thread task ${Math.round(trap.longestTaskMs)} ms`);
  });

  it('the popup renders the same article: nothing executable in its DOM, no policy violation, no leak', async () => {
    armed = false; // the page's own copies of the payloads load and run as it opens
    const page = await openPage(ext, server.url('/hostile/all-payloads.html'));
    await page.waitForLoadState('networkidle');
    armed = true;
    const popup = await openPopupFor(ext, await tabIdOf(ext, page));
    const violations: string[] = [];
    popup.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    expect(await popupScreen(popup)).toBe('article');
    await popup.getByTestId('article-content').getByText(SURVIVING_LINE, { exact: false }).first().waitFor();
    await popup.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid=article-content] img')).every((img) => (img as HTMLImageElement).complete));
    expect(await popup.evaluate(`(${FIND_EXECUTABLE})(document)`)).toEqual([]);
    expect(await popup.evaluate(() => (window as unknown as Record<string, unknown>).__qrPwned)).toBeUndefined();
    expect(violations).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it('a large article (400 paragraphs, 2,000 images) opens without freezing the tab; the longest task is reported', async () => {
    // 2,000 images answer 404 from the test server; waiting for `load` would time them all.
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile/large.html'), { waitUntil: 'domcontentloaded' });
    await armTrap(page);
    const started = Date.now();
    const state = await toggleThroughHook(ext, await tabIdOf(ext, page));
    expect(state.status).toBe('open');
    await articleContent(page).getByText('Paragraph 400:', { exact: false }).waitFor();
    const openedMs = Date.now() - started;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))); // one more tick records the last gap
    const trap = await readTrap(page);
    // The page keeps answering while and after the view opens.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    console.log(`[hostile] large article: view open in ${openedMs} ms, longest main-thread task ${Math.round(trap.longestTaskMs)} ms`);
    fs.mkdirSync('test-artifacts', { recursive: true });
    fs.writeFileSync(path.join('test-artifacts', 'longest-task.json'), `${JSON.stringify({ page: 'large.html (400 paragraphs, 2,000 images)', openedMs, longestTaskMs: Math.round(trap.longestTaskMs) }, null, 2)}\n`);
  });
});
