import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { findFirefox, launchFirefoxExtension } from '../../tests/e2e/helpers/firefox-launch';
import { findChromium, launchExtension } from '../../tests/e2e/helpers/launch';
import { callFirefoxBackground, puppeteerTab } from '../../tests/e2e/helpers/reader-browser';

/**
 * The two browsers as bench:browser drives them: headed on an X display, the e2e build of the
 * extension (its background keeps the last trigger's timings where the bench can read them), one
 * tab, the keyboard shortcut typed with xdotool, which is the only way either browser fires an
 * extension command from automation (docs/extension-testing.md, docs/firefox-testing.md).
 * The browser tests' launchers are reused (tests/e2e/helpers).
 *
 * Pages come from loopback addresses only: every other host fails at once, so a corpus page's
 * third-party scripts, fonts and images cannot make the run depend on the network.
 */

export type BenchBrowserName = 'chromium' | 'firefox';
export const BENCH_BROWSERS: readonly BenchBrowserName[] = ['chromium', 'firefox'];

/** The background's record of the last toggle (entrypoints/background/triggers.ts), as JSON. */
export interface TriggerJson {
  trigger: string;
  state: { status: string; timings?: { settingsMs: number; cleanMs: number; renderMs: number; transferMs?: number; cleanedIn?: string; startedAt?: number; renderedAt?: number } };
  at: { received: number; ready: number | null; answered: number };
}

export interface BenchBrowser {
  name: BenchBrowserName;
  version: string;
  goto(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  /** Focuses the page for the keyboard (after each load). */
  focus(): Promise<void>;
  /** Types the shortcut into the focused window (a real X key event). */
  pressShortcut(): Promise<void>;
  lastTrigger(): Promise<TriggerJson | null>;
  close(): Promise<void>;
}

const SHORTCUT = 'alt+shift+y';
const PAGE_LOAD_TIMEOUT_MS = 20_000;

/** Takes every `--browser NAME` out of `argv`: the browsers named (in order, once each) and the other arguments. */
export function takeBrowserArgs(argv: readonly string[]): { browsers: BenchBrowserName[]; rest: string[]; error?: string } {
  const browsers: BenchBrowserName[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--browser') {
      rest.push(argv[i]!);
      continue;
    }
    const value = argv[++i];
    if (value !== 'chromium' && value !== 'firefox') return { browsers, rest, error: `--browser is ${BENCH_BROWSERS.join(' or ')}, got “${value ?? ''}”` };
    if (!browsers.includes(value)) browsers.push(value);
  }
  return { browsers, rest };
}

/** Why this browser cannot be benchmarked here, or null. */
export function whyBrowserCannotRun(name: BenchBrowserName): string | null {
  if (name === 'chromium' && !findChromium()) return 'Chromium is not installed (apt-get install -y chromium)';
  if (name === 'firefox' && !findFirefox()) return 'Firefox ESR is not installed (apt-get install -y firefox-esr)';
  return null;
}

const run = promisify(execFile);

const FOCUS_SHIELD = 'qr-bench-focus-shield';

/**
 * Gives the page the keyboard focus with a real click, so the page sees the shortcut's keys (the
 * bench's start) as well as the browser (which fires the command). Focusing the window alone is
 * not enough in Firefox without a window manager. The click lands on a sheet put over the page
 * for the moment, so it follows no link; the sheet is gone before anything is timed.
 */
async function focusPage(windowClass: string, evaluate: (expression: string) => Promise<unknown>): Promise<void> {
  const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', windowClass], { encoding: 'utf8' });
  const window = stdout.trim().split('\n').filter(Boolean).at(-1);
  if (!window) throw new Error(`No visible ${windowClass} window found with xdotool`);
  // windowfocus, not windowactivate: Xvfb has no window manager for _NET_ACTIVE_WINDOW.
  await run('xdotool', ['windowfocus', '--sync', window]);
  await evaluate(`(() => { const shield = document.createElement('div'); shield.id = '${FOCUS_SHIELD}'; shield.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:transparent'; document.documentElement.append(shield); return true; })()`);
  await run('xdotool', ['mousemove', '--window', window, '640', '500', 'click', '1']);
  await evaluate(`(() => { document.getElementById('${FOCUS_SHIELD}')?.remove(); return document.hasFocus(); })()`);
}

async function typeShortcut(): Promise<void> {
  await run('xdotool', ['key', '--clearmodifiers', SHORTCUT]);
}

async function gotoLoaded(load: () => Promise<unknown>, settled: () => Promise<unknown>): Promise<void> {
  // A page whose `load` never comes is still measured once its DOM is there.
  await load().catch(settled);
}

/** `helperUrl`: a page on 127.0.0.1, where Firefox's e2e bridge answers (bench pages are on other hosts). */
export async function launchBenchBrowser(name: BenchBrowserName, helperUrl: string): Promise<BenchBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox(helperUrl);
}

async function launchChromium(): Promise<BenchBrowser> {
  const ext = await launchExtension({ build: 'e2e', headless: false, args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.*'] });
  const page: PlaywrightPage = ext.context.pages()[0] ?? (await ext.context.newPage());
  return {
    name: 'chromium',
    version: ext.context.browser()?.version() ?? 'unknown',
    goto: (url) =>
      gotoLoaded(
        () => page.goto(url, { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS }),
        () => page.waitForLoadState('domcontentloaded'),
      ),
    evaluate: (expression) => page.evaluate(expression),
    focus: () => focusPage('chromium', (expression) => page.evaluate(expression)),
    pressShortcut: typeShortcut,
    lastTrigger: () => ext.serviceWorker.evaluate('globalThis.__quietReader.getLastTrigger()'),
    close: () => ext.close(),
  };
}

async function launchFirefox(helperUrl: string): Promise<BenchBrowser> {
  // Every host outside 127.0.0.0/8 goes through a proxy on a closed port, so it fails at once.
  const prefs = { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9, 'network.proxy.no_proxies_on': '127.0.0.0/8' };
  const firefox = await launchFirefoxExtension({ build: 'e2e', headless: false, prefs });
  const helper: PuppeteerPage = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
  await helper.goto(helperUrl, { waitUntil: 'load' });
  const helperTab = puppeteerTab(helper);
  const page: PuppeteerPage = await firefox.browser.newPage();
  await page.bringToFront();
  return {
    name: 'firefox',
    version: await firefox.browser.version(),
    goto: (url) =>
      gotoLoaded(
        () => page.goto(url, { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS }),
        () => page.waitForFunction('document.readyState !== "loading"'),
      ),
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    focus: () => focusPage('firefox', (expression) => page.evaluate(expression)),
    pressShortcut: typeShortcut,
    lastTrigger: () => callFirefoxBackground<TriggerJson | null>(helperTab, 'getLastTrigger'),
    close: () => firefox.close(),
  };
}
