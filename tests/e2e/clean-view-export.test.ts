import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articleContent, toggleThroughHook, VIEW_HOST } from './helpers/clean-view';
import { REPO_ROOT } from './helpers/corpus';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';
import { getPreferences, patchPreferences } from './helpers/settings';

const ARTICLE = '/fixtures/sectioned-article.html';
const inView = (page: Page, testId: string) => page.locator(`${VIEW_HOST} [data-testid="${testId}"]`);

async function openArticle(session: ReturnType<typeof useExtensionSession>): Promise<Page> {
  const page = await openPage(session.ext, session.server.url(ARTICLE));
  await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
  await articleContent(page).waitFor();
  return page;
}

describe('export from the view bar', () => {
  const session = useExtensionSession({ build: 'e2e' });

  it('"Copy as Markdown" puts the article on the clipboard as Markdown', async () => {
    const page = await openArticle(session);
    await session.ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await inView(page, 'export-toggle').click();
    await inView(page, 'export-copy-markdown').click();
    await expect.poll(() => inView(page, 'export-status').innerText()).toBe('Copied as Markdown.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const title = await inView(page, 'article-heading').locator('h1').innerText();
    expect(markdown.split('\n\n').slice(0, 3).join('\n\n')).toBe(`# ${title.replace(/'/g, "'")}\n\nInes Marlow · Harbour Weekly · 2026-03-14\n\nSource: <${page.url()}> · Saved: ${new Date().toISOString().slice(0, 10)}`);
    expect(markdown).toContain('\n## The survey\n');
    expect(markdown).toContain('| Decade | Storm days |');
    // The relative link is absolute, against the page's address.
    expect(markdown).toContain(`[the survey's appendix](${session.server.url('/survey/ledger-tables')})`);
    await page.close();
  });

  it('"Download .md" and "Download .html" save files without the downloads permission', async () => {
    const page = await openArticle(session);
    const save = async (testId: string) => {
      await inView(page, 'export-toggle').click();
      const [download] = await Promise.all([page.waitForEvent('download'), inView(page, testId).click()]);
      const file = path.join(REPO_ROOT, 'test-artifacts', download.suggestedFilename());
      await download.saveAs(file);
      return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
    };
    const md = await save('export-download-markdown');
    expect(md.name).toMatch(/^The-Keeper-s-Ledger.*\.md$/);
    expect(md.text).toContain('## What comes next');
    const html = await save('export-download-html');
    expect(html.name).toBe(md.name.replace(/\.md$/, '.html'));
    expect(html.text.startsWith('<!doctype html>')).toBe(true);
    expect(html.text).toContain('<h2>The numbers</h2>');
    expect(html.text).not.toMatch(/<script/i);
    expect(await inView(page, 'export-status').innerText()).toBe(`Saved ${html.name} to your downloads.`);
    const manifest = JSON.parse(fs.readFileSync(path.join(session.ext.extensionDir, 'manifest.json'), 'utf8')) as { permissions?: string[] };
    expect(manifest.permissions ?? []).not.toContain('downloads');
    await page.close();
  });

  it('lists what was removed at the end of an export only with the setting on (off by default)', async () => {
    expect((await getPreferences(session.ext)).exportRemovedAppendix).toBe(false);
    const saveMarkdown = async () => {
      const page = await openPage(session.ext, session.server.url('/fixtures/plain-article.html'));
      await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
      await articleContent(page).waitFor();
      await inView(page, 'export-toggle').click();
      const [download] = await Promise.all([page.waitForEvent('download'), inView(page, 'export-download-markdown').click()]);
      const file = path.join(REPO_ROOT, 'test-artifacts', `appendix-${download.suggestedFilename()}`);
      await download.saveAs(file);
      await page.close();
      return fs.readFileSync(file, 'utf8');
    };
    expect(await saveMarkdown()).not.toContain('Removed by Quiet Reader');
    await patchPreferences(session.ext, { exportRemovedAppendix: true });
    try {
      const markdown = await saveMarkdown();
      expect(markdown).toMatch(/\n## Removed by Quiet Reader\n\n- \*\*/);
      expect(markdown).toMatch(/\*\*Donation appeal\*\* \(2 copies\)/);
    } finally {
      await patchPreferences(session.ext, { exportRemovedAppendix: false });
    }
  });

  it('print media shows the article alone: no bar, no page behind; screen media brings both back', async () => {
    const page = await openArticle(session);
    const bodyDisplay = () => page.evaluate(() => getComputedStyle(document.body).display);
    expect(await inView(page, 'export-toggle').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await inView(page, 'export-toggle').isVisible()).toBe(false);
    expect(await page.locator(`${VIEW_HOST} .qr-bar`).isVisible()).toBe(false);
    expect(await bodyDisplay()).toBe('none');
    expect(await articleContent(page).isVisible()).toBe(true);
    // Links print with their address after the text.
    const after = await page.locator(`${VIEW_HOST} .qr-content a[href^="http"]`).first().evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('/survey/ledger-tables');
    await page.pdf({ path: path.join(REPO_ROOT, 'test-artifacts/clean-view-print.pdf') });
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator(`${VIEW_HOST} .qr-bar`).isVisible()).toBe(true);
    // Closing the view takes the print rule away with it.
    await toggleThroughHook(session.ext, await tabIdOf(session.ext, page));
    await page.emulateMedia({ media: 'print' });
    expect(await bodyDisplay()).toBe('block');
    await page.close();
  });

  it('the outline lists the sections and jumps to one, marking it current', async () => {
    const page = await openArticle(session);
    const outline = inView(page, 'outline');
    await outline.locator('summary').click();
    const links = inView(page, 'outline-link');
    expect(await links.allInnerTexts()).toEqual(['The ledger', 'The survey', 'The numbers', 'What comes next']);
    await links.nth(2).click();
    const offset = await page.locator(`${VIEW_HOST} .qr-content h2`).nth(2).evaluate((heading) => heading.getBoundingClientRect().top - heading.closest('dialog')!.getBoundingClientRect().top);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThan(120);
    await expect.poll(() => links.nth(2).getAttribute('aria-current')).toBe('location');
    expect(await page.locator(`${VIEW_HOST} .qr-content h2`).nth(2).evaluate((heading) => heading.getRootNode() instanceof ShadowRoot && (heading.getRootNode() as ShadowRoot).activeElement === heading)).toBe(true);
    await page.close();
  });
});
