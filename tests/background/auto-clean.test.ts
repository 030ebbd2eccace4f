import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableAutoClean, enableAutoClean, originMatchPattern, syncAutoCleanScripts, wantsAutoClean } from '../../entrypoints/background/auto-clean';
import { getSiteRule, saveSiteRule } from '../../utils/settings';

type Registered = { id: string; matches?: string[]; js?: string[] };

/**
 * fakeBrowser has storage but not `scripting`/`permissions`; these spies keep a small in-memory
 * registry and permission set so the module's real calls can be checked.
 */
function fakeScriptingAndPermissions(granted: string[]) {
  const registered = new Map<string, Registered>();
  const permissions = new Set(granted);
  // These two APIs are typed with a callback form (returning void) beside the promise form the
  // module uses, so the promise-returning fakes below look like a misuse to the linter.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the promise form, see above
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(() => Promise.resolve([...registered.values()]));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the promise form, see above
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((scripts: Registered[]) => {
    for (const script of scripts) {
      if (registered.has(script.id)) return Promise.reject(new Error(`Duplicate script ID '${script.id}'`));
      registered.set(script.id, script);
    }
    return Promise.resolve();
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(((filter: { ids: string[] }) => {
    for (const id of filter.ids) registered.delete(id);
    return Promise.resolve();
  }) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((({ origins }: { origins: string[] }) => Promise.resolve(origins.every((o) => permissions.has(o)))) as never);
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((({ origins }: { origins: string[] }) => {
    origins.forEach((o) => permissions.delete(o));
    return Promise.resolve(true);
  }) as never);
  return { registered, permissions, remove };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('originMatchPattern', () => {
  it.each([
    ['https://news.example.org', 'https://news.example.org/*', 'news.example.org'],
    ['https://news.example.org/', 'https://news.example.org/*', 'news.example.org'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1/*', '127.0.0.1'],
  ])('%s → %s', (origin, pattern, host) => {
    expect(originMatchPattern(origin)).toEqual({ pattern, host });
  });

  it.each([
    ['news.example.org', /not a web address/],
    ['ftp://files.example.org', /Only web pages/],
    ['https://news.example.org/2026/story', /just the site’s origin/],
  ])('explains why %s is not an origin', (origin, message) => {
    const result = originMatchPattern(origin);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('enableAutoClean / disableAutoClean', () => {
  it('registers the auto-clean script for the origin and flags the site rule, keeping its other settings', async () => {
    const { registered } = fakeScriptingAndPermissions(['https://news.example.org/*']);
    await saveSiteRule('news.example.org', { autoClean: false, kindsOff: ['share'], selectors: [], keep: [] });

    expect(await enableAutoClean('https://news.example.org')).toEqual({ ok: true });
    expect([...registered.values()]).toEqual([
      expect.objectContaining({ id: 'auto-clean https://news.example.org/*', matches: ['https://news.example.org/*'], js: ['content-scripts/auto-clean.js'] }),
    ]);
    expect(await getSiteRule('news.example.org')).toMatchObject({ autoClean: true, kindsOff: ['share'] });
    expect(await wantsAutoClean('https://news.example.org/2026/story')).toBe(true);

    // Enabling twice is harmless (no duplicate-id error).
    expect(await enableAutoClean('https://news.example.org')).toEqual({ ok: true });
    expect(registered.size).toBe(1);
  });

  it('refuses without the host permission and changes nothing', async () => {
    const { registered } = fakeScriptingAndPermissions([]);
    const result = await enableAutoClean('https://news.example.org');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('permission') as unknown });
    expect(registered.size).toBe(0);
    expect((await getSiteRule('news.example.org')).autoClean).toBe(false);
  });

  it('disabling removes the script, the flag and the permission', async () => {
    const { registered, permissions, remove } = fakeScriptingAndPermissions(['https://news.example.org/*']);
    await enableAutoClean('https://news.example.org');
    expect(await disableAutoClean('https://news.example.org')).toEqual({ ok: true });
    expect(registered.size).toBe(0);
    expect((await getSiteRule('news.example.org')).autoClean).toBe(false);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://news.example.org/*'] });
    expect(permissions.size).toBe(0);
  });
});

describe('syncAutoCleanScripts', () => {
  it('re-registers flagged sites that still have permission, and clears flags and scripts that lost it', async () => {
    const { registered, permissions } = fakeScriptingAndPermissions(['https://kept.example.org/*', 'https://revoked.example.org/*']);
    await enableAutoClean('https://kept.example.org');
    await enableAutoClean('https://revoked.example.org');
    registered.delete('auto-clean https://kept.example.org/*'); // e.g. lost in an update
    permissions.delete('https://revoked.example.org/*'); // revoked in the browser's settings

    await syncAutoCleanScripts();
    expect([...registered.keys()]).toEqual(['auto-clean https://kept.example.org/*']);
    expect((await getSiteRule('kept.example.org')).autoClean).toBe(true);
    expect((await getSiteRule('revoked.example.org')).autoClean).toBe(false);
  });
});
