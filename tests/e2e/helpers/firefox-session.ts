import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll } from 'vitest';
import { findFirefox, launchFirefoxExtension, type FirefoxLaunchOptions, type FirefoxSession } from './firefox-launch';
import { firefoxReaderBrowser, type ReaderBrowser } from './reader-browser';
import { DEFAULT_PAGE_MOUNTS, startPageServer, type PageServer } from './server';

/**
 * `useExtensionSession` (./session.ts) for Firefox: one page server and one Firefox ESR with the
 * add-on for the whole `describe`, closed in reverse order even when the launch failed halfway.
 *
 * @example
 * describe.skipIf(!findFirefox())('in Firefox', () => {
 *   const session = useFirefoxSession({ build: 'e2e' });
 *   it('opens', async () => {
 *     const tab = await session.reader.open('/fixtures/plain-article.html');
 *   });
 * });
 */

export interface LiveFirefoxSession {
  readonly firefox: FirefoxSession;
  readonly server: PageServer;
  /** The shared test bodies' face of this session (./reader-scenarios.ts). */
  readonly reader: ReaderBrowser;
}

export interface FirefoxSessionOptions extends Required<Pick<FirefoxLaunchOptions, 'build'>>, Pick<FirefoxLaunchOptions, 'headless' | 'prefs'> {
  /** Extra page-server mounts (URL prefix → folder), asked for when the server starts. */
  mounts?: () => Record<string, string>;
}

export function useFirefoxSession(options: FirefoxSessionOptions): LiveFirefoxSession {
  let firefox: FirefoxSession | undefined;
  let server: PageServer | undefined;
  beforeAll(async () => {
    server = await startPageServer(options.mounts ? { ...DEFAULT_PAGE_MOUNTS, ...options.mounts() } : undefined);
    firefox = await launchFirefoxExtension(options);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  const live: LiveFirefoxSession = {
    get firefox() {
      if (!firefox) throw new Error(`Firefox (${options.build} build) is not running: read \`firefox\` inside a test, and check that its beforeAll did not fail.`);
      return firefox;
    },
    get server() {
      if (!server) throw new Error('The page server is not running: read `server` inside a test, and check that its beforeAll did not fail.');
      return server;
    },
    reader: firefoxReaderBrowser(() => live.firefox, () => live.server),
  };
  return live;
}

/** Why the Firefox tests cannot run here, or null (printed by the skipped block). */
export function whyFirefoxCannotRun(): string | null {
  return findFirefox() ? null : 'Firefox ESR is not installed (apt-get install -y firefox-esr; .ci/run installs it)';
}

/** Why a headed test (a real key press through xdotool) cannot run here, or null. */
export function whyHeadedCannotRun(): string | null {
  if (!process.env.DISPLAY) return 'no X display (DISPLAY is unset); run under `xvfb-run -a` as .ci/run does';
  try {
    execFileSync('xdotool', ['version'], { stdio: 'ignore' });
  } catch {
    return 'xdotool is not installed (apt-get install -y xdotool)';
  }
  return null;
}
