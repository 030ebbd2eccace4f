import { describe, it } from 'vitest';
import { seedArticle } from './helpers/articles';
import { useFirefoxSession, whyFirefoxCannotRun } from './helpers/firefox-session';
import { chromiumReaderBrowser } from './helpers/reader-browser';
import { expectInTabFallback } from './helpers/reader-scenarios';
import { useExtensionSession } from './helpers/session';

/*
 * Pages are cleaned in the extension's own context (Chrome's offscreen document, Firefox's
 * background page), and the reader script in the tab carries no engine. When that context cannot
 * take a page (a `file:` page, a page past the message size, a failure), the background injects
 * the engine into the tab and the page is cleaned there: the same view, in both browsers.
 */

describe('a page cleaned in its own tab, in Chromium', () => {
  const session = useExtensionSession({ build: 'e2e' });
  const reader = chromiumReaderBrowser(() => session.ext, () => session.server);
  it('gets the engine injected and the whole article without clutter', () => expectInTabFallback(reader, seedArticle()));
});

const firefoxSkip = whyFirefoxCannotRun();
describe.skipIf(firefoxSkip !== null)(`a page cleaned in its own tab, in Firefox${firefoxSkip ? ` (skipped: ${firefoxSkip})` : ''}`, () => {
  const session = useFirefoxSession({ build: 'e2e' });
  it('gets the engine injected and the whole article without clutter', () => expectInTabFallback(session.reader, seedArticle()));
});
