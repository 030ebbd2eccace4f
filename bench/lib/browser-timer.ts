import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { CleanOptions } from '../../core/types';
import { findFirefox } from '../../tests/e2e/helpers/firefox-launch';
import { findChromium } from '../../tests/e2e/helpers/launch';
import type { BenchBrowserName } from './bench-browsers';
import type { TimeCleans } from './timing-page';
import type { TimedRuns, TimingPlan } from './timing-plan';

/**
 * bench:speed in a real browser (`--browser chromium|firefox`): the engine and Readability alone
 * bundled into one page (bench/lib/timing-page.ts), headless, each corpus page handed over as
 * HTML and parsed there. The page is served from 127.0.0.1 cross-origin isolated (COOP + COEP):
 * only then do the browsers give `performance.now()` its fine resolution (Firefox otherwise rounds
 * to a millisecond, the size of a small page's whole clean).
 */
export interface BrowserTimer {
  /** "Chromium 120.0…" / "Firefox 128.0…". */
  version: string;
  /** Whether the page got fine-grained timers (cross-origin isolated). */
  isolated: boolean;
  time(html: string, url: string | undefined, plan: TimingPlan, rules: Pick<CleanOptions, 'only' | 'skip'>): Promise<TimedRuns>;
  close(): Promise<void>;
}

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'timing-page.ts');
const PAGE = '<!doctype html><meta charset="utf-8"><title>Quiet Reader speed</title><script src="/timing-page.js"></script>';

export async function openBrowserTimer(name: BenchBrowserName): Promise<BrowserTimer> {
  const bundle = await build({ entryPoints: [ENTRY], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'silent' });
  const script = bundle.outputFiles[0]!.text;
  const server = http.createServer((request, response) => {
    const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };
    if (request.url === '/timing-page.js') response.writeHead(200, { ...isolation, 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    else response.writeHead(200, { ...isolation, 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const stopServer = () => new Promise<void>((resolve) => server.close(() => resolve()));
  try {
    return name === 'chromium' ? await openChromium(pageUrl, stopServer) : await openFirefox(pageUrl, stopServer);
  } catch (error) {
    await stopServer();
    throw error;
  }
}

const timeInPage = ([html, url, plan, rules]: Parameters<TimeCleans>) => globalThis.qrTimeCleans(html, url, plan, rules);
const isolatedInPage = () => globalThis.crossOriginIsolated;

async function openChromium(pageUrl: string, stopServer: () => Promise<void>): Promise<BrowserTimer> {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, headless: true, args: ['--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto(pageUrl);
  return {
    version: `Chromium ${browser.version()}`,
    isolated: await page.evaluate(isolatedInPage),
    time: (html, url, plan, rules) => page.evaluate(timeInPage, [html, url, plan, rules] as Parameters<TimeCleans>),
    async close() {
      await browser.close();
      await stopServer();
    },
  };
}

async function openFirefox(pageUrl: string, stopServer: () => Promise<void>): Promise<BrowserTimer> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox() ?? undefined, headless: true });
  const page = await browser.newPage();
  await page.goto(pageUrl);
  return {
    version: (await browser.version()).replace(/^firefox\//i, 'Firefox '),
    isolated: await page.evaluate(isolatedInPage),
    time: (html, url, plan, rules) => page.evaluate(timeInPage, [html, url, plan, rules] as Parameters<TimeCleans>),
    async close() {
      await browser.close();
      await stopServer();
    },
  };
}
