import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopupStore, type PopupBackend } from '../../components/popup/popup-store';
import { injectionProblem } from '../../entrypoints/background/restricted-pages';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';
import { useLocale } from './fake-messages';

/**
 * Failure screens are worded in the interface language too: the pseudo-locale render test cannot
 * reach them (they need a backend that fails), so they are checked here in German.
 */
function failingBackend(overrides: Partial<PopupBackend>): PopupBackend {
  return {
    findTargetTab: vi.fn(() => Promise.resolve({ id: 7, url: 'https://news.example.org/story' })),
    loadPreferences: vi.fn(() => Promise.resolve(structuredClone(DEFAULT_PREFERENCES))),
    savePreferences: vi.fn(async () => {}),
    previewArticle: vi.fn(() => Promise.resolve({ ok: false as const, problem: { code: 'internal' as const, message: 'x' } })),
    getViewActive: vi.fn(() => Promise.resolve(false)),
    toggleView: vi.fn(() => Promise.resolve(true)),
    getAutoClean: vi.fn(() => Promise.resolve(false)),
    requestSiteAccess: vi.fn(() => Promise.resolve(true)),
    setAutoClean: vi.fn(async () => {}),
    openOptions: vi.fn(),
    ...overrides,
  };
}

describe('failure screens in the interface language (German)', () => {
  afterEach(() => useLocale('en'));

  it('the popup cannot start: title and next step from the locale', async () => {
    useLocale('de');
    const { store, actions } = createPopupStore(failingBackend({ loadPreferences: vi.fn(() => Promise.reject(new Error('storage gone'))) }));
    await actions.load();
    expect(store.get().screen).toEqual({
      kind: 'error',
      title: 'Quiet Reader konnte nicht starten',
      message: 'storage gone',
      hint: 'Schließen Sie dieses Fenster und öffnen Sie Quiet Reader erneut.',
      fixInSettings: false,
    });
  });

  it('no tab in the window: title, reason and next step from the locale', async () => {
    useLocale('de');
    const { store, actions } = createPopupStore(failingBackend({ findTargetTab: vi.fn(() => Promise.resolve(null)) }));
    await actions.load();
    expect(store.get().screen).toEqual({
      kind: 'error',
      title: 'Kein Tab zum Lesen',
      message: 'In diesem Fenster ist kein Tab geöffnet.',
      hint: 'Öffnen Sie einen Artikel und klicken Sie dann erneut auf Quiet Reader.',
      fixInSettings: false,
    });
  });

  it('Firefox’s PDF viewer refusing the script is named in the interface language', () => {
    useLocale('de');
    const problem = injectionProblem(new Error('Missing host permission for the tab'), 'https://example.org/paper.pdf');
    expect(problem.code).toBe('restricted');
    expect(problem.message).toBe('Das ist der PDF-Betrachter des Browsers. Quiet Reader räumt nur Webseiten auf, keine PDF-Dateien.');
  });
});
