import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

/**
 * The Chromium `npm start` opens: a fresh profile with Quiet Reader loaded and its button pinned
 * to the toolbar, without the warning bar automation flags bring.
 */

/**
 * Playwright starts Chromium with `--no-sandbox` (Chromium cannot sandbox itself when run as
 * root, as here), and Chromium then shows "You are using an unsupported command-line flag:
 * --no-sandbox" over every page. `--test-type` is the switch that marks a browser started by a
 * test harness, and hides that bar; `--enable-automation` is dropped for its own bar ("Chrome is
 * being controlled by automated test software").
 */
export function demoBrowserArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run', '--no-default-browser-check', '--test-type'];
}
export const DEMO_IGNORED_DEFAULT_ARGS = ['--enable-automation'];

/**
 * The id Chromium gives an extension loaded unpacked from `dir`: the first 128 bits of the
 * SHA-256 of its absolute path, written with the letters a–p for the hex digits 0–f.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * Writes a new profile's preferences with the extension pinned beside the address bar. Without
 * it the button sits in the puzzle-piece menu, and the reader who just watched the popup open by
 * itself cannot find it once the popup closes. (Chromium has no command-line switch for this.)
 */
export function pinExtensionInNewProfile(profileDir: string, extensionId: string): void {
  const file = path.join(profileDir, 'Default', 'Preferences');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }));
}

export interface DemoBrowser {
  context: BrowserContext;
  extensionId: string;
  profile: string;
  /** Closes the browser (if still open) and deletes the profile. */
  close(): Promise<void>;
}

export async function launchDemoBrowser({ executable, extensionDir, headless = false }: { executable: string; extensionDir: string; headless?: boolean }): Promise<DemoBrowser> {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'quiet-reader-demo-'));
  const extensionId = unpackedExtensionId(extensionDir);
  pinExtensionInNewProfile(profile, extensionId);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless,
    viewport: null,
    ignoreDefaultArgs: DEMO_IGNORED_DEFAULT_ARGS,
    args: demoBrowserArgs(extensionDir),
  });
  return {
    context,
    extensionId,
    profile,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
