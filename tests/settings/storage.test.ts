import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_PREFERENCES,
  SETTINGS_VERSION,
  getPreferences,
  getPreferencesStorageStatus,
  getSiteRule,
  getSiteRules,
  preferencesItem,
  resetAllSettings,
  saveSiteRule,
  savePreferences,
  siteRulesItem,
  type Preferences,
} from '../../utils/settings';

const rawSync = async (key: string) => (await fakeBrowser.storage.sync.get(key))[key] as Record<string, unknown>;
const rawLocal = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as Record<string, unknown>;

function preferencesWith(change: Partial<Preferences>): Preferences {
  return { ...structuredClone(DEFAULT_PREFERENCES), ...change };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('preferences: reading', () => {
  test('nothing stored reads as the defaults', async () => {
    expect(await getPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  test('a corrupted key falls back to its default with a logged reason; the other keys are kept', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      preferences: {
        ...DEFAULT_PREFERENCES,
        theme: 'neon',
        customPhrases: ['Support our journalism', 42, ''],
        kindsOff: ['appeal', 'not-a-kind'],
        typography: { ...DEFAULT_PREFERENCES.typography, fontFamily: 'sans', fontSize: 'huge' },
        siteMemoryEnabled: false,
      },
    });
    const preferences = await getPreferences();
    expect(preferences.theme).toBe('system');
    expect(preferences.customPhrases).toEqual(['Support our journalism']);
    expect(preferences.kindsOff).toEqual(['appeal']);
    expect(preferences.typography).toEqual({ ...DEFAULT_PREFERENCES.typography, fontFamily: 'sans' });
    expect(preferences.siteMemoryEnabled).toBe(false);
    const logged = warn.mock.calls.map((call) => String(call[0]));
    expect(logged.some((line) => line.includes('theme: "neon"'))).toBe(true);
    expect(logged.some((line) => line.includes('typography.fontSize: "huge"'))).toBe(true);
    expect(logged.some((line) => line.includes('customPhrases[1]: 42 is not text'))).toBe(true);
    expect(logged.some((line) => line.includes('kindsOff[1]: "not-a-kind"'))).toBe(true);
  });

  test('a value that is not an object at all reads as the defaults', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ preferences: 'garbage' });
    expect(await getPreferences()).toEqual(DEFAULT_PREFERENCES);
  });

  test('a key added by a newer build is missing from old data and quietly takes its default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { siteMemoryEnabled: _dropped, ...older } = DEFAULT_PREFERENCES;
    await fakeBrowser.storage.sync.set({ preferences: { ...older, theme: 'dark' } });
    const preferences = await getPreferences();
    expect(preferences.theme).toBe('dark');
    expect(preferences.siteMemoryEnabled).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('preferences: sync with local fallback', () => {
  test('small preferences are saved in sync storage', async () => {
    const status = await savePreferences(preferencesWith({ theme: 'dark' }));
    expect(status.area).toBe('sync');
    expect((await rawSync('preferences')).theme).toBe('dark');
    expect(await rawLocal('preferences')).toBeUndefined();
  });

  test('preferences over the sync quota stay whole in local storage, and return to sync once they fit', async () => {
    await savePreferences(preferencesWith({ theme: 'sepia' }));
    const phrases = Array.from({ length: 300 }, (_, i) => `a long custom phrase to remove number ${i}`);
    const status = await savePreferences(preferencesWith({ theme: 'dark', customPhrases: phrases }));
    expect(status.area).toBe('local');
    expect(status.bytes).toBeGreaterThan(status.quota);
    // Sync keeps the last value that fit; nothing is half-written there.
    expect((await rawSync('preferences')).theme).toBe('sepia');
    expect((await rawLocal('preferences')).customPhrases).toHaveLength(300);
    const read = await getPreferences();
    expect(read.customPhrases).toEqual(phrases);
    expect(read.theme).toBe('dark');
    expect((await getPreferencesStorageStatus()).area).toBe('local');

    const back = await savePreferences(preferencesWith({ theme: 'light', customPhrases: phrases.slice(0, 3) }));
    expect(back.area).toBe('sync');
    expect(await rawLocal('preferences')).toBeUndefined();
    expect((await getPreferences()).customPhrases).toEqual(phrases.slice(0, 3));
  });

  test('when sync refuses a write (quota or rate limit) the preferences are kept locally', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const status = await savePreferences(preferencesWith({ customPhrases: ['Donate today'] }));
    expect(status.area).toBe('local');
    expect((await getPreferences()).customPhrases).toEqual(['Donate today']);
  });

  test('saving invalid preferences is refused with the reason and changes nothing', async () => {
    await savePreferences(preferencesWith({ theme: 'dark' }));
    await expect(savePreferences({ ...preferencesWith({}), theme: 'neon' as never })).rejects.toThrow(/theme: "neon"/);
    expect((await getPreferences()).theme).toBe('dark');
  });
});

describe('migrations', () => {
  test(`preferences v1 → v${SETTINGS_VERSION}: lists are trimmed, de-duplicated and emptied of blanks`, async () => {
    await fakeBrowser.storage.sync.set({
      preferences: { ...DEFAULT_PREFERENCES, customPhrases: [' Donate now ', 'donate now', '', 'Sign up'], customSelectors: ['.promo', ' .promo', '  '] },
    });
    await preferencesItem.migrate();
    const stored = await rawSync('preferences');
    expect(stored.customPhrases).toEqual(['Donate now', 'Sign up']);
    expect(stored.customSelectors).toEqual(['.promo']);
    expect(await rawSync('preferences$')).toEqual({ v: SETTINGS_VERSION });
  });

  test('site rules v1 → v2: every rule gains updatedAt 0', async () => {
    await fakeBrowser.storage.local.set({ siteRules: { 'news.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [] } } });
    await siteRulesItem.migrate();
    expect(await rawLocal('siteRules')).toEqual({
      'news.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 0 },
    });
    expect(await rawLocal('siteRules$')).toEqual({ v: 2 });
  });

  test('an item already at the current version is skipped', async () => {
    const current = { ...DEFAULT_PREFERENCES, customPhrases: [' kept as is '] };
    await fakeBrowser.storage.sync.set({ preferences: current, preferences$: { v: SETTINGS_VERSION } });
    await preferencesItem.migrate();
    expect((await rawSync('preferences')).customPhrases).toEqual([' kept as is ']);
  });

  test('nothing stored: migration writes nothing', async () => {
    await preferencesItem.migrate();
    expect(await rawSync('preferences')).toBeUndefined();
  });

  test('a stored version newer than this build fails the migration instead of guessing', async () => {
    await fakeBrowser.storage.sync.set({ preferences: DEFAULT_PREFERENCES, preferences$: { v: SETTINGS_VERSION + 1 } });
    await expect(preferencesItem.migrate()).rejects.toThrow(/downgrade/i);
  });
});

describe('site rules', () => {
  test('saving a rule stamps updatedAt; a rule back at the defaults is removed', async () => {
    await saveSiteRule('news.example.org', { autoClean: true, kindsOff: ['related'], selectors: ['.promo'], keep: [] }, 1234);
    expect(await getSiteRule('news.example.org')).toEqual({ autoClean: true, kindsOff: ['related'], selectors: ['.promo'], keep: [], updatedAt: 1234 });
    await saveSiteRule('news.example.org', { autoClean: false, kindsOff: [], selectors: [], keep: [] });
    expect(await getSiteRules()).toEqual({});
  });

  test('a corrupted site rule is dropped alone; the other sites keep theirs', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({
      siteRules: {
        'good.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 5 },
        'bad.example.org': 'oops',
        'half.example.org': { autoClean: 'yes', kindsOff: ['share'], selectors: [], keep: [], updatedAt: 7 },
        __proto__x: {},
      },
      siteRules$: { v: 2 },
    });
    const rules = await getSiteRules();
    expect(Object.keys(rules).sort()).toEqual(['good.example.org', 'half.example.org']);
    expect(rules['half.example.org']).toEqual({ autoClean: false, kindsOff: ['share'], selectors: [], keep: [], updatedAt: 7 });
  });

  test('an unusable host name is refused', async () => {
    await expect(saveSiteRule('not a host', { autoClean: true, kindsOff: [], selectors: [], keep: [] })).rejects.toThrow(/not a host name/);
  });

  test('reset returns every setting to its default, in both storage areas', async () => {
    await savePreferences(preferencesWith({ theme: 'dark', customPhrases: Array.from({ length: 300 }, (_, i) => `phrase number ${i} that is long enough`) }));
    await saveSiteRule('news.example.org', { autoClean: true, kindsOff: [], selectors: [], keep: [] });
    await resetAllSettings();
    expect(await getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(await getSiteRules()).toEqual({});
    expect(await rawLocal('preferences')).toBeUndefined();
  });
});
