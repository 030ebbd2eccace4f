/**
 * `npm start`: the product in one step.
 *   1. builds the extension (`wxt build` → .output/chrome-mv3);
 *   2. with a display and Chromium: serves the bundled demo article (scripts/demo/) on 127.0.0.1,
 *      opens Chromium with the extension loaded (its button pinned) on the demo article and turns
 *      the clean view on from the toolbar popup (the same path as a click);
 *      without them: says why, explains how to load .output/chrome-mv3 by hand, and prints the
 *      cleaned demo article through the CLI instead (no server: nothing could open its address).
 * Options: `npm start -- --no-browser` forces the CLI path.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { CLUTTER_KIND_LABELS, type ClutterKind } from '../core/types';
import { launchDemoBrowser } from './start/demo-browser';
import { plainTerminalText } from './start/plain-output';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_DIR = path.join(ROOT, 'scripts/demo');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const BIN = (name: string) => path.join(ROOT, 'node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const BROWSER_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter((candidate): candidate is string => Boolean(candidate));

const say = (text = '') => process.stdout.write(`${text}\n`);

function build() {
  say('▸ Building the extension (wxt build)…');
  // In a terminal WXT's spinner is live; anywhere else (a log, a pipe) only the lines it leaves.
  let status: number | null;
  if (process.stdout.isTTY) {
    status = spawnSync(BIN('wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' }).status;
  } else {
    const result = spawnSync(BIN('wxt'), ['build'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    process.stdout.write(plainTerminalText(result.stdout + result.stderr));
    status = result.status;
  }
  if (status !== 0) {
    say('✗ The build failed (see above). Run `npm ci` first if node_modules is missing.');
    process.exit(status ?? 1);
  }
}

/** Serves scripts/demo/ on 127.0.0.1 (a real http:// page: extensions cannot read file:// pages by default). */
async function serveDemo(): Promise<{ server: http.Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)) || 'article.html';
    const file = path.join(DEMO_DIR, name);
    if (!fs.existsSync(file)) return void res.writeHead(404).end('Not found');
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.html` };
}

function displayProblem() {
  if (process.argv.includes('--no-browser')) return 'you asked for --no-browser';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)';
  return null;
}

const isBrandedChrome = (executable: string) => /google-chrome|Google Chrome/.test(executable);

function printManualLoading(demoUrl: string | null) {
  say();
  say('To try it in your own Chromium or Chrome:');
  say('  1. open chrome://extensions and switch on "Developer mode" (top right);');
  say(`  2. click "Load unpacked" and choose ${EXTENSION_DIR};`);
  say(`  3. open an article${demoUrl ? ` (the demo is at ${demoUrl} while this runs)` : ''} and click the Quiet Reader button,`);
  say('     press Alt+Shift+Y, or right-click the page → "Toggle clean view".');
}

function showThroughCli() {
  const demo = path.join(DEMO_DIR, 'article.html');
  const url = 'https://valley-courier.example/2026/10/river';
  say();
  say('▸ The demo article, cleaned by the same engine (npm run cli):');
  say('─'.repeat(72));
  spawnSync(BIN('tsx'), ['cli/main.ts', '--url', url, demo], { cwd: ROOT, stdio: 'inherit' });
  say('─'.repeat(72));
  const json = spawnSync(BIN('tsx'), ['cli/main.ts', '--json', '--url', url, demo], { cwd: ROOT, encoding: 'utf8' });
  try {
    const record = JSON.parse(json.stdout.trim().split('\n').at(-1) ?? '') as { removed: { kind: ClutterKind; reason: string; preview: string; copies: number }[] };
    // Counted as the view counts them: every copy of a block printed twice.
    const blocks = record.removed.reduce((sum, removal) => sum + Math.max(1, removal.copies), 0);
    say(`Removed ${blocks} blocks:`);
    for (const removal of record.removed) {
      const copies = removal.copies > 1 ? ` (${removal.copies} copies)` : '';
      const preview = removal.preview ? ` — “${removal.preview.slice(0, 70)}${removal.preview.length > 70 ? '…' : ''}”` : '';
      say(`  - ${CLUTTER_KIND_LABELS[removal.kind]?.one ?? removal.kind}${copies}: ${removal.reason}${preview}`);
    }
  } catch {
    say('(The list of removed blocks could not be read from the CLI output.)');
  }
}

/** Sends a DevTools command to a non-flattened target session and waits for its answer. */
function targetSender(cdp: CDPSession, sessionId: string) {
  let nextId = 1;
  const pending = new Map<number, (reply: TargetReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as TargetReply;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  return async (expression: string): Promise<unknown> => {
    const id = nextId++;
    const answered = new Promise<TargetReply>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } }) });
    return (await answered).result?.result?.value;
  };
}
interface TargetReply {
  id: number;
  result?: { result?: { value?: unknown } };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks `evaluate` until it answers true, or gives up after `tries` × 50 ms. */
async function until(evaluate: () => Promise<unknown>, tries: number): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if ((await evaluate()) === true) return true;
    await pause(50);
  }
  return false;
}

/**
 * Opens the clean view the way a reader does: the toolbar button (DevTools
 * `Extensions.triggerAction`, which grants activeTab and opens the popup), then the popup's own
 * "Clean view" switch, so the popup shows the switch on. The popup is then closed, as a click
 * on the page would, leaving the view and the pinned button.
 */
async function openCleanView(context: BrowserContext, extensionId: string, demoUrl: string): Promise<string> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser-level DevTools session');
  const cdp = await browser.newBrowserCDPSession();
  // `filter: [{}]` lists every target, including the `tab` targets `triggerAction` needs.
  const targets = async () => (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;
  const tab = (await targets()).find((t) => t.type === 'tab' && t.url === demoUrl);
  if (!tab) throw new Error('the demo tab was not found');
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  let popup: { targetId: string } | undefined;
  for (let tries = 0; tries < 100 && !popup; tries++) {
    popup = (await targets()).find((t) => t.url.startsWith(`chrome-extension://${extensionId}/popup.html`));
    if (!popup) await pause(50);
  }
  if (!popup) throw new Error('the popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  const evaluate = targetSender(cdp, sessionId);
  try {
    // The popup target exists before its document has loaded, and cleans the page before it shows the switch.
    const ready = await until(() => evaluate(`document.querySelector('[data-testid=popup]:not([data-screen=loading]) [data-testid=view-toggle]') !== null`), 400);
    if (!ready) throw new Error('the popup did not show its "Clean view" switch');
    await evaluate(`document.querySelector('[data-testid=view-toggle]').click()`);
    const state = async () => evaluate(`chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => chrome.runtime.sendMessage({ id: 1, type: 'getViewState', data: { tabId: tab.id }, timestamp: Date.now() })).then((reply) => reply?.res?.status)`);
    await until(async () => (await state()) === 'open', 400);
    const status = await state();
    if (status === 'open') await evaluate('window.close()').catch(() => undefined);
    return String(status);
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

async function openInChromium(executable: string, demoUrl: string): Promise<void> {
  say(`▸ Opening ${executable} with Quiet Reader loaded and pinned to the toolbar (a fresh profile)…`);
  const demo = await launchDemoBrowser({ executable, extensionDir: EXTENSION_DIR });
  const { context, extensionId } = demo;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  try {
    const status = await openCleanView(context, extensionId, demoUrl);
    say(status === 'open' ? '✓ The clean view is open on the demo article ("N blocks removed" lists what went, and why).' : `! The view did not open by itself (${status}). Click the Quiet Reader toolbar button.`);
  } catch (error) {
    say(`! Could not open the view by itself (${error instanceof Error ? error.message : String(error)}). Click the Quiet Reader toolbar button, or press Alt+Shift+Y.`);
  }
  say('  Toggle it with the toolbar button, Alt+Shift+Y or the page’s context menu; Esc closes it.');
  say('  Close the browser window (or press Ctrl+C) to stop.');
  await new Promise<void>((resolve) => {
    context.on('close', () => resolve());
    process.once('SIGINT', () => void context.close().then(() => resolve()));
  });
  await demo.close();
}

async function main() {
  build();
  const noDisplay = displayProblem();
  const executable = BROWSER_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  if (noDisplay || !executable) {
    say();
    say(`No browser window can be opened here: ${noDisplay ?? 'no Chromium or Chrome was found (set CHROMIUM_PATH to its executable)'}.`);
    printManualLoading(null);
    showThroughCli();
    return;
  }
  const { server, url } = await serveDemo();
  say(`▸ Demo article served at ${url} (until you stop this command)`);
  try {
    if (isBrandedChrome(executable)) {
      // Google Chrome (137 and later) ignores --load-extension; only Chromium loads it from the command line.
      say(`Found Google Chrome (${executable}), which no longer loads extensions from the command line.`);
      printManualLoading(url);
      spawnSync(executable, [url], { stdio: 'ignore', timeout: 5_000 });
      say('Press Ctrl+C to stop the demo server.');
      await new Promise((resolve) => process.once('SIGINT', resolve));
      return;
    }
    await openInChromium(executable, url);
  } finally {
    server.close();
  }
}

main().catch((error: unknown) => {
  say(`✗ npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  printManualLoading(null);
  process.exit(1);
});
