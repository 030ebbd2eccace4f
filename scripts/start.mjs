#!/usr/bin/env node
/**
 * `npm start`: the product in one step.
 *   1. builds the extension (`wxt build` → .output/chrome-mv3);
 *   2. serves the bundled demo article (scripts/demo/) on 127.0.0.1;
 *   3. with a display and Chromium: opens Chromium with the extension loaded on the demo article
 *      and opens the clean view through the toolbar action (the same path as a click);
 *      without them: says why, explains how to load .output/chrome-mv3 by hand, and prints the
 *      cleaned demo article through the CLI instead.
 * Options: `npm start -- --no-browser` forces the CLI path.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_DIR = path.join(ROOT, 'scripts/demo');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const BIN = (name) => path.join(ROOT, 'node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const BROWSER_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

const say = (text = '') => process.stdout.write(`${text}\n`);

function build() {
  say('▸ Building the extension (wxt build)…');
  const result = spawnSync(BIN('wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    say('✗ The build failed (see above). Run `npm ci` first if node_modules is missing.');
    process.exit(result.status ?? 1);
  }
}

/** Serves scripts/demo/ on 127.0.0.1 (a real http:// page: extensions cannot read file:// pages by default). */
async function serveDemo() {
  const types = { '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)) || 'article.html';
    const file = path.join(DEMO_DIR, name);
    if (!fs.existsSync(file)) return void res.writeHead(404).end('Not found');
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/article.html` };
}

function displayProblem() {
  if (process.argv.includes('--no-browser')) return 'you asked for --no-browser';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)';
  return null;
}

const isBrandedChrome = (executable) => /google-chrome|Google Chrome/.test(executable);

function printManualLoading(demoUrl) {
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
    const record = JSON.parse(json.stdout.trim().split('\n').at(-1));
    say(`Removed ${record.removed.length} blocks:`);
    for (const removal of record.removed) say(`  - ${removal.kind}: ${removal.reason}${removal.preview ? ` — “${removal.preview.slice(0, 70)}${removal.preview.length > 70 ? '…' : ''}”` : ''}`);
  } catch {
    say('(The list of removed blocks could not be read from the CLI output.)');
  }
}

/** Sends a DevTools command to a non-flattened target session and waits for its answer. */
function targetSender(cdp, sessionId) {
  let nextId = 1;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message);
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  return async (method, params) => {
    const id = nextId++;
    const answered = new Promise((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    return answered;
  };
}

/**
 * Opens the clean view the way a reader does: the toolbar action (DevTools `Extensions.triggerAction`,
 * which grants activeTab and opens the popup), then the popup's own `toggleView` message.
 */
async function openCleanView(context, extensionId, demoUrl) {
  const cdp = await context.browser().newBrowserCDPSession();
  const targets = async () => (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;
  const tab = (await targets()).find((t) => t.type === 'tab' && t.url === demoUrl);
  if (!tab) throw new Error('the demo tab was not found');
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  let popup = null;
  for (let tries = 0; tries < 100 && !popup; tries++) {
    popup = (await targets()).find((t) => t.url.startsWith(`chrome-extension://${extensionId}/popup.html`));
    if (!popup) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!popup) throw new Error('the popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  const send = targetSender(cdp, sessionId);
  // The popup target exists before its document has loaded: wait until the extension APIs are there.
  const ready = async () => (await send('Runtime.evaluate', { returnByValue: true, expression: `document.readyState === 'complete' && typeof chrome !== 'undefined' && !!chrome.tabs` })).result?.result?.value === true;
  for (let tries = 0; tries < 200 && !(await ready()); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  const reply = await send('Runtime.evaluate', {
    awaitPromise: true,
    returnByValue: true,
    expression: `chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) =>
      chrome.runtime.sendMessage({ id: 1, type: 'toggleView', data: { tabId: tab.id }, timestamp: Date.now() }))`,
  });
  await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  return reply.result?.result?.value?.res ?? null;
}

async function openInChromium(executable, demoUrl) {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'quiet-reader-demo-'));
  say(`▸ Opening ${executable} with Quiet Reader loaded (a fresh profile in ${profile})…`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: false,
    viewport: null,
    ignoreDefaultArgs: ['--enable-automation'],
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run', '--no-default-browser-check'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demoUrl);
  try {
    const state = await openCleanView(context, extensionId, demoUrl);
    say(state?.status === 'open' ? `✓ The clean view is open on the demo article (${state.removedCount} blocks removed; "N blocks removed" lists them).` : `! The view did not open by itself (${JSON.stringify(state)}). Click the Quiet Reader toolbar button.`);
  } catch (error) {
    say(`! Could not open the view by itself (${error.message}). Click the Quiet Reader toolbar button, or press Alt+Shift+Y.`);
  }
  say('  Toggle it with the toolbar button, Alt+Shift+Y or the page’s context menu; Esc closes it.');
  say('  Close the browser window (or press Ctrl+C) to stop.');
  await new Promise((resolve) => {
    context.on('close', resolve);
    process.once('SIGINT', () => void context.close().then(resolve));
  });
  fs.rmSync(profile, { recursive: true, force: true });
}

async function main() {
  build();
  const { server, url } = await serveDemo();
  say(`▸ Demo article served at ${url}`);
  const noDisplay = displayProblem();
  const executable = BROWSER_CANDIDATES.find((candidate) => fs.existsSync(candidate));
  try {
    if (noDisplay || !executable) {
      say();
      say(`No browser window can be opened here: ${noDisplay ?? 'no Chromium or Chrome was found (set CHROMIUM_PATH to its executable)'}.`);
      printManualLoading(null);
      showThroughCli();
      return;
    }
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

main().catch((error) => {
  say(`✗ npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  printManualLoading(null);
  process.exit(1);
});
