import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { ChromeGlobal } from './chrome-global';
import { REPO_ROOT } from './corpus';

/**
 * Launches Debian's Chromium with the built extension loaded, in a throwaway persistent profile
 * (extensions only load in a persistent context), and finds the extension's id from its service
 * worker (wxt-dev/examples playwright-e2e-testing/e2e/fixtures.ts does the same).
 *
 * Builds (made by `npm run test:e2e`, or `npm run build` / `npm run build:e2e`):
 *   'e2e'  .output/chrome-mv3-e2e — adds the host permission `http://127.0.0.1/*`, so the service
 *          worker may inject into the test server's pages without a click;
 *   'prod' .output/chrome-mv3     — the shipped manifest: activeTab only, so every injection needs
 *          a toolbar-equivalent action first (see `triggerAction` in ./action.ts).
 *
 * @example
 * const ext = await launchExtension({ build: 'prod' });
 * const page = await ext.context.newPage();
 * await page.goto(server.url('/seed/mother-jones-aleppo.html'));
 * await triggerAction(ext, page);
 * await ext.close();
 */

export type BuildName = 'e2e' | 'prod';

export interface LaunchOptions {
  build?: BuildName;
  /** Default true. Headed runs need a display (CI runs under xvfb-run). */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Extra Chromium flags. */
  args?: string[];
}

export interface ExtensionSession {
  context: BrowserContext;
  /** The extension's background service worker; `evaluate` runs code in it. */
  serviceWorker: Worker;
  extensionId: string;
  /** Absolute path of the unpacked build that was loaded. */
  extensionDir: string;
  /** A browser-level DevTools session (for `Target.*` and `Extensions.*` commands). */
  browserCdp(): Promise<CDPSession>;
  /** Closes the browser and deletes the profile. Safe to call twice. */
  close(): Promise<void>;
}

const BUILD_DIRS: Record<BuildName, string> = {
  e2e: '.output/chrome-mv3-e2e',
  prod: '.output/chrome-mv3',
};

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser to drive: `$CHROMIUM_PATH`, else the first installed candidate, else null. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

export function extensionBuildDir(build: BuildName): string {
  return path.join(REPO_ROOT, BUILD_DIRS[build]);
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const build = options.build ?? 'e2e';
  const extensionDir = extensionBuildDir(build);
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No ${build} build at ${extensionDir}. Run \`npm run ${build === 'e2e' ? 'build:e2e' : 'build'}\` first (\`npm run test:e2e\` does both).`);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(`Chromium not found (tried $CHROMIUM_PATH and ${CHROMIUM_CANDIDATES.join(', ')}). Install it with \`apt-get install -y chromium\`.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  let closed = false;
  return {
    context,
    serviceWorker,
    extensionId,
    extensionDir,
    async browserCdp() {
      const browser = context.browser();
      if (!browser) throw new Error('This Playwright context has no Browser object, so no browser-level DevTools session.');
      return browser.newBrowserCDPSession();
    },
    async close() {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a new tab on `url` and waits for its load event. */
export async function openPage(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The id Chromium gave the tab showing `page`, as the extension's `tabs` API sees it. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  // Bring it to the front and take the active tab: several tabs may show the same URL. Only the
  // e2e build can read tab URLs, so the URL is checked when it is visible.
  await page.bringToFront();
  const url = page.url();
  const id = await session.serviceWorker.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (active?.id != null && (active.url === undefined || active.url === pageUrl)) return active.id;
    const byUrl = (await chrome.tabs.query({})).find((tab) => tab.url === pageUrl);
    return byUrl?.id ?? null;
  }, url);
  if (id == null) throw new Error(`No tab found for ${url}`);
  return id;
}
