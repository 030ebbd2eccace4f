import { describe, expect, test, vi } from 'vitest';
import { createPopupStore } from '../../components/popup/popup-store';
import type { ArticlePreview } from '../../utils/messaging';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';
import { fakeBackend, OK_PREVIEW as OK } from './fake-popup-backend';
import { ARTICLE, REMOVED } from './popup-fixtures';

describe('popup store', () => {
  test('load: finds the tab, previews it with the saved settings and shows the article', async () => {
    const backend = fakeBackend();
    const { store, actions } = createPopupStore(backend);
    await actions.load();
    expect(backend.previewArticle).toHaveBeenCalledWith(7, { kindsOff: [], customPhrases: [], customSelectors: [], siteMemoryEnabled: true });
    expect(store.get().screen).toEqual({ kind: 'article', article: ARTICLE, removed: REMOVED });
    expect(store.get().site).toEqual({ host: 'news.example.org', origin: 'https://news.example.org' });
  });

  test('a browser page: the background says restricted, and there is no site to offer rules for', async () => {
    const backend = fakeBackend({
      findTargetTab: vi.fn(() => Promise.resolve({ id: 1, url: 'chrome://settings' })),
      previewArticle: vi.fn(() => Promise.resolve({ ok: false as const, problem: { code: 'restricted' as const, message: 'Browser page.' } })),
    });
    const { store, actions } = createPopupStore(backend);
    await actions.load();
    expect(store.get().screen).toEqual({ kind: 'restricted' });
    expect(store.get().site).toBeNull();
    expect(backend.getAutoClean).not.toHaveBeenCalled();
  });

  test.each([
    [{ code: 'restricted', message: 'no' }, 'restricted'],
    [{ code: 'not-article', message: 'No article here.' }, 'not-article'],
    [{ code: 'too-large', message: 'Too big.' }, 'too-large'],
    [{ code: 'invalid-option', message: 'Bad selector “div[”.' }, 'error'],
    [{ code: 'script-error', message: 'Injection failed.' }, 'error'],
  ] as const)('the background’s %o becomes the %s screen', async (problem, kind) => {
    const { store, actions } = createPopupStore(fakeBackend({ previewArticle: vi.fn(() => Promise.resolve({ ok: false as const, problem })) }));
    await actions.load();
    expect(store.get().screen.kind).toBe(kind);
  });

  test('a failed message is an error screen with what to do, not a crash', async () => {
    const { store, actions } = createPopupStore(fakeBackend({ previewArticle: vi.fn(async () => Promise.reject(new Error('Could not establish connection'))) }));
    await actions.load();
    expect(store.get().screen).toMatchObject({ kind: 'error', message: 'Could not establish connection', hint: expect.stringContaining('Reload') as unknown });
  });

  test('switching a clutter kind off saves it and re-cleans the preview with it', async () => {
    const backend = fakeBackend();
    const { store, actions } = createPopupStore(backend);
    await actions.load();
    await actions.setKindEnabled('related', false);
    expect(backend.savePreferences).toHaveBeenCalledWith(expect.objectContaining({ kindsOff: ['related'] }));
    expect(backend.previewArticle).toHaveBeenLastCalledWith(7, expect.objectContaining({ kindsOff: ['related'] }));
    await actions.setKindEnabled('related', true);
    expect(store.get().preferences.kindsOff).toEqual([]);
  });

  test('only the newest preview lands when quick settings change fast', async () => {
    const answers: ((value: ArticlePreview) => void)[] = [];
    const backend = fakeBackend({ previewArticle: vi.fn(() => new Promise<ArticlePreview>((resolve) => answers.push(resolve))) });
    const { store, actions } = createPopupStore(backend);
    const loading = actions.load();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    const refresh = actions.refreshPreview();
    answers[1]!({ ok: true, article: { ...ARTICLE, title: 'Newest' }, removed: [] });
    answers[0]!(OK);
    await Promise.all([loading, refresh]);
    expect(store.get().screen).toMatchObject({ kind: 'article', article: { title: 'Newest' } });
  });

  test('theme and text size are saved; a storage echo of an older value does not undo a newer click', async () => {
    let finishSave: () => void = () => {};
    const backend = fakeBackend({ savePreferences: vi.fn(() => new Promise<void>((resolve) => (finishSave = resolve))) });
    const { store, actions } = createPopupStore(backend);
    await actions.load();
    const saving = actions.setFontSize(20);
    actions.preferencesChanged({ ...DEFAULT_PREFERENCES });
    expect(store.get().preferences.typography.fontSize).toBe(20);
    finishSave();
    await saving;
    actions.preferencesChanged({ ...DEFAULT_PREFERENCES, theme: 'dark' });
    expect(store.get().preferences.theme).toBe('dark');
  });

  test('toggling the view reports the new state, and a failure becomes a notice', async () => {
    const backend = fakeBackend();
    const { store, actions } = createPopupStore(backend);
    await actions.load();
    await actions.toggleView();
    expect(store.get().viewActive).toBe(true);
    backend.toggleView = vi.fn(async () => Promise.reject(new Error('This page is not an article.')));
    const failing = actions.toggleView();
    expect(store.get().viewActive).toBe(false);
    await failing;
    expect(store.get().viewActive).toBe(true);
    expect(store.get().notice).toContain('This page is not an article.');
  });

  test('“always clean this site” asks for access inside the click, before anything is awaited', async () => {
    const backend = fakeBackend();
    const { store, actions } = createPopupStore(backend);
    await actions.load();
    const pending = actions.setAutoClean(true);
    expect(backend.requestSiteAccess).toHaveBeenCalledWith('https://news.example.org');
    await pending;
    expect(backend.setAutoClean).toHaveBeenCalledWith({ id: 7, url: 'https://news.example.org/story' }, 'https://news.example.org', true);
    expect(store.get().autoClean).toBe(true);
  });

  test('access refused: nothing changes and the popup says why', async () => {
    const backend = fakeBackend({ requestSiteAccess: vi.fn(() => Promise.resolve(false)) });
    const { store, actions } = createPopupStore(backend);
    await actions.load();
    await actions.setAutoClean(true);
    expect(backend.setAutoClean).not.toHaveBeenCalled();
    expect(store.get().autoClean).toBe(false);
    expect(store.get().notice).toContain('needs access to news.example.org');
  });
});
