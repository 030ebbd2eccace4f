import { describe, it } from 'vitest';
import { seedArticle } from './helpers/articles';
import { useFirefoxSession, whyFirefoxCannotRun } from './helpers/firefox-session';
import { chromiumReaderBrowser } from './helpers/reader-browser';
import { expectPageScriptsCannotDriveView } from './helpers/reader-scenarios';
import { useExtensionSession } from './helpers/session';

/**
 * The view lives in an open shadow root inside the page, so the page's own scripts can reach its
 * buttons. The test's page scripts run in the page's main world, exactly where a page script runs:
 * they call `.click()`, dispatch mouse, pointer and keyboard events and a `cancel` at the dialog.
 * None of it may act (entrypoints/reader.content/trusted-input.ts). The driver's own clicks and
 * keys are real input (trusted) and must still work: they are the control that shows the test can
 * fail. The same body in both browsers (helpers/reader-scenarios.ts).
 */

const TITLE = 'synthetic clicks and keys on the bar, the list and "Always keep this on this site" do nothing; real clicks work';

describe('page scripts cannot drive the clean view, in Chromium', () => {
  const session = useExtensionSession({ build: 'e2e' });
  const reader = chromiumReaderBrowser(() => session.ext, () => session.server);
  it(TITLE, () => expectPageScriptsCannotDriveView(reader, seedArticle(), '127.0.0.1'));
});

const firefoxSkip = whyFirefoxCannotRun();
describe.skipIf(firefoxSkip !== null)(`page scripts cannot drive the clean view, in Firefox${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  const session = useFirefoxSession({ build: 'e2e' });
  it(TITLE, () => expectPageScriptsCannotDriveView(session.reader, seedArticle(), '127.0.0.1'));
});
