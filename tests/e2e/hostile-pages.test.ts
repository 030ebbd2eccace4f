import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS, hostileArticle } from '../fixtures/hostile/payloads';
import { articleContent, toggleThroughHook, VIEW_HOST } from './helpers/clean-view';
import { openPage, tabIdOf } from './helpers/launch';
import { traceLongestTask } from './helpers/main-thread-tasks';
import { useExtensionSession } from './helpers/session';
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

/**
 * The freeze budget for the large page, in CPU time of the longest task on the tab's main thread
 * (helpers/main-thread-tasks.ts: wall time on this shared machine mostly measures other
 * processes). The engine runs off the tab's thread (utils/clean-page-html.ts) and the article goes
 * in a slice at a time, so what is left is serialising the page, showing the dialog and one
 * slice. Measured 86–125 ms CPU over six runs (wall 247–1,056 ms at load average 11–20 on 2
 * cores); cleaning in the tab measured 651–892 ms CPU (wall 1.8–3.8 s), so the budget fails at
 * once if that comes back.
 */
const LONGEST_TASK_BUDGET_MS = 200;

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
  let dir: string;
  const dialogs: string[] = [];
  const leaks: string[] = [];
  let armed = false;

  // Registered before the session: the pages exist when the server starts, and the folder is
  // deleted after the browser and the server have closed (hooks run in stack order).
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-hostile-'));
    fs.writeFileSync(path.join(dir, 'all-payloads.html'), hostileArticle(ALL_IN_ONE));
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i + 1}: the council met again, the engineers reported on the deck, and residents asked when the ferry would start running across the river.</p>`).join('');
    const images = Array.from({ length: 2000 }, (_, i) => `<img src="/large/img-${i}.png" alt="Photo ${i}" width="10" height="10">`).join('');
    fs.writeFileSync(path.join(dir, 'large.html'), `<!doctype html><html lang="en"><head><title>A long article</title></head><body><article><h1>A long article</h1>${paragraphs}<figure>${images}</figure></article></body></html>`);
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const session = useExtensionSession({ build: 'e2e', mounts: () => ({ '/hostile/': dir }) });
  beforeAll(() => {
    session.ext.context.on('request', (request) => {
      if (armed && request.url().includes('/qr-leak/')) leaks.push(request.url());
    });
    session.ext.context.on('page', (page) => page.on('dialog', (dialog) => {
      if (armed) dialogs.push(dialog.message());
      void dialog.dismiss();
    }));
  });

  it(`the clean view renders ${LIVE_PAYLOADS.length} payloads in one article and nothing runs, opens or loads`, async () => {
    armed = false;
    const page = await openPage(session.ext, session.server.url('/hostile/all-payloads.html'));
    page.on('dialog', (dialog) => {
      if (armed) dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    await page.waitForLoadState('networkidle');
    await armTrap(page);
    armed = true;
    const state = await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    expect(state.status).toBe('open');
    await articleContent(page).getByText(SURVIVING_LINE, { exact: false }).first().waitFor();
    // Let every image in the view finish (load or fail) before reading the trap: a condition, not a sleep.
    // The view loads images lazily; make every one load now, so a leak below the fold is caught too.
    await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('img').forEach((img) => (img.loading = 'eager')), VIEW_HOST);
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
    const page = await openPage(session.ext, session.server.url('/hostile/all-payloads.html'));
    await page.waitForLoadState('networkidle');
    armed = true;
    const popup = await openPopupFor(session.ext, await tabIdOf(session.ext, page));
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

  it(`a large article (400 paragraphs, 2,000 images) opens without freezing the tab: longest main-thread task < ${LONGEST_TASK_BUDGET_MS} ms CPU`, async () => {
    // 2,000 images answer 404 from the test server; waiting for `load` would time them all.
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/hostile/large.html'), { waitUntil: 'domcontentloaded' });
    const tabId = await tabIdOf(session.ext, page);
    await armTrap(page);
    let openedMs = 0;
    let trap: Trap = { hits: [], longestTaskMs: 0 };
    const longest = await traceLongestTask(page, async () => {
      const started = Date.now();
      // The toggle answers once the view is rendered.
      const state = await toggleThroughHook(session.ext, tabId);
      expect(state.status).toBe('open');
      expect((state as { timings?: { cleanedIn?: string } }).timings?.cleanedIn, 'a page this large is cleaned off the tab').toBe('off-thread');
      // Until every slice of the article is in, and a frame later; no Playwright text query in
      // this window: a locator's text search runs on the page's main thread and would count.
      trap = await page.evaluate(async (tag) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const last = () => document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="article-content"] figure img:last-of-type');
        while (!last()) await new Promise((resolve) => setTimeout(resolve, 20));
        await frame();
        await frame();
        return (window as unknown as { __qrTrap: Trap }).__qrTrap;
      }, VIEW_HOST);
      openedMs = Date.now() - started;
    });
    await articleContent(page).getByText('Paragraph 400:', { exact: false }).waitFor();
    // The page keeps answering while and after the view opens.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    const report = { page: 'large.html (400 paragraphs, 2,000 images)', openedMs, longestTaskCpuMs: longest.cpuMs, longestTaskWallMs: longest.wallMs, tasksOver50msCpu: longest.longTasks, longestTimerGapMs: Math.round(trap.longestTaskMs), budgetCpuMs: LONGEST_TASK_BUDGET_MS };
    console.log(`[hostile] large article: ${JSON.stringify(report)}`);
    fs.mkdirSync('test-artifacts', { recursive: true });
    fs.writeFileSync(path.join('test-artifacts', 'longest-task.json'), `${JSON.stringify(report, null, 2)}\n`);
    expect(longest.cpuMs, 'the tab froze while the view opened').toBeLessThan(LONGEST_TASK_BUDGET_MS);
  });
});
