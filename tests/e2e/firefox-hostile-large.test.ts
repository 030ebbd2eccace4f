import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS, hostileArticle } from '../fixtures/hostile/payloads';
import { VIEW_HOST } from './helpers/clean-view';
import { useFirefoxSession, whyFirefoxCannotRun } from './helpers/firefox-session';
import { callFirefoxBackground, puppeteerTab } from './helpers/reader-browser';
import { waitForArticle } from './helpers/reader-scenarios';

/*
 * Firefox's side of tests/e2e/hostile-pages.test.ts: the hostile payloads in one article (nothing
 * runs, no dialog, no request), and a large page, which Firefox cleans in the add-on's background
 * page rather than in the tab. Firefox offers BiDi no main-thread trace like Chromium's, so the
 * longest block of the tab's main thread is measured as the largest gap between ticks of a
 * zero-delay timer in the page (the content script shares that thread), and reported.
 */

const LIVE_PAYLOADS = HOSTILE_PAYLOADS.filter((payload) => !/^(?:meta-refresh|base-)/.test(payload.id));
const ALL_IN_ONE = { id: 'all', vector: 'every payload in one article', html: LIVE_PAYLOADS.map((payload) => payload.html).join('\n') };
const SURVIVING_LINE = 'Funding comes from a regional grant';

interface Trap {
  hits: string[];
  longestGapMs: number;
}

async function armTrap(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { __qrTrap: Trap };
    w.__qrTrap = { hits: [], longestGapMs: 0 };
    Object.defineProperty(window, '__qrPwned', { configurable: true, get: () => undefined, set: (value) => w.__qrTrap.hits.push(`__qrPwned=${String(value)}`) });
    window.alert = (message?: unknown) => void w.__qrTrap.hits.push(`alert(${String(message)})`);
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      w.__qrTrap.longestGapMs = Math.max(w.__qrTrap.longestGapMs, now - last);
      last = now;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
}
const readTrap = (page: Page) => page.evaluate(() => (window as unknown as { __qrTrap: Trap }).__qrTrap);

const firefoxSkip = whyFirefoxCannotRun();
describe.skipIf(firefoxSkip !== null)(`hostile and large pages in Firefox${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-ff-hostile-'));
    fs.writeFileSync(path.join(dir, 'all-payloads.html'), hostileArticle(ALL_IN_ONE));
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i + 1}: the council met again, the engineers reported on the deck, and residents asked when the ferry would start running across the river.</p>`).join('');
    // loading="lazy": with 2,000 image requests queued, Firefox took 96 s to reach DOMContentLoaded
    // here (load average 15); the engine and the view see the same 2,000 elements either way.
    const images = Array.from({ length: 2000 }, (_, i) => `<img src="/large/img-${i}.png" alt="Photo ${i}" width="10" height="10" loading="lazy">`).join('');
    fs.writeFileSync(path.join(dir, 'large.html'), `<!doctype html><html lang="en"><head><title>A long article</title></head><body><article><h1>A long article</h1>${paragraphs}<figure>${images}</figure></article></body></html>`);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const session = useFirefoxSession({ build: 'e2e', mounts: () => ({ '/hostile/': dir }) });

  it(`the clean view renders ${LIVE_PAYLOADS.length} payloads in one article and nothing runs, opens or loads`, async () => {
    let armed = false;
    const dialogs: string[] = [];
    const leaks: string[] = [];
    const page = await session.firefox.browser.newPage();
    page.on('dialog', (dialog) => {
      if (armed) dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('request', (request) => {
      if (armed && request.url().includes('/qr-leak/')) leaks.push(request.url());
    });
    // Both: over BiDi, network idle can come before `load`, and the page's own <body onload> and
    // onpageshow payloads would then fire after the trap is armed (seen).
    await page.goto(session.server.url('/hostile/all-payloads.html'), { waitUntil: ['load', 'networkidle0'] });
    await armTrap(page);
    armed = true;
    const tab = puppeteerTab(page);
    expect((await session.reader.toggle(tab)).status).toBe('open');
    await tab.waitFor(([tag, line]) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="article-content"]')?.textContent?.includes(line) ?? false, [VIEW_HOST, SURVIVING_LINE] as const);
    // The view loads images lazily; load every one now so a leak below the fold is caught too.
    await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('img').forEach((img) => (img.loading = 'eager')), VIEW_HOST);
    await tab.waitFor((tag) => Array.from(document.querySelector(tag)?.shadowRoot?.querySelectorAll('img') ?? []).every((img) => img.complete), VIEW_HOST);
    const trap = await readTrap(page);
    expect(trap.hits).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(leaks).toEqual([]);
    const executable = await page.evaluate((tag) => {
      const found: string[] = [];
      for (const el of document.querySelector(tag)!.shadowRoot!.querySelectorAll('[data-testid=article-content] *')) {
        if (/^(script|iframe|frame|object|embed|base|meta|link|style|form|input|button|textarea|select|template|video|audio|foreignobject|animate|set)$/i.test(el.localName)) found.push(`<${el.localName}>`);
        for (const attr of el.attributes) if (/^on/i.test(attr.name) || /^\s*(javascript|vbscript):/i.test(attr.value)) found.push(`${el.localName}[${attr.name}]`);
      }
      return found;
    }, VIEW_HOST);
    expect(executable).toEqual([]);
    await page.close();
  });

  it('a large article (400 paragraphs, 2,000 images) is cleaned in the background page, not in the tab', { timeout: 180_000 }, async () => {
    const page = await session.firefox.browser.newPage();
    // Not `load`: that waits for 2,000 missing images.
    await page.goto(session.server.url('/hostile/large.html'), { waitUntil: 'domcontentloaded' });
    await armTrap(page);
    const tab = puppeteerTab(page);
    const started = Date.now();
    const state = await session.reader.toggle(tab);
    await waitForArticle(tab);
    const openedMs = Date.now() - started;
    expect(state.status).toBe('open');
    expect((state as { timings?: { cleanedIn?: string } }).timings?.cleanedIn, 'a page this large is cleaned off the tab').toBe('off-thread');
    const trap = await readTrap(page);
    const report = { browser: 'firefox', page: 'large.html (400 paragraphs, 2,000 images)', openedMs, longestTimerGapMs: Math.round(trap.longestGapMs), timings: (state as { timings?: unknown }).timings };
    console.log(`[firefox] large article: ${JSON.stringify(report)}`);
    fs.mkdirSync('test-artifacts', { recursive: true });
    fs.writeFileSync(path.join('test-artifacts', 'firefox-longest-task.json'), `${JSON.stringify(report, null, 2)}\n`);
    expect(await callFirefoxBackground(tab, 'viewStateOf')).toMatchObject({ status: 'open' });
    await page.close();
  });
});
