import { describe, it } from 'vitest';
import { seedArticle } from './helpers/articles';
import { useFirefoxSession, whyFirefoxCannotRun } from './helpers/firefox-session';
import { chromiumReaderBrowser, restartFirefoxAddOn, type ReaderBrowser, type ReaderTab } from './helpers/reader-browser';
import { expectSettingsSurviveReload, expectToggleAfterReload } from './helpers/reader-scenarios';
import { useExtensionSession } from './helpers/session';

/*
 * After the extension is reloaded (as an update does), tabs that had the reader injected must
 * still toggle: the flag the old reader left must not make the new injection a no-op with dead
 * handlers, and a view the old reader left open must not stay on the page. And the reader's
 * settings are still there. The same bodies run in both browsers (helpers/reader-scenarios.ts).
 */

describe('after an extension reload, in Chromium', () => {
  const session = useExtensionSession({ build: 'e2e', args: ['--enable-unsafe-extension-debugging'] });
  const reader = chromiumReaderBrowser(() => session.ext, () => session.server);
  it('a tab injected before the reload toggles again (view closed, and view left open)', () => expectToggleAfterReload(reader, seedArticle()));
  it('settings survive the reload', () => expectSettingsSurviveReload(reader, seedArticle()));
});

const firefoxSkip = whyFirefoxCannotRun();
describe.skipIf(firefoxSkip !== null)(`after an add-on reload, in Firefox${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  const session = useFirefoxSession({ build: 'e2e' });
  it('a tab injected before the reload toggles again (view closed, and view left open)', () => expectToggleAfterReload(session.reader, seedArticle()));
  it('settings survive the reload', () => expectSettingsSurviveReload(session.reader, seedArticle()));
  // An update: the same build installed again over the running add-on (what about:debugging's
  // "Reload" and an update from a file both do), not the add-on reloading itself.
  const updated = (): ReaderBrowser => ({ ...session.reader, reloadExtension: (via: ReaderTab) => restartFirefoxAddOn(via, () => session.firefox.reinstall(), 'installing it again') });
  it('after an update (installed again over itself), a tab injected before toggles again', () => expectToggleAfterReload(updated(), seedArticle()));
  it('settings survive the update', () => expectSettingsSurviveReload(updated(), seedArticle()));
});
