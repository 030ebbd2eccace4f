import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticle, seedArticle } from './helpers/articles';
import { articleContent, cleanView, toggleThroughHook, VIEW_HOST } from './helpers/clean-view';
import { REPO_ROOT } from './helpers/corpus';
import { launchExtension, openPage, tabIdOf, type ExtensionSession } from './helpers/launch';
import { startPageServer, type PageServer } from './helpers/server';
import { patchPreferences } from './helpers/settings';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

/** Computed style of the first article paragraph and of the view's dialog. */
async function viewStyle(page: import('playwright-core').Page) {
  return page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const paragraph = root.querySelector('[data-testid="article-content"] p')!;
    const dialog = root.querySelector('dialog')!;
    const p = getComputedStyle(paragraph);
    return { fontSize: p.fontSize, fontFamily: p.fontFamily, lineHeight: p.lineHeight, background: getComputedStyle(dialog).backgroundColor, color: p.color };
  }, VIEW_HOST);
}

describe('clean view follows the settings while open', () => {
  const article = seedArticle();
  let ext: ExtensionSession;
  let server: PageServer;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    server = await startPageServer();
    ext = await launchExtension({ build: 'e2e' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('restyles an open view when typography and theme change, and keeps page CSS out', async () => {
    await patchPreferences(ext, { theme: 'light', typography: { fontSize: 18, fontFamily: 'serif' } });
    // The fixture's own CSS sets `p { color: #c00 !important; font-size: 11px }` and Comic Sans.
    const page = await openPage(ext, server.url(fixtureArticle().path));
    await toggleThroughHook(ext, await tabIdOf(ext, page));
    await articleContent(page).waitFor();
    const before = await viewStyle(page);
    expect(before.fontSize).toBe('18px');
    expect(before.color).not.toBe('rgb(204, 0, 0)');
    expect(before.fontFamily).not.toMatch(/Comic/);

    await patchPreferences(ext, { theme: 'dark', typography: { fontSize: 24, fontFamily: 'sans', lineHeight: 2 } });
    await page.waitForFunction((tag) => {
      const p = document.querySelector(tag)?.shadowRoot?.querySelector('[data-testid="article-content"] p');
      return p ? getComputedStyle(p).fontSize === '24px' : false;
    }, VIEW_HOST);
    const after = await viewStyle(page);
    expect(after.lineHeight).toBe('48px');
    expect(after.fontFamily).not.toBe(before.fontFamily);
    expect(after.background).not.toBe(before.background);
    expect(await cleanView(page).isVisible()).toBe(true);
  });

  it('keeps a screenshot of the view in each theme (test-artifacts/clean-view-<theme>.png)', async () => {
    await patchPreferences(ext, { typography: { fontSize: 19, fontFamily: 'serif', lineHeight: 1.6, lineWidth: 68 } });
    const page = await openPage(ext, server.url(article.path));
    await toggleThroughHook(ext, await tabIdOf(ext, page));
    await articleContent(page).waitFor();
    const backgrounds = new Set<string>();
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      await patchPreferences(ext, { theme });
      await page.waitForFunction(([tag, value]) => document.querySelector(tag!)?.shadowRoot?.querySelector('dialog')?.dataset.theme === value, [VIEW_HOST, theme]);
      const file = path.join(ARTIFACTS, `clean-view-${theme}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      backgrounds.add((await viewStyle(page)).background);
    }
    expect(backgrounds.size, 'each theme has its own background').toBe(3);
  });
});
