// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { createOptionsStore, type OptionsBackend, type PickedFile } from '../../components/options/options-store';
import { DEFAULT_PREFERENCES, SETTINGS_VERSION, type SiteRules } from '../../utils/settings/defaults';
import { serializeSettings } from '../../utils/settings-io';

const NOW = new Date('2026-11-24T12:00:00Z');

function fakeBackend(overrides: Partial<OptionsBackend> = {}): OptionsBackend {
  return {
    loadPreferences: vi.fn(() => Promise.resolve(structuredClone(DEFAULT_PREFERENCES))),
    savePreferences: vi.fn(() => Promise.resolve({ area: 'sync' as const, bytes: 300, quota: 8192 })),
    storageStatus: vi.fn(() => Promise.resolve({ area: 'sync' as const, bytes: 300, quota: 8192 })),
    loadSiteRules: vi.fn((): Promise<SiteRules> => Promise.resolve({})),
    saveSiteRule: vi.fn(async () => {}),
    replaceSiteRules: vi.fn(async () => {}),
    resetAll: vi.fn(async () => {}),
    requestSiteAccess: vi.fn(() => Promise.resolve(true)),
    hasSiteAccess: vi.fn(() => Promise.resolve(false)),
    setAutoClean: vi.fn(async () => {}),
    download: vi.fn(),
    ...overrides,
  };
}

const file = (name: string, text: string, size = text.length): PickedFile => ({ name, size, text: () => Promise.resolve(text) });

async function ready(backend = fakeBackend()) {
  const options = createOptionsStore(backend, document.createDocumentFragment(), () => NOW);
  await options.actions.load();
  return { ...options, backend };
}

describe('options store', () => {
  test('load failure is a state with the reason, not a crash', async () => {
    const { store } = await ready(fakeBackend({ loadSiteRules: vi.fn(async () => Promise.reject(new Error('storage is unavailable'))) }));
    expect(store.get()).toMatchObject({ status: 'failed', loadError: 'storage is unavailable' });
  });

  test('phrases: several at once in one save, tidy; duplicates (also within the paste) and blanks refused with reasons', async () => {
    const { store, actions, backend } = await ready();
    const rejected = await actions.addPhrases(['  Support   our journalism ', 'Donate today', 'support our journalism', '   ']);
    expect(rejected).toEqual([
      { entry: 'support our journalism', reason: 'It is already in the list.' },
      { entry: '', reason: 'Type something first.' },
    ]);
    expect(store.get().preferences.customPhrases).toEqual(['Support our journalism', 'Donate today']);
    expect(backend.savePreferences).toHaveBeenCalledTimes(1);
    expect(await actions.addPhrases(['Donate today'])).toEqual([{ entry: 'Donate today', reason: 'It is already in the list.' }]);
  });

  test('selectors: an invalid one is refused naming it, with the engine’s reason', async () => {
    const { store, actions } = await ready();
    const [refused] = await actions.addSelectors(['#1abc']);
    expect(refused!.reason).toContain('“#1abc” is not a valid CSS selector');
    expect(store.get().preferences.customSelectors).toEqual([]);
    expect(await actions.addSelectors(['aside.promo > p'])).toEqual([]);
    expect(store.get().preferences.customSelectors).toEqual(['aside.promo > p']);
  });

  test('a failed save says so and keeps what the user set on screen', async () => {
    const { store, actions } = await ready(fakeBackend({ savePreferences: vi.fn(async () => Promise.reject(new Error('quota'))) }));
    await actions.setTheme('dark');
    expect(store.get().preferences.theme).toBe('dark');
    expect(store.get().saveError).toBe('Not saved: quota');
  });

  test('site rules: add a site from a URL, change it, and the change is saved for that host', async () => {
    const { store, actions, backend } = await ready();
    expect(await actions.addSite('https://News.Example.org/2026/story')).toEqual({ host: 'news.example.org' });
    expect(await actions.addSite('news.example.org')).toEqual({ error: 'news.example.org is already in the list.' });
    expect(await actions.addSite('not a site!')).toHaveProperty('error');
    await actions.setSiteKindEnabled('news.example.org', 'related', false);
    expect(backend.saveSiteRule).toHaveBeenCalledWith('news.example.org', { autoClean: false, kindsOff: ['related'], selectors: [], keep: [] });
    expect((await actions.addSiteSelectors('news.example.org', ['.more >']))[0]!.reason).toMatch(/not a valid CSS selector/);
    expect(await actions.addSiteSelectors('news.example.org', ['.more'])).toEqual([]);
    expect(store.get().siteRules['news.example.org']).toMatchObject({ kindsOff: ['related'], selectors: ['.more'], updatedAt: NOW.getTime() });
  });

  test('site auto-clean asks for access before anything else, and a refusal changes nothing', async () => {
    const backend = fakeBackend({ requestSiteAccess: vi.fn(() => Promise.resolve(false)) });
    const { store, actions } = await ready(backend);
    await actions.addSite('news.example.org');
    const pending = actions.setSiteAutoClean('news.example.org', true);
    expect(backend.requestSiteAccess).toHaveBeenCalledWith('https://news.example.org');
    await pending;
    expect(backend.setAutoClean).not.toHaveBeenCalled();
    expect(store.get().siteNotice).toContain('needs access to news.example.org');
  });

  test('export writes every setting to a dated file', async () => {
    const { actions, backend } = await ready();
    await actions.addPhrases(['Donate today']);
    actions.exportSettings();
    const [name, text] = vi.mocked(backend.download).mock.calls[0]!;
    expect(name).toBe('quiet-reader-settings-2026-11-24.json');
    expect(JSON.parse(text) as unknown).toMatchObject({ app: 'quiet-reader', version: SETTINGS_VERSION, preferences: { customPhrases: ['Donate today'] } });
  });

  test('import: preview first, then apply; a site without access imports with auto-clean off', async () => {
    const { store, actions, backend } = await ready();
    const text = serializeSettings({
      preferences: { ...structuredClone(DEFAULT_PREFERENCES), theme: 'dark' },
      siteRules: { 'a.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 3 } },
    });
    await actions.chooseImportFile(file('backup.json', text));
    const preview = store.get().importPreview!;
    expect(preview.changes).toEqual(['Theme: System → Dark', 'Site rules added: a.example.org']);
    expect(preview.needsAccess).toEqual(['a.example.org']);
    expect(backend.savePreferences).not.toHaveBeenCalled();
    await actions.applyImport();
    expect(backend.savePreferences).toHaveBeenCalledWith(expect.objectContaining({ theme: 'dark' }));
    expect(backend.replaceSiteRules).toHaveBeenCalledWith({ 'a.example.org': { autoClean: false, kindsOff: [], selectors: [], keep: [], updatedAt: 3 } });
    expect(store.get()).toMatchObject({ importPreview: null, importDone: 'Imported backup.json.' });
  });

  test('import switches auto-clean on or off in the background where the file changes it', async () => {
    const rule = { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 1 };
    const backend = fakeBackend({ loadSiteRules: vi.fn(() => Promise.resolve({ 'old.example.org': rule })), hasSiteAccess: vi.fn(() => Promise.resolve(true)) });
    const { actions } = await ready(backend);
    await actions.chooseImportFile(file('b.json', serializeSettings({ preferences: structuredClone(DEFAULT_PREFERENCES), siteRules: { 'new.example.org': rule } })));
    await actions.applyImport();
    expect(backend.setAutoClean).toHaveBeenCalledWith('https://old.example.org', false);
    expect(backend.setAutoClean).toHaveBeenCalledWith('https://new.example.org', true);
  });

  test('import of a malformed file changes nothing and says why', async () => {
    const { store, actions, backend } = await ready();
    await actions.chooseImportFile(file('broken.json', '{"app": "quiet-reader", "version": 2, "preferences": {'));
    expect(store.get().importError).toMatch(/cannot be read as settings/);
    expect(store.get().importPreview).toBeNull();
    expect(backend.savePreferences).not.toHaveBeenCalled();
    expect(backend.replaceSiteRules).not.toHaveBeenCalled();
  });

  test('a file over 1 MB is refused without being read', async () => {
    const text = vi.fn(() => Promise.resolve('{}'));
    const { store, actions } = await ready();
    await actions.chooseImportFile({ name: 'huge.json', size: 5 * 1024 * 1024, text });
    expect(text).not.toHaveBeenCalled();
    expect(store.get().importError).toMatch(/too large to be a Quiet Reader settings file/);
  });

  test('reset turns auto-clean off where it was on, then restores the defaults', async () => {
    const backend = fakeBackend({ loadSiteRules: vi.fn(() => Promise.resolve({ 'a.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 1 } })) });
    const { store, actions } = await ready(backend);
    await actions.resetAll();
    expect(backend.setAutoClean).toHaveBeenCalledWith('https://a.example.org', false);
    expect(backend.resetAll).toHaveBeenCalled();
    expect(store.get()).toMatchObject({ siteRules: {}, resetDone: true, preferences: DEFAULT_PREFERENCES });
  });
});

describe('options store: changes made elsewhere', () => {
  test('a stored change from another page shows, unless this page is still writing', async () => {
    let finish: () => void = () => {};
    const backend = fakeBackend({ savePreferences: vi.fn(() => new Promise<{ area: 'sync'; bytes: number; quota: number }>((resolve) => (finish = () => resolve({ area: 'sync', bytes: 1, quota: 8192 })))) });
    const { store, actions } = await ready(backend);
    const saving = actions.setTheme('dark');
    actions.storedPreferencesChanged({ ...DEFAULT_PREFERENCES });
    expect(store.get().preferences.theme).toBe('dark');
    finish();
    await saving;
    actions.storedPreferencesChanged({ ...DEFAULT_PREFERENCES, theme: 'sepia' });
    expect(store.get().preferences.theme).toBe('sepia');
  });

  test('a kept block added in the clean view appears; a site just added here stays listed', async () => {
    const { store, actions } = await ready();
    await actions.addSite('draft.example.org');
    const kept = { autoClean: false, kindsOff: [], selectors: [], keep: [{ fingerprint: 'f1', preview: 'Editor’s note' }], updatedAt: 9 };
    actions.storedSiteRulesChanged({ 'news.example.org': kept });
    expect(Object.keys(store.get().siteRules).sort()).toEqual(['draft.example.org', 'news.example.org']);
    expect(store.get().siteRules['news.example.org']).toEqual(kept);
  });
});
