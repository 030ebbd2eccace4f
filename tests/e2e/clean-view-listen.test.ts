import { describe, it } from 'vitest';
import { fixtureArticle } from './helpers/articles';
import { chromiumReaderBrowser } from './helpers/reader-browser';
import { expectListenControlFlow } from './helpers/reader-scenarios';
import { useExtensionSession } from './helpers/session';

/*
 * Reading aloud in Chromium. Headless Chromium here has no voices, and a test could not hear one
 * anyway: a speech stub in the view's world records the utterances instead (helpers/speech-stub.ts).
 * What is checked is the control flow (utterances queued in order, the highlight moving, pause,
 * resume and stop on close); real audio is not checked. The same body runs in Firefox
 * (firefox-clean-view.test.ts).
 */
describe('Listen in the clean view (Chromium, speech stubbed)', () => {
  const session = useExtensionSession({ build: 'e2e' });
  const reader = chromiumReaderBrowser(() => session.ext, () => session.server);

  it('reads title and sentences in order with the highlight following, pauses and resumes with L, and stops when the view closes', () => expectListenControlFlow(reader, fixtureArticle()));
});
