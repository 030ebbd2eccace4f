import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText, seedArticle } from './helpers/articles';
import { articleContent, toggleThroughHook, VIEW_HOST } from './helpers/clean-view';
import { REPO_ROOT } from './helpers/corpus';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';
import { getSiteRule } from './helpers/settings';

describe('what was removed, and getting it back', () => {
  const article = seedArticle();
  const session = useExtensionSession({ build: 'e2e' });

  it('lists the repeated appeal with its copies, shows it again, and keeps it on this site', async () => {
    const page = await openPage(session.ext, session.server.url(article.path));
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await articleContent(page).waitFor();
    const control = page.locator(`${VIEW_HOST} [data-testid="removed-count"]`);
    expect(await control.innerText()).toMatch(/^\d+ blocks? removed$/);
    await control.click();

    const items = page.locator(`${VIEW_HOST} [data-testid="removed-item"]`);
    const texts = (await items.allInnerTexts()).map(normalizeText);
    // The appeal: a long clutter line from the annotation that a removed item previews.
    const appealLines = article.annotation.without.map(normalizeText).filter((line) => line.length > 60);
    const keyOf = (line: string) => line.slice(0, 40);
    // Printed twice on the page, so accounted for twice: one entry with "2 copies" or two entries.
    const copiesListed = (key: string) =>
      texts.filter((text) => text.includes(key)).reduce((sum, text) => sum + Number(/(\d+) copies/.exec(text)?.[1] ?? 1), 0);
    const [key, copies] = appealLines.map((line) => [keyOf(line), copiesListed(keyOf(line))] as const).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    expect(copies, `the repeated appeal is listed with both copies among: ${texts.join(' | ')}`).toBeGreaterThanOrEqual(2);

    // Show it in place: it reappears in the article text, where it was.
    const appeal = items.filter({ hasText: key }).filter({ has: page.locator('[data-testid="removed-show-in-place"]') }).first();
    expect(normalizeText(await articleContent(page).innerText())).not.toContain(key);
    await appeal.locator('[data-testid="removed-show-in-place"]').click();
    await expect.poll(async () => normalizeText(await articleContent(page).innerText())).toContain(key);
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts/clean-view-removed-panel.png'), animations: 'disabled' });

    await appeal.locator('[data-testid="removed-keep-on-site"]').click();
    await expect.poll(async () => (await getSiteRule(session.ext, '127.0.0.1')).keep.length).toBe(1);
    expect(await appeal.locator('[data-testid="removed-keep-on-site"]').isDisabled()).toBe(true);
  });
});
