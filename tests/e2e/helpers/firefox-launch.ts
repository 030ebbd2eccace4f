import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BuildName } from './launch';
import { REPO_ROOT } from './corpus';

/**
 * Launches Debian's Firefox ESR with the built add-on, driven by puppeteer-core over WebDriver
 * BiDi (no geckodriver, no browser download; Playwright's Firefox needs a patched build that
 * cannot be downloaded here). The unpacked build is installed as a temporary add-on, as
 * about:debugging does, and gets a fixed moz-extension UUID so the tests know its origin.
 *
 * Builds (made by `npm run test:e2e`):
 *   'e2e'  .output/firefox-mv2-e2e — host permission `http://127.0.0.1/*` and the e2e bridge
 *          (entrypoints/e2e-bridge.content.ts), through which the tests call the background;
 *   'prod' .output/firefox-mv2     — the shipped manifest.
 *
 * @example
 * const firefox = await launchFirefoxExtension({ build: 'e2e' });
 * const page = await openFirefoxPage(firefox, server.url('/seed/mother-jones-aleppo.html'));
 * await firefox.close();
 */

const GECKO_ID = 'quiet-reader@example.invalid';
/** Fixed by pref, so `moz-extension://<uuid>/` is known before launch. */
export const FIREFOX_EXTENSION_UUID = '6c1f3c1e-5d55-4c5b-9a0e-7a3f0e2b9c11';

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export interface FirefoxLaunchOptions {
  build?: BuildName;
  /** Default true. Headed runs need a display (the keyboard command, under xvfb-run). */
  headless?: boolean;
  /** More Firefox preferences for this profile. */
  prefs?: Record<string, string | number | boolean>;
}

export interface FirefoxSession {
  browser: Browser;
  extensionDir: string;
  /** Installs the same build again over the running one: Firefox's "update" of the add-on. */
  reinstall(): Promise<void>;
  close(): Promise<void>;
}

/** `$FIREFOX_PATH`, else the first installed candidate, else null. */
export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/**
 * The shipped Firefox package is MV2 (README "Firefox: MV2, and why"). `QR_FIREFOX_MANIFEST=3`
 * points the tests and bench:browser at the MV3 builds instead (`npx wxt build -b firefox --mv3
 * [--mode e2e]`), to compare the two.
 */
export function firefoxBuildDir(build: BuildName): string {
  const version = process.env.QR_FIREFOX_MANIFEST === '3' ? 'mv3' : 'mv2';
  return path.join(REPO_ROOT, build === 'e2e' ? `.output/firefox-${version}-e2e` : `.output/firefox-${version}`);
}

export async function launchFirefoxExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const build = options.build ?? 'e2e';
  const extensionDir = firefoxBuildDir(build);
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox ${build} build at ${extensionDir}. Run \`npx wxt build -b firefox${build === 'e2e' ? ' --mode e2e' : ''}\` first (\`npm run test:e2e\` does it).`);
  }
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(`Firefox not found (tried $FIREFOX_PATH and ${FIREFOX_CANDIDATES.join(', ')}). Install it with \`apt-get install -y firefox-esr\`.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      ...options.prefs,
    },
  });
  let closed = false;
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  return {
    browser,
    extensionDir,
    async reinstall() {
      await browser.installExtension(extensionDir);
    },
    async close() {
      if (closed) return;
      closed = true;
      await browser.close().catch(() => undefined);
    },
  };
}

export async function openFirefoxPage(session: FirefoxSession, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
