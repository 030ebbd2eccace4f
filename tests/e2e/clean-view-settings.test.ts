import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticle, seedArticle } from './helpers/articles';
import { articleContent, cleanView, toggleThroughHook, VIEW_HOST } from './helpers/clean-view';
import { REPO_ROOT } from './helpers/corpus';
import { openPage, tabIdOf } from './helpers/launch';
import { startPageServer } from './helpers/server';
import { useExtensionSession } from './helpers/session';
import { patchPreferences } from './helpers/settings';
import { viewAccessibilityViolations } from './helpers/view-a11y';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

/** WCAG contrast ratios of the view's text against its background, per role. */
async function viewContrast(page: import('playwright-core').Page): Promise<Record<string, number>> {
  const colors = await page.evaluate((tag) => {
    const root = document.querySelector(tag)!.shadowRoot!;
    const color = (selector: string) => {
      const element = root.querySelector(selector);
      return element ? getComputedStyle(element).color : null;
    };
    return {
      background: getComputedStyle(root.querySelector('dialog')!).backgroundColor,
      text: color('[data-testid="article-content"] p'),
      muted: color('.qr-meta'),
      link: color('[data-testid="article-content"] a'),
      control: color('[data-testid="removed-count"]'),
      preview: color('.qr-removed-preview'),
    };
  }, VIEW_HOST);
  const luminance = (css: string) => {
    const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const background = luminance(colors.background);
  const ratios: Record<string, number> = {};
  for (const [role, css] of Object.entries(colors)) {
    if (role === 'background' || !css) continue;
    const [light, dark] = [luminance(css), background].sort((a, b) => b - a);
    ratios[role] = Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100;
  }
  return ratios;
}

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
  beforeAll(() => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  const session = useExtensionSession({ build: 'e2e' });

  it('restyles an open view when typography and theme change, and keeps page CSS out', async () => {
    await patchPreferences(session.ext, { theme: 'light', typography: { fontSize: 18, fontFamily: 'serif' } });
    // The fixture's own CSS sets `p { color: #c00 !important; font-size: 11px }` and Comic Sans.
    const page = await openPage(session.ext, session.server.url(fixtureArticle().path));
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await articleContent(page).waitFor();
    const before = await viewStyle(page);
    expect(before.fontSize).toBe('18px');
    expect(before.color).not.toBe('rgb(204, 0, 0)');
    expect(before.fontFamily).not.toMatch(/Comic/);

    await patchPreferences(session.ext, { theme: 'dark', typography: { fontSize: 24, fontFamily: 'sans', lineHeight: 2 } });
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

  it('re-cleans an open view when site memory is switched on or off', async () => {
    // The Millbrook Ledger (tests/fixtures/site-memory): every article carries an appeal in wording
    // no rule knows; site memory removes it once two other articles of the site showed it.
    const millbrook = await startPageServer({ '/millbrook/': path.join(REPO_ROOT, 'tests/fixtures/site-memory/millbrook-ledger') });
    const APPEAL = 'Keep the porch light on';
    try {
      await patchPreferences(session.ext, { siteMemoryEnabled: true });
      for (const file of ['01-elm-street-mains.html', '02-library-sunday-hours.html']) {
        const page = await openPage(session.ext, millbrook.url(`/millbrook/${file}`));
        await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
        await articleContent(page).waitFor();
        await page.close();
      }
      const target = millbrook.url('/millbrook/03-water-rate-rise.html');
      // Learning is a message after the view opened: wait until the memory saw two articles.
      await expect.poll(() => session.ext.serviceWorker.evaluate(async (url) => {
        const hook = (globalThis as unknown as { __quietReader: { siteMemory: { getSiteMemoryEntry(url: string): Promise<{ blocks: Record<string, { articles: string[] }> } | null> } } }).__quietReader;
        const entry = await hook.siteMemory.getSiteMemoryEntry(url);
        return Math.max(0, ...Object.values(entry?.blocks ?? {}).map((block) => block.articles.length));
      }, target)).toBeGreaterThanOrEqual(2);

      await patchPreferences(session.ext, { siteMemoryEnabled: false });
      const page = await openPage(session.ext, target);
      await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
      await articleContent(page).waitFor();
      const shown = () => articleContent(page).getByText(APPEAL, { exact: false }).count();
      expect(await shown(), 'without site memory the appeal stays').toBeGreaterThan(0);

      await patchPreferences(session.ext, { siteMemoryEnabled: true });
      await expect.poll(shown, { timeout: 15_000 }).toBe(0);
      await patchPreferences(session.ext, { siteMemoryEnabled: false });
      await expect.poll(shown, { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await cleanView(page).isVisible()).toBe(true);
    } finally {
      await patchPreferences(session.ext, { siteMemoryEnabled: true });
      await millbrook.close();
    }
  });

  it('keeps a screenshot of the view in each theme (test-artifacts/clean-view-<theme>.png)', async () => {
    await patchPreferences(session.ext, { typography: { fontSize: 19, fontFamily: 'serif', lineHeight: 1.6, lineWidth: 68 } });
    const page = await openPage(session.ext, session.server.url(article.path));
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await articleContent(page).waitFor();
    const backgrounds = new Set<string>();
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      await patchPreferences(session.ext, { theme });
      await page.waitForFunction(([tag, value]) => document.querySelector(tag!)?.shadowRoot?.querySelector('dialog')?.dataset.theme === value, [VIEW_HOST, theme]);
      const file = path.join(ARTIFACTS, `clean-view-${theme}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      backgrounds.add((await viewStyle(page)).background);
    }
    expect(backgrounds.size, 'each theme has its own background').toBe(3);
  });

  it('has no serious accessibility violations in the view, light and dark, with the list open', async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await articleContent(page).waitFor();
    await page.locator(`${VIEW_HOST} [data-testid="removed-count"]`).click();
    for (const theme of ['light', 'dark'] as const) {
      await patchPreferences(session.ext, { theme });
      await page.waitForFunction(([tag, value]) => document.querySelector(tag!)?.shadowRoot?.querySelector('dialog')?.dataset.theme === value, [VIEW_HOST, theme]);
      expect(await viewAccessibilityViolations(page), `theme ${theme}`).toEqual([]);
    }
  });

  it('keeps text readable in every theme (WCAG AA contrast, 4.5:1)', async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await articleContent(page).waitFor();
    await page.locator(`${VIEW_HOST} [data-testid="removed-count"]`).click();
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      await patchPreferences(session.ext, { theme });
      await page.waitForFunction(([tag, value]) => document.querySelector(tag!)?.shadowRoot?.querySelector('dialog')?.dataset.theme === value, [VIEW_HOST, theme]);
      const ratios = await viewContrast(page);
      expect(Object.keys(ratios).length).toBeGreaterThanOrEqual(4);
      for (const [role, ratio] of Object.entries(ratios)) expect(ratio, `${theme} ${role}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
