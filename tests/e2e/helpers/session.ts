import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type ExtensionSession, type LaunchOptions } from './launch';
import { startPageServer, type PageServer } from './server';

/**
 * The setup every browser-test `describe` shares: one page server and one browser with the built
 * extension for the whole block. Call it inside `describe`; it registers the hooks:
 *   beforeAll  start the page server, then launch the extension;
 *   afterAll   close the extension, then the server. Either may be missing when a launch failed
 *              halfway, and what did start is still closed.
 *
 * Vitest runs beforeAll hooks in the order they were registered and afterAll hooks in reverse
 * (`sequence.hooks: 'stack'`, its default). So a hook registered before this call runs before the
 * launch and cleans up after the teardown (temporary page folders); one registered after it runs
 * once the extension is up and before it closes (listeners, opened tabs, written results).
 *
 * @example
 * describe('popup', () => {
 *   const session = useExtensionSession({ build: 'e2e' });
 *   it('opens', async () => {
 *     const page = await openPage(session.ext, session.server.url('/fixtures/plain-article.html'));
 *   });
 * });
 */

export interface ExtensionSessionOptions {
  /** Which build to load (see `launchExtension`). */
  build: NonNullable<LaunchOptions['build']>;
  /** `false` for the tests that need a headed browser (the keyboard shortcut, under Xvfb). */
  headless?: LaunchOptions['headless'];
  /** Extra Chromium flags (e.g. `--enable-unsafe-extension-debugging` to reload the extension over DevTools). */
  args?: LaunchOptions['args'];
  /**
   * The page server's mounts (URL prefix → folder), asked for when the server starts, so they may
   * name folders an earlier beforeAll made. Default: `startPageServer`'s shared corpus and fixtures.
   */
  mounts?: () => Record<string, string>;
}

export interface LiveExtensionSession {
  /** The launched browser with the extension; throws when read before the launch finished. */
  readonly ext: ExtensionSession;
  /** The running page server; throws when read before it started. */
  readonly server: PageServer;
}

export function useExtensionSession(options: ExtensionSessionOptions): LiveExtensionSession {
  let ext: ExtensionSession | undefined;
  let server: PageServer | undefined;

  beforeAll(async () => {
    server = await startPageServer(options.mounts?.());
    ext = await launchExtension({ build: options.build, headless: options.headless, args: options.args });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  return {
    get ext() {
      if (!ext) throw new Error(`The ${options.build} extension is not running: read \`ext\` inside a test or a hook registered after useExtensionSession(), and check that its beforeAll did not fail.`);
      return ext;
    },
    get server() {
      if (!server) throw new Error('The page server is not running: read `server` inside a test or a hook registered after useExtensionSession(), and check that its beforeAll did not fail.');
      return server;
    },
  };
}
