import type { CleanedArticle, ClutterKind } from '../../core/types';
import type { ArticlePreview, RemovalSummary } from '../../utils/messaging';
import { cleaningSettingsOf, type CleaningSettings } from '../../utils/settings/cleaning-settings';
import { createStore, type Store } from '../shared/store';
import { siteOf } from './site-of';
import { DEFAULT_PREFERENCES, type Preferences, type Theme } from '../../utils/settings/defaults';
import { t } from '../../utils/i18n';

/** The tab the popup reads: the active tab, or `?tabId=N` when the popup is opened as a page. */
export interface PopupTab {
  id: number;
  /** Undefined until the user invokes the extension on the tab (activeTab). */
  url?: string;
}


/**
 * Everything the popup needs from the browser, as plain async functions. `entrypoints/popup/browser-backend.ts`
 * implements it with messaging and storage; the unit tests pass fakes.
 */
export interface PopupBackend {
  findTargetTab: () => Promise<PopupTab | null>;
  loadPreferences: () => Promise<Preferences>;
  savePreferences: (preferences: Preferences) => Promise<void>;
  previewArticle: (tabId: number, settings: CleaningSettings) => Promise<ArticlePreview>;
  getViewActive: (tabId: number) => Promise<boolean>;
  /** Shows or hides the clean view on the page; answers whether it is now shown. */
  toggleView: (tabId: number) => Promise<boolean>;
  getAutoClean: (host: string) => Promise<boolean>;
  /**
   * Asks for access to the site. Must be the first thing a click handler does: the browser only
   * shows the prompt during the user's gesture.
   */
  requestSiteAccess: (origin: string) => Promise<boolean>;
  setAutoClean: (tab: PopupTab, origin: string, on: boolean) => Promise<void>;
  openOptions: () => void;
}

export type PopupScreen =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'not-article'; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'error'; title: string; message: string; hint: string; fixInSettings: boolean }
  | { kind: 'article'; article: CleanedArticle; removed: RemovalSummary[] };

export interface PopupState {
  screen: PopupScreen;
  tab: PopupTab | null;
  site: { host: string; origin: string } | null;
  preferences: Preferences;
  /** null while unknown (not asked yet, or the page cannot have one). */
  viewActive: boolean | null;
  viewBusy: boolean;
  /** A re-clean after a quick-settings change is running; the old preview stays visible meanwhile. */
  refreshing: boolean;
  autoClean: boolean;
  autoCleanBusy: boolean;
  /** A one-line problem with the last action (the screen itself stays). */
  notice: string | null;
}

export interface PopupActions {
  load: () => Promise<void>;
  refreshPreview: () => Promise<void>;
  toggleView: () => Promise<void>;
  setTheme: (theme: Theme) => Promise<void>;
  setFontSize: (px: number) => Promise<void>;
  setKindEnabled: (kind: ClutterKind, enabled: boolean) => Promise<void>;
  setAutoClean: (on: boolean) => Promise<void>;
  openOptions: () => void;
  dismissNotice: () => void;
  /** Preferences changed elsewhere (settings page, another window). */
  preferencesChanged: (preferences: Preferences) => void;
}

export interface PopupStore {
  store: Store<PopupState>;
  actions: PopupActions;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Maps the background's answer to the screen the popup shows. */
export function screenForPreview(preview: ArticlePreview): PopupScreen {
  if (preview.ok) return { kind: 'article', article: preview.article, removed: preview.removed };
  const { code, message } = preview.problem;
  switch (code) {
    case 'restricted':
      return { kind: 'restricted' };
    case 'not-article':
      return { kind: 'not-article', message };
    case 'too-large':
      return { kind: 'too-large', message };
    case 'invalid-option':
      return { kind: 'error', title: t('popup.invalidOptionTitle'), message, hint: t('popup.invalidOptionNext'), fixInSettings: true };
    case 'script-error':
      return { kind: 'error', title: t('popup.scriptErrorTitle'), message, hint: t('popup.reloadAndReopen'), fixInSettings: false };
    default:
      return { kind: 'error', title: t('popup.failedTitle'), message, hint: t('popup.reloadAndRetry'), fixInSettings: false };
  }
}

export function createPopupStore(backend: PopupBackend): PopupStore {
  const store = createStore<PopupState>({
    screen: { kind: 'loading' },
    tab: null,
    site: null,
    preferences: DEFAULT_PREFERENCES,
    viewActive: null,
    viewBusy: false,
    refreshing: false,
    autoClean: false,
    autoCleanBusy: false,
    notice: null,
  });
  // Quick settings can fire several previews in a row; only the newest answer may land.
  let previewRequest = 0;
  // While our own saves are in flight, storage echoes of older values must not undo newer clicks.
  let savesInFlight = 0;

  const failWith = (title: string, error: unknown, hint: string) =>
    store.set({ screen: { kind: 'error', title, message: describe(error), hint, fixInSettings: false }, refreshing: false });

  async function refreshPreview(): Promise<void> {
    const { tab, preferences } = store.get();
    if (!tab) return;
    const request = ++previewRequest;
    store.set({ refreshing: true });
    try {
      const preview = await backend.previewArticle(tab.id, cleaningSettingsOf(preferences));
      if (request !== previewRequest) return;
      store.set({ screen: screenForPreview(preview), refreshing: false });
    } catch (error) {
      if (request === previewRequest) failWith(t('popup.unreadableTitle'), error, t('popup.reloadAndReopen'));
    }
  }

  async function savePreferences(change: (current: Preferences) => Preferences): Promise<boolean> {
    const next = change(store.get().preferences);
    store.set({ preferences: next, notice: null });
    savesInFlight++;
    try {
      await backend.savePreferences(next);
      return true;
    } catch (error) {
      store.set({ notice: t('popup.notSaved', { reason: describe(error) }) });
      return false;
    } finally {
      savesInFlight--;
    }
  }

  const actions: PopupActions = {
    async load() {
      store.set({ screen: { kind: 'loading' }, notice: null });
      let tab: PopupTab | null;
      try {
        const [foundTab, preferences] = await Promise.all([backend.findTargetTab(), backend.loadPreferences()]);
        tab = foundTab;
        store.set({ tab, preferences, site: siteOf(tab?.url) });
      } catch (error) {
        failWith(t('popup.startFailedTitle'), error, t('popup.startFailedNext'));
        return;
      }
      if (!tab) {
        failWith(t('popup.noTabTitle'), new Error(t('popup.noTabMessage')), t('popup.noTabNext'));
        return;
      }
      const site = store.get().site;
      // The view state and auto-clean are extras: a failure there must not hide the article.
      void backend.getViewActive(tab.id).then((active) => store.set({ viewActive: active }), () => store.set({ viewActive: null }));
      if (site) void backend.getAutoClean(site.host).then((autoClean) => store.set({ autoClean }), () => {});
      await refreshPreview();
    },

    refreshPreview,

    async toggleView() {
      const { tab, viewActive, viewBusy } = store.get();
      // One toggle at a time: presses while the page answers are ignored, not queued.
      if (!tab || viewBusy) return;
      // The switch moves at once; the page's answer confirms it or puts it back.
      store.set({ viewActive: !viewActive, viewBusy: true, notice: null });
      try {
        store.set({ viewActive: await backend.toggleView(tab.id), viewBusy: false });
      } catch (error) {
        store.set({ viewActive, viewBusy: false, notice: t('popup.switchFailed', { reason: describe(error) }) });
      }
    },

    async setTheme(theme) {
      await savePreferences((current) => ({ ...current, theme }));
    },

    async setFontSize(fontSize) {
      await savePreferences((current) => ({ ...current, typography: { ...current.typography, fontSize } }));
    },

    async setKindEnabled(kind, enabled) {
      const saved = await savePreferences((current) => ({
        ...current,
        kindsOff: enabled ? current.kindsOff.filter((off) => off !== kind) : [...new Set([...current.kindsOff, kind])],
      }));
      if (saved) await refreshPreview();
    },

    async setAutoClean(on) {
      const { site, tab, autoCleanBusy } = store.get();
      if (!site || !tab || autoCleanBusy) return;
      // Synchronously first: the permission prompt needs the click's user gesture.
      const access = on ? backend.requestSiteAccess(site.origin) : Promise.resolve(true);
      store.set({ autoCleanBusy: true, notice: null });
      try {
        if (!(await access)) {
          store.set({ autoCleanBusy: false, notice: t('popup.needsAccess', { site: site.host }) });
          return;
        }
        await backend.setAutoClean(tab, site.origin, on);
        store.set({ autoClean: on, autoCleanBusy: false });
      } catch (error) {
        store.set({ autoCleanBusy: false, notice: t('popup.autoCleanFailed', { reason: describe(error) }) });
      }
    },

    openOptions: () => backend.openOptions(),
    dismissNotice: () => store.set({ notice: null }),
    preferencesChanged(preferences) {
      if (savesInFlight === 0) store.set({ preferences });
    },
  };
  return { store, actions };
}
