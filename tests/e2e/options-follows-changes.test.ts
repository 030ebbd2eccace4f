import { describe, expect, it } from 'vitest';
import { getPreferences, getSiteRule, saveSiteRule } from './helpers/settings';
import { openPage, tabIdOf } from './helpers/launch';
import { useExtensionSession } from './helpers/session';
import { openOptions, openPopupFor, popupScreen } from './popup-page';

/**
 * The settings page stays open while the reader changes things elsewhere. Each change must show
 * there at once, and a later save on the settings page must not write its stale copy back over it.
 */
describe('settings page open while settings change elsewhere', () => {
  const session = useExtensionSession({ build: 'e2e' });

  it('a theme and a kind changed in the popup show on the settings page and survive its next save', async () => {
    const options = await openOptions(session.ext);
    await expect(options.getByTestId('theme-system').isChecked()).resolves.toBe(true);

    const article = await openPage(session.ext, session.server.url('/fixtures/plain-article.html'));
    const popup = await openPopupFor(session.ext, await tabIdOf(session.ext, article));
    expect(await popupScreen(popup)).toBe('article');
    await popup.getByTestId('quick-theme').getByRole('radio', { name: 'Dark' }).check();
    await popup.locator('.popup-kinds__summary').click();
    await popup.getByTestId('quick-kind-appeal').uncheck();
    await expect.poll(async () => (await getPreferences(session.ext)).kindsOff).toEqual(['appeal']);

    // The settings page follows without a reload…
    await expect.poll(() => options.getByTestId('theme-dark').isChecked(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => options.getByTestId('kind-appeal').isChecked(), { timeout: 5000 }).toBe(false);
    await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    // …and its own next save keeps both of the popup's changes.
    await options.getByTestId('kind-share').uncheck();
    await expect.poll(async () => [...(await getPreferences(session.ext)).kindsOff].sort()).toEqual(['appeal', 'share']);
    expect((await getPreferences(session.ext)).theme).toBe('dark');

    await popup.close();
    await article.close();
    await options.close();
  });

  it('a block kept from the clean view survives a later change to the same site on the settings page', async () => {
    const options = await openOptions(session.ext);
    const keep = [{ fingerprint: 'f0123456789', preview: 'Our correspondent reports…' }];
    await saveSiteRule(session.ext, 'news.example.org', { autoClean: false, kindsOff: [], selectors: [], keep });

    const row = options.getByTestId('site-row').filter({ hasText: 'news.example.org' });
    await row.waitFor({ timeout: 5000 });
    await row.locator('summary').click();
    await row.getByTestId('site-rule-editor').getByRole('checkbox', { name: /“We recommend”/ }).uncheck();

    await expect.poll(async () => (await getSiteRule(session.ext, 'news.example.org')).kindsOff).toEqual(['related']);
    expect((await getSiteRule(session.ext, 'news.example.org')).keep).toEqual(keep);
    await options.close();
  });
});
