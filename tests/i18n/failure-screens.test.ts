import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopupStore, type PopupBackend } from '../../components/popup/popup-store';
import { injectionProblem } from '../../entrypoints/background/restricted-pages';
import { fakeBackend } from '../components/fake-popup-backend';
import { useLocale } from './fake-messages';

/**
 * Failure screens are worded in the interface language too: the pseudo-locale render test cannot
 * reach them (they need a backend that fails), so they are checked here in German.
 */
describe('failure screens in the interface language (German)', () => {
  afterEach(() => useLocale('en'));

  it.each<[string, Partial<PopupBackend>, { title: string; message: string; hint: string }]>([
    [
      'the popup cannot start',
      { loadPreferences: vi.fn(() => Promise.reject(new Error('storage gone'))) },
      { title: 'Quiet Reader konnte nicht starten', message: 'storage gone', hint: 'Schließen Sie dieses Fenster und öffnen Sie Quiet Reader erneut.' },
    ],
    [
      'no tab in the window',
      { findTargetTab: vi.fn(() => Promise.resolve(null)) },
      { title: 'Kein Tab zum Lesen', message: 'In diesem Fenster ist kein Tab geöffnet.', hint: 'Öffnen Sie einen Artikel und klicken Sie dann erneut auf Quiet Reader.' },
    ],
  ])('%s: title, reason and next step from the locale', async (_, failure, expected) => {
    useLocale('de');
    const { store, actions } = createPopupStore(fakeBackend(failure));
    await actions.load();
    expect(store.get().screen).toEqual({ kind: 'error', fixInSettings: false, ...expected });
  });

  it('Firefox’s PDF viewer refusing the script is named in the interface language', () => {
    useLocale('de');
    const problem = injectionProblem(new Error('Missing host permission for the tab'), 'https://example.org/paper.pdf');
    expect(problem).toEqual({ code: 'restricted', message: 'Das ist der PDF-Betrachter des Browsers. Quiet Reader räumt nur Webseiten auf, keine PDF-Dateien.' });
  });
});
