import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ViewStateJson } from './clean-view';
import { toggleThroughHook } from './clean-view';
import { openFirefoxPage, type FirefoxSession } from './firefox-launch';
import { openPage, tabIdOf, type ExtensionSession } from './launch';
import type { PageServer } from './server';
import { getSiteRule, type PreferencesJson, type SiteRuleJson } from './settings';
import { SPEECH_STUB, type SpeechStubOp, type SpeechStubState } from './speech-stub';

/**
 * One face for the two browsers, so a test body is written once and run in Chromium
 * (playwright-core, the service worker's test hooks) and in Firefox (puppeteer-core over BiDi,
 * the same hooks through the e2e bridge: entrypoints/background/e2e-bridge.ts). Only what both
 * drivers do alike is here: page scripts, real key presses and mouse clicks, condition waits.
 */

export type BrowserName = 'chromium' | 'firefox';

export interface ReaderTab {
  /** Runs `fn(arg)` in the page (main world) and returns its JSON value. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Polls `fn(arg)` in the page until it is truthy. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  /** A real key press (trusted), e.g. `Escape`. */
  press(key: string): Promise<void>;
  /** A real mouse click (trusted) at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface ReaderBrowser {
  name: BrowserName;
  server: PageServer;
  open(pathname: string): Promise<ReaderTab>;
  /** The background's toggle for this tab (what the toolbar, shortcut and menu call). */
  toggle(tab: ReaderTab): Promise<ViewStateJson>;
  /** Settings through utils/settings in the background (validated, versioned). `via` is any open test tab. */
  getPreferences(via: ReaderTab): Promise<PreferencesJson>;
  savePreferences(via: ReaderTab, next: PreferencesJson): Promise<void>;
  /** One site's stored rule (utils/settings in the background). */
  getSiteRule(via: ReaderTab, host: string): Promise<SiteRuleJson>;
  /** `runtime.reload()` in the background; resolves once the new background answers. */
  reloadExtension(via: ReaderTab): Promise<void>;
  /** Runs the speech stub (./speech-stub.ts) in the tab's content-script world, where the view runs. */
  speechStub(tab: ReaderTab, op: SpeechStubOp): Promise<SpeechStubState | null>;
  /** Makes the extension's cleaning context refuse pages (or accept them again), so tabs clean their own. */
  refuseOffTabCleaning(via: ReaderTab, refuse: boolean): Promise<void>;
}

function playwrightTab(page: PlaywrightPage): ReaderTab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 30_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    press: (key) => page.keyboard.press(key),
    clickAt: (x, y) => page.mouse.click(x, y),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    close: () => page.close(),
  };
}

export function puppeteerTab(page: PuppeteerPage): ReaderTab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitFor: async (fn, arg, timeout = 30_000) => void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
    press: (key) => page.keyboard.press(key as never),
    clickAt: (x, y) => page.mouse.click(x, y),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    close: () => page.close(),
  };
}

const playwrightPages = new WeakMap<ReaderTab, PlaywrightPage>();

export function chromiumReaderBrowser(ext: () => ExtensionSession, server: () => PageServer): ReaderBrowser {
  type Hook = { __quietReader: { settings: { getPreferences(): Promise<PreferencesJson>; savePreferences(next: PreferencesJson): Promise<unknown> } } };
  return {
    name: 'chromium',
    get server() {
      return server();
    },
    async open(pathname) {
      const page = await openPage(ext(), server().url(pathname));
      const tab = playwrightTab(page);
      playwrightPages.set(tab, page);
      return tab;
    },
    async toggle(tab) {
      const page = playwrightPages.get(tab);
      if (!page) throw new Error('Not a Chromium tab of this session');
      return toggleThroughHook(ext(), await tabIdOf(ext(), page));
    },
    getPreferences: () => ext().serviceWorker.evaluate(() => (globalThis as unknown as Hook).__quietReader.settings.getPreferences()),
    async savePreferences(_via, next) {
      await ext().serviceWorker.evaluate((value) => (globalThis as unknown as Hook).__quietReader.settings.savePreferences(value), next);
    },
    getSiteRule: (_via, host) => getSiteRule(ext(), host),
    async refuseOffTabCleaning(_via, refuse) {
      await ext().serviceWorker.evaluate((value) => (globalThis as unknown as { __quietReader: { refuseOffTabCleaningForTests(refuse: boolean): void } }).__quietReader.refuseOffTabCleaningForTests(value), refuse);
    },
    /**
     * Loads the same unpacked build again over DevTools, as an update does (needs the session's
     * `--enable-unsafe-extension-debugging`). `runtime.reload()` is no use here: Chromium does not
     * bring back an extension loaded with `--load-extension` after it.
     */
    async reloadExtension() {
      const session = ext();
      const next = session.context.waitForEvent('serviceworker', { timeout: 30_000 });
      const cdp = await session.browserCdp();
      try {
        await cdp.send('Extensions.loadUnpacked' as never, { path: session.extensionDir } as never);
      } finally {
        await cdp.detach().catch(() => undefined);
      }
      session.serviceWorker = await next;
    },
    async speechStub(tab, op) {
      const page = playwrightPages.get(tab);
      if (!page) throw new Error('Not a Chromium tab of this session');
      const tabId = await tabIdOf(ext(), page);
      // A source string, so the stub reaches executeScript as written (see ./speech-stub.ts).
      return ext().serviceWorker.evaluate<SpeechStubState | null>(
        `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${SPEECH_STUB}, args: [${JSON.stringify(op)}] }).then((results) => results[0] ? results[0].result : null)`,
      );
    },
  };
}

/** Asks the background through the e2e bridge, from the page in `tab` (Firefox e2e build). */
export function callFirefoxBackground<T>(tab: ReaderTab, op: string, ...args: unknown[]): Promise<T> {
  return askFirefoxBackground<T>(tab, op, args, 60_000);
}

/**
 * `callFirefoxBackground`, giving up when no answer comes within `timeoutMs`. A request posted
 * while no bridge listens (the add-on restarting, its content scripts not yet back in the tab) is
 * lost, not queued.
 */
async function askFirefoxBackground<T>(tab: ReaderTab, op: string, args: unknown[], timeoutMs: number): Promise<T> {
  const reply = await tab.evaluate(
    ([name, values, within]) =>
      new Promise<{ value?: unknown; error?: string }>((resolve) => {
        const id = Math.random();
        // No named inner function: tsx (bench:browser) would wrap it in a `__name` helper the page lacks.
        const listening = new AbortController();
        window.addEventListener(
          'message',
          (event: MessageEvent) => {
            const data = event.data as { kind?: string; id?: number; reply?: { value?: unknown; error?: string } } | null;
            if (data?.kind !== 'quiet-reader-e2e-reply' || data.id !== id) return;
            listening.abort();
            resolve(data.reply ?? { error: 'empty reply' });
          },
          { signal: listening.signal },
        );
        window.postMessage({ kind: 'quiet-reader-e2e-request', id, op: name, args: values }, '*');
        setTimeout(() => {
          listening.abort();
          resolve({ error: `no answer from the e2e bridge within ${within / 1000} s (${name})` });
        }, within);
      }),
    [op, args, timeoutMs] as const,
  );
  if (reply.error !== undefined) throw new Error(`Firefox background, ${op}: ${reply.error}`);
  return reply.value as T;
}

export function firefoxReaderBrowser(firefox: () => FirefoxSession, server: () => PageServer): ReaderBrowser {
  return {
    name: 'firefox',
    get server() {
      return server();
    },
    async open(pathname) {
      return puppeteerTab(await openFirefoxPage(firefox(), server().url(pathname)));
    },
    toggle: (tab) => callFirefoxBackground<ViewStateJson>(tab, 'toggleViewInTab'),
    getPreferences: (via) => callFirefoxBackground<PreferencesJson>(via, 'getPreferences'),
    async savePreferences(via, next) {
      await callFirefoxBackground(via, 'savePreferences', next);
    },
    getSiteRule: (via, host) => callFirefoxBackground<SiteRuleJson>(via, 'getSiteRule', host),
    async refuseOffTabCleaning(via, refuse) {
      await callFirefoxBackground(via, 'refuseOffTabCleaning', refuse);
    },
    speechStub: (tab, op) => callFirefoxBackground<SpeechStubState | null>(tab, 'executeInTab', `(${SPEECH_STUB})(${JSON.stringify(op)})`),
    reloadExtension: (via) => restartFirefoxAddOn(via, () => callFirefoxBackground(via, 'reload'), 'runtime.reload()'),
  };
}

/**
 * Restarts the add-on with `restart` (its own `runtime.reload()`, or installing the build again
 * over it, as an update does) and resolves once a new background answers. Firefox runs the
 * add-on's static content scripts (the e2e bridge) again in open tabs. A request posted while the
 * old bridge is gone and the new one not yet listening is never answered, so each try gives up
 * after a few seconds (with the 60 s of an ordinary call, one lost try outlasted the deadline on a
 * busy machine).
 */
export async function restartFirefoxAddOn(via: ReaderTab, restart: () => Promise<unknown>, what: string): Promise<void> {
  const before = await callFirefoxBackground<number>(via, 'backgroundStartedAt');
  await restart();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const now = await askFirefoxBackground<number>(via, 'backgroundStartedAt', [], 3_000).catch(() => before);
    if (now !== before) return;
    if (Date.now() > deadline) throw new Error(`The add-on did not come back within 30 s of ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // polling the browser, not waiting on the page
  }
}
