import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticle, normalizeText } from './helpers/articles';
import { isChecked, openFirefoxOptions, textOf } from './helpers/firefox-extension-pages';
import { useFirefoxSession, whyFirefoxCannotRun } from './helpers/firefox-session';
import { callFirefoxBackground, puppeteerTab, type ReaderTab } from './helpers/reader-browser';
import { readViewText, waitForArticle, waitForClosed } from './helpers/reader-scenarios';
import { ARTIFACTS, expectNoSeriousA11yViolations } from './popup-page';
import { waitForElementInPage, waitInPage } from './helpers/page-wait';

/*
 * Firefox's side of tests/e2e/options.test.ts: the settings page in a tab the add-on opens
 * (helpers/firefox-extension-pages.ts says why), driven with real clicks and typing over BiDi,
 * and Firefox's own storage behind it: `storage.sync` with its 8 KB-per-item quota, and what
 * survives a reload of the add-on. The settings file is caught as the page hands it to the
 * browser (the Blob of its download link): BiDi has no download events in Firefox ESR 153.
 */

const firefoxSkip = whyFirefoxCannotRun();
const ARTICLE = fixtureArticle();
/** A paragraph the cleaner keeps, and a phrase from it the reader asks to remove. */
const TARGET = normalizeText(ARTICLE.annotation.with[1]!);
const PHRASE = TARGET.split(' ').slice(0, 5).join(' ');

interface Stored {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** Everything the add-on stored, read in its own page. */
function storedSettings(page: Page): Promise<Stored> {
  return page.evaluate(async () => {
    const { storage } = (globalThis as unknown as { browser: { storage: Record<'sync' | 'local', { get(keys: null): Promise<Record<string, unknown>> }> } }).browser;
    return { sync: await storage.sync.get(null), local: await storage.local.get(null) };
  });
}

const preferencesOf = (stored: Stored) => (stored.local.preferences ?? stored.sync.preferences) as { theme: string; kindsOff: string[]; customPhrases: string[]; customSelectors: string[] };

/**
 * Fills the list's box as a paste would (one entry a line; typed, Enter would add each line on
 * its own) and clicks Add.
 */
async function addEntries(page: Page, list: 'phrases' | 'selectors', text: string): Promise<void> {
  await page.evaluate(
    (selector, value) => {
      const box = document.querySelector(selector) as HTMLTextAreaElement;
      box.value = value;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    `[data-testid=${list}-input]`,
    text,
  );
  await page.click(`[data-testid=${list}-add]`);
}

/** Keeps what the page hands to a download link (the settings file) instead of downloading it. */
async function catchDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const kept: { name: string; text: Promise<string> }[] = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob && this.download) kept.push({ name: this.download, text: blob.text() });
    };
    (globalThis as unknown as { __downloads: typeof kept }).__downloads = kept;
  });
}

async function lastDownload(page: Page): Promise<{ name: string; text: string }> {
  await waitInPage(page, () => (globalThis as unknown as { __downloads: unknown[] }).__downloads.length > 0, { polling: 50 });
  return page.evaluate(async () => {
    const kept = (globalThis as unknown as { __downloads: { name: string; text: Promise<string> }[] }).__downloads;
    const last = kept.at(-1)!;
    return { name: last.name, text: await last.text };
  });
}

/** The control matching `selector` in the site row for `host` (its editor opened first), in a label holding `labelText` when given. */
async function siteControl(page: Page, host: string, selector: string, labelText = ''): Promise<ElementHandle<Element>> {
  const handle = await waitForElementInPage(
    page,
    (name, sel, text) => {
      const row = [...document.querySelectorAll('[data-testid=site-row]')].find((candidate) => candidate.querySelector('.options-site__host')?.textContent === name);
      if (!row) return null;
      const details = row.querySelector('details')!;
      if (!details.open) details.open = true;
      return [...row.querySelectorAll(sel)].find((element) => !text || (element.closest('label')?.textContent ?? '').includes(text)) ?? null;
    },
    { polling: 50 },
    host,
    selector,
    labelText,
  );
  return handle;
}

describe.skipIf(firefoxSkip !== null)(`the settings page in Firefox${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  let dir = '';
  beforeAll(() => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-ff-options-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  // With prompts off, Firefox grants an optional permission asked inside a click without its
  // doorhanger, which BiDi cannot answer; the request itself is real.
  const session = useFirefoxSession({ build: 'e2e', prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  /** A test page on 127.0.0.1: the bridge to the background runs there. */
  let via: ReaderTab;
  beforeAll(async () => {
    via = await session.reader.open(ARTICLE.path);
  });

  it('has no serious accessibility violations', async () => {
    const options = await openFirefoxOptions(session.firefox, via);
    await expectNoSeriousA11yViolations(options);
    await options.screenshot({ path: path.join(ARTIFACTS, 'firefox-options.png'), fullPage: true });
    await options.close();
  });

  it('a phrase added here removes its block from the next clean view', async () => {
    const options = await openFirefoxOptions(session.firefox, via);
    await addEntries(options, 'phrases', PHRASE);
    await waitInPage(options, (phrase) => [...document.querySelectorAll('[data-testid=phrases-entry]')].some((entry) => entry.textContent?.includes(phrase)), { polling: 50 }, PHRASE);
    expect(preferencesOf(await storedSettings(options)).customPhrases).toEqual([PHRASE]);
    await options.close();

    const article = await session.reader.open(ARTICLE.path);
    expect(await session.reader.toggle(article)).toMatchObject({ status: 'open' });
    await waitForArticle(article);
    const { content } = await readViewText(article);
    expect(normalizeText(content)).not.toContain(PHRASE);
    expect(normalizeText(content)).toContain(normalizeText(ARTICLE.annotation.with[0]!).slice(0, 60));
    await session.reader.toggle(article);
    await waitForClosed(article);
    await article.close();
  });

  it('each invalid selector is named with Firefox’s reason, and only the valid one is saved', async () => {
    const options = await openFirefoxOptions(session.firefox, via);
    await addEntries(options, 'selectors', '.promo-box\n#1abc\naside:::x\ndiv[x');
    await options.waitForSelector('[data-testid=selectors-errors]');
    const errors = await options.$$eval('[data-testid=selectors-errors] li', (items) => items.map((item) => item.textContent ?? ''));
    // Firefox's parser, unlike Chromium's, also refuses an unclosed `div[x`.
    expect(errors).toEqual([expect.stringContaining('“#1abc” is not a valid CSS selector'), expect.stringContaining('“aside:::x” is not a valid CSS selector'), expect.stringContaining('“div[x” is not a valid CSS selector')]);
    await waitInPage(options, () => [...document.querySelectorAll('[data-testid=selectors-entry]')].some((entry) => entry.textContent?.includes('.promo-box')), { polling: 50 });
    expect(preferencesOf(await storedSettings(options)).customSelectors).toEqual(['.promo-box']);
    await options.close();
  });

  it('export, reset, then import with a preview brings every setting back', async () => {
    const options = await openFirefoxOptions(session.firefox, via);
    await options.click('[data-testid=theme-sepia]');
    await waitInPage(options, async () => {
      const { storage } = (globalThis as unknown as { browser: { storage: Record<'sync' | 'local', { get(key: string): Promise<Record<string, { theme?: string } | undefined>> }> } }).browser;
      return ((await storage.local.get('preferences')).preferences ?? (await storage.sync.get('preferences')).preferences)?.theme === 'sepia';
    }, { polling: 100 });
    const original = await storedSettings(options);
    await catchDownloads(options);
    await options.click('[data-testid=export-settings]');
    const exported = await lastDownload(options);
    expect(exported.name).toMatch(/\.json$/);
    expect(JSON.parse(exported.text)).toMatchObject({ app: 'quiet-reader', version: 2, preferences: { theme: 'sepia', customPhrases: [PHRASE] } });

    await options.click('[data-testid=reset-start]');
    await options.click('[data-testid=reset-confirm]');
    await options.waitForSelector('[data-testid=reset-done]');
    expect(await isChecked(options, '[data-testid=theme-system]')).toBe(true);

    const file = path.join(dir, exported.name);
    fs.writeFileSync(file, exported.text);
    const input = (await options.$('[data-testid=import-file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await options.waitForSelector('[data-testid=import-preview]');
    expect(await textOf(options, '[data-testid=import-changes]')).toContain('Theme: System → Sepia');
    await options.click('[data-testid=import-apply]');
    await options.waitForSelector('[data-testid=import-done]');
    expect(await isChecked(options, '[data-testid=theme-sepia]')).toBe(true);
    const restored = await storedSettings(options);
    expect(preferencesOf(restored)).toEqual(preferencesOf(original));
    expect(restored.local.siteRules ?? {}).toEqual(original.local.siteRules ?? {});
    await options.close();
  });

  it('a damaged file or a `__proto__` key changes nothing and says why', async () => {
    const options = await openFirefoxOptions(session.firefox, via);
    const before = await storedSettings(options);
    const input = (await options.$('[data-testid=import-file]')) as ElementHandle<HTMLInputElement>;
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"app": "quiet-reader", "version": 2, "preferences": {');
    await input.uploadFile(broken);
    await options.waitForSelector('[data-testid=import-error]');
    expect(await textOf(options, '[data-testid=import-error]')).toMatch(/Nothing was imported/);
    const evil = path.join(dir, 'evil.json');
    fs.writeFileSync(evil, '{"app":"quiet-reader","version":2,"preferences":{"__proto__":{"x":1}}}');
    await input.uploadFile(evil);
    await waitInPage(options, () => document.querySelector('[data-testid=import-error]')?.textContent?.includes('__proto__'), { polling: 50 });
    expect(await storedSettings(options)).toEqual(before);
    await options.close();
  });

  it('settings made here survive a reload of the add-on', async () => {
    const options = await openFirefoxOptions(session.firefox, via);
    await options.click('[data-testid=theme-dark]');
    await options.click('[data-testid=kind-share]');
    await options.type('[data-testid=site-add-input]', 'news.example.org');
    await options.click('[data-testid=site-add]');
    // A new site is stored once something is changed for it.
    await (await siteControl(options, 'news.example.org', 'input[type=checkbox]', 'We recommend')).click();
    await waitInPage(options, async () => {
      const { storage } = (globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).browser;
      return JSON.stringify(await storage.local.get('siteRules')).includes('news.example.org');
    }, { polling: 100 });
    await waitInPage(options, () => document.querySelector<HTMLInputElement>('[data-testid=kind-share]')?.checked === false, { polling: 50 });
    // The page saves a moment after the last change: wait for storage, not for a fixed time.
    await expect.poll(async () => preferencesOf(await storedSettings(options)), { timeout: 10_000 }).toMatchObject({ theme: 'dark', kindsOff: ['share'] });
    const saved = await storedSettings(options);

    await session.reader.reloadExtension(via);
    const reopened = await openFirefoxOptions(session.firefox, via);
    expect(await isChecked(reopened, '[data-testid=theme-dark]')).toBe(true);
    expect(await isChecked(reopened, '[data-testid=kind-share]')).toBe(false);
    expect(await textOf(reopened, '[data-testid=phrases-entry]')).toContain(PHRASE);
    expect(await reopened.$$eval('[data-testid=site-row]', (rows) => rows.filter((row) => row.textContent?.includes('news.example.org')).length)).toBe(1);
    expect(await storedSettings(reopened)).toEqual(saved);
    await reopened.close();
  });

  it('“Clean automatically” asks Firefox for the site, and its articles then open in the clean view by themselves', async () => {
    // `localhost`: the same test server under a host the e2e build holds no permission for.
    const articleUrl = session.server.url(ARTICLE.path).replace('//127.0.0.1:', '//localhost:');
    const pattern = 'http://localhost/*';
    const options = await openFirefoxOptions(session.firefox, via);
    await options.type('[data-testid=site-add-input]', 'localhost');
    await options.click('[data-testid=site-add]');
    expect((await callFirefoxBackground<{ origins: string[] }>(via, 'getPermissions')).origins).not.toContain(pattern);
    await (await siteControl(options, 'localhost', '[data-testid=site-auto-clean]')).click();
    await expect.poll(() => callFirefoxBackground(via, 'registeredScripts'), { timeout: 10_000 }).toEqual([{ id: `auto-clean ${pattern}`, matches: [pattern] }]);
    expect((await callFirefoxBackground<{ origins: string[] }>(via, 'getPermissions')).origins).toContain(pattern);
    expect(await options.$('[data-testid=site-notice]')).toBeNull();

    const page = await session.firefox.browser.newPage();
    await page.goto(articleUrl, { waitUntil: 'load' });
    const article = puppeteerTab(page);
    await waitForArticle(article);
    expect(normalizeText((await readViewText(article)).content)).toContain(normalizeText(ARTICLE.annotation.with[0]!).slice(0, 60));

    await (await siteControl(options, 'localhost', '[data-testid=site-auto-clean]')).click();
    await expect.poll(() => callFirefoxBackground(via, 'registeredScripts'), { timeout: 10_000 }).toEqual([]);
    await expect.poll(async () => (await callFirefoxBackground<{ origins: string[] }>(via, 'getPermissions')).origins, { message: 'the permission is given back', timeout: 10_000 }).not.toContain(pattern);
    await page.close();
    await options.close();
  });

  it('preferences too large for Firefox’s sync quota stay whole on this device, and the page says so', async () => {
    const options = await openFirefoxOptions(session.firefox, via);
    const phrases = Array.from({ length: 250 }, (_, i) => `an unusually long custom phrase to remove, number ${i}`);
    const beforeSync = preferencesOf({ sync: (await storedSettings(options)).sync, local: {} }).customPhrases;
    await addEntries(options, 'phrases', phrases.join('\n'));
    await options.waitForSelector('[data-testid=save-status][data-area=local]');
    expect(await textOf(options, '[data-testid=save-status]')).toMatch(/saved on this device only/);
    const { sync, local } = await storedSettings(options);
    expect((local.preferences as { customPhrases: string[] }).customPhrases).toEqual([PHRASE, ...phrases]);
    // Sync keeps the last copy that fitted; nothing half-written.
    expect((sync.preferences as { customPhrases: string[] }).customPhrases).toEqual(beforeSync);
    await options.close();
    // A fresh page reads them back (not a reload: BiDi waits in vain for a moz-extension reload).
    const reopened = await openFirefoxOptions(session.firefox, via);
    expect(await reopened.$$eval('[data-testid=phrases-entry]', (entries) => entries.length)).toBe(phrases.length + 1);
    expect(await textOf(reopened, '[data-testid=save-status]')).toMatch(/saved on this device only/);
    await reopened.close();
  });
});
