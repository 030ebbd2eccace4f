import { expect } from 'vitest';
import { normalizeText, type TestArticle } from './articles';
import { VIEW_HOST } from './clean-view';
import type { ReaderBrowser, ReaderTab } from './reader-browser';

/**
 * Test bodies that run unchanged in Chromium and Firefox (./reader-browser.ts). Each opens its own
 * tab and closes it. Page reads go through `evaluate` on the view's open shadow root, and every
 * input the view must obey is real (key presses, mouse clicks): the view drops untrusted events.
 */

interface ViewText {
  view: string;
  content: string;
}

export async function waitForArticle(tab: ReaderTab): Promise<void> {
  await tab.waitFor((tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="article-content"]')), VIEW_HOST);
}

export async function waitForClosed(tab: ReaderTab): Promise<void> {
  await tab.waitFor((tag) => document.querySelector(tag) === null, VIEW_HOST);
}

export async function readViewText(tab: ReaderTab): Promise<ViewText> {
  return tab.evaluate((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    // textContent, not innerText: Firefox leaves blocks that `content-visibility: auto` skips out of innerText.
    const text = (selector: string) => root?.querySelector(selector)?.textContent ?? '';
    return { view: text('[data-testid="clean-view"]'), content: text('[data-testid="article-content"]') };
  }, VIEW_HOST);
}

/** Every `with` paragraph of the annotation is in the view, and no `without` string in the article. */
export async function expectWholeArticleWithoutClutter(tab: ReaderTab, article: TestArticle): Promise<void> {
  // The view puts a long article in a slice at a time: wait until the last paragraph is in.
  const missingParagraphs = async () => {
    const { view } = await readViewText(tab);
    return article.annotation.with.map(normalizeText).filter((paragraph) => !normalizeText(view).includes(paragraph));
  };
  await expect.poll(missingParagraphs, { timeout: 10_000, message: `article paragraphs missing from the view (${article.source})` }).toEqual([]);
  const { content } = await readViewText(tab);
  const leftover = article.annotation.without.map(normalizeText).filter((clutter) => normalizeText(content).includes(clutter));
  expect(leftover, `clutter still in the view (${article.source})`).toEqual([]);
}

type PageSnapshot = { html: string; y: number; active: string | undefined };
const snapshot = (tab: ReaderTab) =>
  tab.evaluate(() => ({ html: document.documentElement.outerHTML, y: Math.round(window.scrollY), active: document.activeElement?.tagName }), undefined);

/** Open, then close by `closeWith`: the page comes back byte for byte, at the same scroll position. */
export async function expectExactRestore(reader: ReaderBrowser, article: TestArticle, closeWith: 'toggle' | 'Escape'): Promise<void> {
  const tab = await reader.open(article.path);
  await tab.evaluate(() => window.scrollTo(0, 420), undefined);
  const before: PageSnapshot = await snapshot(tab);
  expect(before.y).toBe(420);
  expect(await reader.toggle(tab)).toMatchObject({ status: 'open' });
  await waitForArticle(tab);
  await expectWholeArticleWithoutClutter(tab, article);
  if (closeWith === 'toggle') expect(await reader.toggle(tab)).toEqual({ status: 'closed' });
  else await tab.press('Escape');
  await waitForClosed(tab);
  const after = await snapshot(tab);
  expect(after.y).toBe(before.y);
  expect(after.active).toBe(before.active);
  expect(after.html === before.html, 'document.documentElement.outerHTML differs after closing').toBe(true);
  await tab.close();
}

export async function expectNotArticleMessage(reader: ReaderBrowser): Promise<void> {
  const tab = await reader.open('/fixtures/not-article.html');
  expect(await reader.toggle(tab)).toMatchObject({ status: 'unavailable', problem: { code: 'not-article' } });
  await tab.waitFor((tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="view-message"]')), VIEW_HOST);
  const message = await tab.evaluate((tag) => (document.querySelector(tag)!.shadowRoot!.querySelector('[data-testid="view-message"]') as HTMLElement).innerText, VIEW_HOST);
  expect(message).toMatch(/does not look like an article/);
  await tab.press('Escape');
  await waitForClosed(tab);
  await tab.close();
}

const paragraphStyle = (tab: ReaderTab) =>
  tab.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const p = getComputedStyle(root.querySelector('[data-testid="article-content"] p')!);
    return { fontSize: p.fontSize, lineHeight: p.lineHeight, color: p.color, background: getComputedStyle(root.querySelector('dialog')!).backgroundColor };
  }, VIEW_HOST);

/** A settings change while the view is open restyles it at once, and the page's CSS stays out. */
export async function expectSettingsRestyleOpenView(reader: ReaderBrowser, article: TestArticle): Promise<void> {
  const tab = await reader.open(article.path);
  const saved = await reader.getPreferences(tab);
  const withPatch = (theme: 'light' | 'dark', fontSize: number, lineHeight: number) => ({ ...saved, theme, typography: { ...saved.typography, fontSize, lineHeight } });
  try {
    await reader.savePreferences(tab, withPatch('light', 18, 1.6));
    await reader.toggle(tab);
    await waitForArticle(tab);
    const before = await paragraphStyle(tab);
    expect(before.fontSize).toBe('18px');
    expect(before.color, 'the fixture page colours its paragraphs #c00').not.toBe('rgb(204, 0, 0)');
    await reader.savePreferences(tab, withPatch('dark', 24, 2));
    await tab.waitFor((tag) => {
      const p = document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="article-content"] p');
      return p ? getComputedStyle(p).fontSize === '24px' : false;
    }, VIEW_HOST);
    const after = await paragraphStyle(tab);
    expect(after.lineHeight).toBe('48px');
    expect(after.background).not.toBe(before.background);
  } finally {
    await reader.savePreferences(tab, saved);
    await tab.close();
  }
}

/** Centre of an element inside the view, scrolled into sight first (for a real click). */
export async function centreOf(tab: ReaderTab, selector: string, containing?: string): Promise<{ x: number; y: number }> {
  const point = await tab.evaluate(([tag, sel, text]) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const candidates = [...root.querySelectorAll<HTMLElement>(sel)];
    const target = text ? candidates.find((element) => element.closest('[data-testid="removed-item"]')?.textContent?.replace(/\s+/g, ' ').includes(text)) : candidates[0];
    if (!target) return null;
    target.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = target.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, [VIEW_HOST, selector, containing] as const);
  if (!point) throw new Error(`Nothing in the view matches ${selector}${containing ? ` in an item containing "${containing}"` : ''}`);
  return point;
}

/** The removed-items list names the repeated appeal; "Show in place" puts it back into the article. */
export async function expectRemovedListShowsInPlace(reader: ReaderBrowser, article: TestArticle): Promise<void> {
  const tab = await reader.open(article.path);
  await reader.toggle(tab);
  await waitForArticle(tab);
  const count = await centreOf(tab, '[data-testid="removed-count"]');
  await tab.clickAt(count.x, count.y);
  await tab.waitFor((tag) => (document.querySelector(tag)?.shadowRoot?.querySelectorAll('[data-testid="removed-item"]').length ?? 0) > 0, VIEW_HOST);
  // Items that can be shown in place (a removal with a placeholder in the article).
  const items = await tab.evaluate(
    (tag) => [...document.querySelector(tag)!.shadowRoot!.querySelectorAll<HTMLElement>('[data-testid="removed-item"]')].filter((item) => item.querySelector('[data-testid="removed-show-in-place"]')).map((item) => item.textContent ?? ''),
    VIEW_HOST,
  );
  const appeal = article.annotation.without.map(normalizeText).filter((line) => line.length > 60).map((line) => line.slice(0, 40)).find((key) => items.some((item) => normalizeText(item).includes(key)));
  expect(appeal, `an appeal from the annotation is listed among: ${items.join(' | ')}`).toBeDefined();
  expect(normalizeText((await readViewText(tab)).content)).not.toContain(appeal);
  const show = await centreOf(tab, '[data-testid="removed-show-in-place"]', appeal);
  await tab.clickAt(show.x, show.y);
  // textContent, as readViewText: Firefox leaves a block `content-visibility: auto` skips out of innerText.
  await tab.waitFor(([tag, key]) => {
    const content = document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="article-content"]');
    return content?.textContent?.replace(/\s+/g, ' ').includes(key) ?? false;
  }, [VIEW_HOST, appeal!] as const);
  await tab.close();
}

/**
 * A tab whose reader was injected before the extension reloaded still toggles afterwards, both when
 * the view was closed and when it was left open (the dead reader's view must not stay on top).
 */
export async function expectToggleAfterReload(reader: ReaderBrowser, article: TestArticle): Promise<void> {
  const closedTab = await reader.open(article.path);
  const openTab = await reader.open(article.path);
  expect(await reader.toggle(closedTab)).toMatchObject({ status: 'open' });
  await waitForArticle(closedTab);
  expect(await reader.toggle(closedTab)).toEqual({ status: 'closed' });
  await waitForClosed(closedTab);
  expect(await reader.toggle(openTab)).toMatchObject({ status: 'open' });
  await waitForArticle(openTab);

  await reader.reloadExtension(closedTab);

  expect(await reader.toggle(closedTab), 'a tab whose view was closed before the reload').toMatchObject({ status: 'open' });
  await waitForArticle(closedTab);
  await expectWholeArticleWithoutClutter(closedTab, article);
  expect(await reader.toggle(closedTab)).toEqual({ status: 'closed' });
  await waitForClosed(closedTab);

  // The view left open by the dead reader is replaced by a live one: one view, and it closes.
  expect(await reader.toggle(openTab), 'a tab whose view was open during the reload').toMatchObject({ status: 'open' });
  expect(await openTab.evaluate((tag) => document.querySelectorAll(tag).length, VIEW_HOST)).toBe(1);
  await waitForArticle(openTab);
  await openTab.press('Escape');
  await waitForClosed(openTab);
  await closedTab.close();
  await openTab.close();
}

/** Preferences saved before a reload of the add-on are still there after it. */
export async function expectSettingsSurviveReload(reader: ReaderBrowser, article: TestArticle): Promise<void> {
  const tab = await reader.open(article.path);
  const saved = await reader.getPreferences(tab);
  const changed = { ...saved, theme: 'sepia' as const, customPhrases: ['A phrase kept across reloads'], typography: { ...saved.typography, fontSize: 23 } };
  await reader.savePreferences(tab, changed);
  await reader.reloadExtension(tab);
  try {
    expect(await reader.getPreferences(tab)).toMatchObject({ theme: 'sepia', customPhrases: ['A phrase kept across reloads'], typography: { fontSize: 23 } });
  } finally {
    await reader.savePreferences(tab, saved);
    await tab.close();
  }
}

/**
 * Reading aloud, its control flow only: a speech stub in the view's world (./speech-stub.ts)
 * records what the view queues; no audio is made or checked. The L key (a real key press) starts
 * reading: the title, then the first paragraph's sentences, one utterance at a time in order,
 * the spoken block marked; L pauses and L resumes the same sentence; Esc closes the view and
 * the voice stops with it.
 */
export async function expectListenControlFlow(reader: ReaderBrowser, article: TestArticle): Promise<void> {
  const tab = await reader.open(article.path);
  expect(await reader.toggle(tab)).toMatchObject({ status: 'open' });
  await waitForArticle(tab);
  expect(await reader.speechStub(tab, 'install')).toBe(true);
  const state = async () => (await reader.speechStub(tab, 'state'))!;
  const view = (selector: string) => tab.evaluate(([tag, css]) => document.querySelector(tag)?.shadowRoot?.querySelector(css)?.textContent?.replace(/\s+/g, ' ').trim() ?? null, [VIEW_HOST, selector] as const);
  const spokenCount = (count: number) => expect.poll(async () => (await state()).spoken.length, { timeout: 10_000 }).toBe(count);

  await tab.press('l');
  await spokenCount(1);
  const title = await view('#qr-title');
  expect((await state()).spoken).toEqual([title]);
  // The utterance is queued at once; the highlight follows with the view's next render.
  await expect.poll(() => view('[data-qr-speaking]')).toBe(title);

  await reader.speechStub(tab, 'finish');
  await spokenCount(2);
  const firstParagraph = (await view('.qr-content p'))!;
  const afterTitle = (await state()).spoken[1]!;
  expect(firstParagraph.startsWith(afterTitle)).toBe(true);
  await expect.poll(() => view('[data-qr-speaking]')).toBe(firstParagraph);
  await expect.poll(() => view('[data-testid="listen-status"]')).toMatch(/^Sentence 2 of \d+$/);

  await reader.speechStub(tab, 'finish');
  await spokenCount(3);
  const third = (await state()).spoken[2]!;
  expect(third).not.toBe(afterTitle);

  // Pause: the utterance is cancelled and nothing more is queued.
  await tab.press('l');
  await expect.poll(() => tab.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="listen-panel"]')?.getAttribute('data-status'), VIEW_HOST)).toBe('paused');
  expect((await state()).current).toBeNull();
  // Resume: the paused sentence again, from its start.
  await tab.press('l');
  await spokenCount(4);
  expect((await state()).spoken[3]).toBe(third);

  // Closing the view stops the voice.
  const cancelsBefore = (await state()).cancels;
  await tab.press('Escape');
  await waitForClosed(tab);
  const after = await state();
  expect(after.current).toBeNull();
  expect(after.cancels).toBeGreaterThan(cancelsBefore);
  expect(after.spoken).toHaveLength(4);
  await tab.close();
}

/**
 * A page the extension's cleaning context does not take is cleaned in its own tab: the background
 * injects the engine there (entrypoints/reader-engine.content.ts) and the view is the same.
 */
export async function expectInTabFallback(reader: ReaderBrowser, article: TestArticle): Promise<void> {
  const tab = await reader.open(article.path);
  await reader.refuseOffTabCleaning(tab, true);
  try {
    const state = await reader.toggle(tab);
    expect(state).toMatchObject({ status: 'open', timings: { cleanedIn: 'in-tab' } });
    await waitForArticle(tab);
    await expectWholeArticleWithoutClutter(tab, article);
    await tab.press('Escape');
    await waitForClosed(tab);
  } finally {
    await reader.refuseOffTabCleaning(tab, false);
  }
  const again = await reader.toggle(tab);
  expect(again, 'and the next open goes back to the cleaning context').toMatchObject({ status: 'open', timings: { cleanedIn: 'off-thread' } });
  await tab.close();
}

/**
 * Everything a hostile page script can try against the view's buttons (the shadow root is open,
 * so the page reaches them): `.click()`, dispatched mouse, pointer and key events, a dispatched
 * `cancel`. `evaluate` runs in the page's main world, where a page script runs. Returns how many
 * buttons it found.
 */
async function pageScriptAttack(tab: ReaderTab, testIds: string[]): Promise<number> {
  return tab.evaluate(([tag, ids]) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    let buttons = 0;
    for (const id of ids) {
      for (const button of Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`))) {
        buttons++;
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
        button.focus();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
      }
    }
    root.querySelector('dialog')!.dispatchEvent(new Event('cancel', { cancelable: true }));
    root.querySelector('dialog')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    return buttons;
  }, [VIEW_HOST, testIds] as const);
}

/** How many elements in the view match `selector`. */
const countInView = (tab: ReaderTab, selector: string) => tab.evaluate(([tag, sel]) => document.querySelector(tag)?.shadowRoot?.querySelectorAll(sel).length ?? 0, [VIEW_HOST, selector] as const);

/**
 * Page scripts cannot drive the view (entrypoints/reader.content/trusted-input.ts): synthetic
 * clicks and keys on the bar, the removed list and "Always keep this on this site" do nothing,
 * while real clicks and keys (trusted input) work, which shows the check can fail. `host` is the
 * test server's host, whose site rule the keep button writes.
 */
export async function expectPageScriptsCannotDriveView(reader: ReaderBrowser, article: TestArticle, host: string): Promise<void> {
  const tab = await reader.open(article.path);
  const keptBefore = (await reader.getSiteRule(tab, host)).keep.length;
  expect(await reader.toggle(tab)).toMatchObject({ status: 'open' });
  await waitForArticle(tab);

  // The bar: the page cannot open the list or close the view.
  expect(await pageScriptAttack(tab, ['removed-count', 'view-close'])).toBe(2);
  expect(await countInView(tab, '[data-testid="removed-panel"]')).toBe(0);
  expect(await countInView(tab, '[data-testid="clean-view"]')).toBe(1);

  // Real input opens the list.
  const count = await centreOf(tab, '[data-testid="removed-count"]');
  await tab.clickAt(count.x, count.y);
  await tab.waitFor((tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="removed-panel"]')), VIEW_HOST);
  expect(await countInView(tab, '[data-testid="removed-keep-on-site"]'), 'the article has several removed blocks').toBeGreaterThanOrEqual(2);

  // The list: nothing is kept, shown or hidden, and the view stays open.
  expect(await pageScriptAttack(tab, ['removed-keep-on-site', 'removed-show-in-place', 'removed-show-here', 'removed-count', 'view-close'])).toBeGreaterThanOrEqual(4);
  expect(await countInView(tab, '[data-testid="removed-keep-on-site"]:disabled')).toBe(0);
  expect(await countInView(tab, '[aria-pressed="true"]')).toBe(0);
  expect(await countInView(tab, '[data-testid="removed-html"]')).toBe(0);
  expect(await countInView(tab, '[data-testid="removed-panel"]')).toBe(1);

  // Real input keeps exactly the block it clicked. The page's attempts came first in the same
  // tab, so had any of them written a rule it would be in storage by now.
  const keep = await centreOf(tab, '[data-testid="removed-keep-on-site"]');
  await tab.clickAt(keep.x, keep.y);
  await expect.poll(async () => (await reader.getSiteRule(tab, host)).keep.length).toBe(keptBefore + 1);
  // The button is disabled when the save's answer reaches the view, which can come after storage has the rule.
  await expect.poll(() => countInView(tab, '[data-testid="removed-keep-on-site"]:disabled')).toBe(1);

  // And a real Esc still closes the view.
  await tab.press('Escape');
  await waitForClosed(tab);
  await tab.close();
}
