import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { seedArticle } from './helpers/articles';
import type { ChromeGlobal } from './helpers/chrome-global';
import { articleContent, waitForViewClosed } from './helpers/clean-view';
import { openPage } from './helpers/launch';
import { useExtensionSession } from './helpers/session';

/*
 * The keyboard shortcut, on the production build. Chromium fires `commands.onCommand` only for a
 * real key event in a headed browser: neither headless mode nor Playwright/CDP key events do it
 * (docs/extension-testing.md §3d). So this runs headed on an X display and types with xdotool.
 */

const EXPECTED_SHORTCUT = 'Alt+Shift+Y';

function whyKeyboardCannotRun(): string | null {
  if (!process.env.DISPLAY) return 'no X display (DISPLAY is unset); run under `xvfb-run -a` as .ci/run does';
  try {
    execFileSync('xdotool', ['version'], { stdio: 'ignore' });
  } catch {
    return 'xdotool is not installed (apt-get install -y xdotool)';
  }
  return null;
}

const skipReason = whyKeyboardCannotRun();
if (skipReason) console.warn(`[e2e] keyboard shortcut test SKIPPED: ${skipReason}`);

function pressShortcut(): void {
  const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  const window = windows.at(-1);
  if (!window) throw new Error('No visible Chromium window found with xdotool');
  // windowfocus, not windowactivate: Xvfb has no window manager for _NET_ACTIVE_WINDOW.
  execFileSync('xdotool', ['windowfocus', '--sync', window]);
  execFileSync('xdotool', ['key', '--clearmodifiers', EXPECTED_SHORTCUT.toLowerCase()]);
}

describe.skipIf(skipReason !== null)(`keyboard shortcut${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const session = useExtensionSession({ build: 'prod', headless: false });

  it(`is assigned by default (${EXPECTED_SHORTCUT}), not left empty`, async () => {
    const commands = await session.ext.serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.commands.getAll());
    expect(commands.find((command) => command.name === 'toggle-clean-view')?.shortcut).toBe(EXPECTED_SHORTCUT);
  });

  it('toggles the view on and off with a real key press (activeTab from the shortcut)', async () => {
    const page = await openPage(session.ext, session.server.url(seedArticle().path));
    await page.bringToFront();
    pressShortcut();
    await articleContent(page).waitFor();
    pressShortcut();
    await waitForViewClosed(page);
  });
});
