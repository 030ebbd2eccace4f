import type { ClutterKind } from '../../core/types';
import { normaliseSiteInput, partitionEntries, phraseError, selectorEntryError, tidyPhrase, tidySelector, type RejectedEntry } from './validate-entry';
import { originForHost } from './filter-sites';
import { createStore, type Store } from '../shared/store';
import { DEFAULT_PREFERENCES, DEFAULT_SITE_RULE, type Preferences, type SiteRule, type SiteRules, type Theme, type Typography } from '../../utils/settings/defaults';
import type { PreferencesStorageStatus } from '../../utils/settings';
import { describeSettingsChanges, parseSettingsFile, serializeSettings, settingsFileName, type AllSettings } from '../../utils/settings-io';

/** Everything the settings page needs from the browser; `entrypoints/options/browser-backend.ts` implements it. */
export interface OptionsBackend {
  loadPreferences: () => Promise<Preferences>;
  savePreferences: (preferences: Preferences) => Promise<PreferencesStorageStatus>;
  storageStatus: () => Promise<PreferencesStorageStatus>;
  loadSiteRules: () => Promise<SiteRules>;
  saveSiteRule: (host: string, rule: Omit<SiteRule, 'updatedAt'>) => Promise<void>;
  replaceSiteRules: (rules: SiteRules) => Promise<void>;
  resetAll: () => Promise<void>;
  /** Must be called first in a click handler (the browser shows the prompt only during the gesture). */
  requestSiteAccess: (origin: string) => Promise<boolean>;
  hasSiteAccess: (origin: string) => Promise<boolean>;
  setAutoClean: (origin: string, on: boolean) => Promise<void>;
  download: (fileName: string, text: string) => void;
}

/** A file the user picked, as the page reads it (a `File` fits). */
export interface PickedFile {
  name: string;
  size: number;
  text: () => Promise<string>;
}

export interface ImportPreview {
  fileName: string;
  settings: AllSettings;
  changes: string[];
  /** Sites whose auto-clean the file asks for but this browser has not granted: they import switched off. */
  needsAccess: string[];
}

export interface OptionsState {
  status: 'loading' | 'ready' | 'failed';
  loadError: string | null;
  preferences: Preferences;
  siteRules: SiteRules;
  storage: PreferencesStorageStatus | null;
  /** A save that failed; the page keeps showing what the user typed. */
  saveError: string | null;
  /** Bumped on each successful save, for the "Saved" status line. */
  saves: number;
  importPreview: ImportPreview | null;
  importError: string | null;
  importDone: string | null;
  siteNotice: string | null;
  resetDone: boolean;
}

/** Actions that take typed entries add the valid ones in one save and answer the refused ones with reasons. */
export interface OptionsActions {
  load: () => Promise<void>;
  setKindEnabled: (kind: ClutterKind, enabled: boolean) => Promise<void>;
  addPhrases: (phrases: readonly string[]) => Promise<RejectedEntry[]>;
  removePhrase: (phrase: string) => Promise<void>;
  addSelectors: (selectors: readonly string[]) => Promise<RejectedEntry[]>;
  removeSelector: (selector: string) => Promise<void>;
  setTheme: (theme: Theme) => Promise<void>;
  setTypography: <K extends keyof Typography>(key: K, value: Typography[K]) => Promise<void>;
  setSiteMemory: (enabled: boolean) => Promise<void>;
  /** "Keep my place" and "add what was removed to exports" (components/options/ExportSection.tsx). */
  setExportAndPlace: (change: Partial<Pick<Preferences, 'resumePosition' | 'exportRemovedAppendix'>>) => Promise<void>;
  /** Adds a site to the list (stored once something is set for it); answers its host or why not. */
  addSite: (input: string) => Promise<{ host: string } | { error: string }>;
  setSiteAutoClean: (host: string, on: boolean) => Promise<void>;
  setSiteKindEnabled: (host: string, kind: ClutterKind, enabled: boolean) => Promise<void>;
  addSiteSelectors: (host: string, selectors: readonly string[]) => Promise<RejectedEntry[]>;
  removeSiteSelector: (host: string, selector: string) => Promise<void>;
  removeSiteKeep: (host: string, fingerprint: string) => Promise<void>;
  removeSite: (host: string) => Promise<void>;
  exportSettings: () => void;
  chooseImportFile: (file: PickedFile) => Promise<void>;
  applyImport: () => Promise<void>;
  cancelImport: () => void;
  resetAll: () => Promise<void>;
  /** Settings changed elsewhere (popup, clean view, another settings tab). */
  storedPreferencesChanged: (preferences: Preferences) => void;
  storedSiteRulesChanged: (siteRules: SiteRules) => void;
}

export interface OptionsStore {
  store: Store<OptionsState>;
  actions: OptionsActions;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

const isDefaultRule = (rule: SiteRule) => !rule.autoClean && !rule.kindsOff.length && !rule.selectors.length && !rule.keep.length;

export function createOptionsStore(backend: OptionsBackend, probe: ParentNode, now: () => Date = () => new Date()): OptionsStore {
  const store = createStore<OptionsState>({
    status: 'loading',
    loadError: null,
    preferences: DEFAULT_PREFERENCES,
    siteRules: {},
    storage: null,
    saveError: null,
    saves: 0,
    importPreview: null,
    importError: null,
    importDone: null,
    siteNotice: null,
    resetDone: false,
  });

  // While this page's own writes are in flight, storage echoes of older values must not undo newer input.
  let writesInFlight = 0;
  async function tracked<T>(write: Promise<T>): Promise<T> {
    writesInFlight++;
    try {
      return await write;
    } finally {
      writesInFlight--;
    }
  }

  async function changePreferences(change: (current: Preferences) => Preferences): Promise<void> {
    const next = change(store.get().preferences);
    store.set({ preferences: next, resetDone: false, importDone: null });
    try {
      const storage = await tracked(backend.savePreferences(next));
      store.set((s) => ({ storage, saveError: null, saves: s.saves + 1 }));
    } catch (error) {
      store.set({ saveError: `Not saved: ${describe(error)}` });
    }
  }

  const ruleOf = (host: string): SiteRule => store.get().siteRules[host] ?? { ...DEFAULT_SITE_RULE };

  async function changeSite(host: string, change: (rule: SiteRule) => Omit<SiteRule, 'updatedAt'>): Promise<void> {
    // `change` may pass the old timestamp through; saveSiteRule stamps a fresh one.
    const { updatedAt: _previous, ...next } = change(ruleOf(host)) as SiteRule;
    store.set((s) => ({ siteRules: { ...s.siteRules, [host]: { ...next, updatedAt: now().getTime() } }, siteNotice: null, resetDone: false }));
    try {
      await tracked(backend.saveSiteRule(host, next));
      store.set((s) => ({ saveError: null, saves: s.saves + 1 }));
    } catch (error) {
      store.set({ saveError: `Not saved: ${describe(error)}` });
    }
  }

  const toggled = <T>(list: readonly T[], item: T, present: boolean) => (present ? [...new Set([...list, item])] : list.filter((x) => x !== item));

  const actions: OptionsActions = {
    async load() {
      store.set({ status: 'loading', loadError: null });
      try {
        const [preferences, siteRules, storage] = await Promise.all([backend.loadPreferences(), backend.loadSiteRules(), backend.storageStatus()]);
        store.set({ status: 'ready', preferences, siteRules, storage });
      } catch (error) {
        store.set({ status: 'failed', loadError: describe(error) });
      }
    },

    setKindEnabled: (kind, enabled) => changePreferences((p) => ({ ...p, kindsOff: toggled(p.kindsOff, kind, !enabled) })),

    async addPhrases(phrases) {
      const { accepted, rejected } = partitionEntries(phrases, store.get().preferences.customPhrases, phraseError, tidyPhrase);
      if (accepted.length) await changePreferences((p) => ({ ...p, customPhrases: [...p.customPhrases, ...accepted] }));
      return rejected;
    },
    removePhrase: (phrase) => changePreferences((p) => ({ ...p, customPhrases: p.customPhrases.filter((x) => x !== phrase) })),

    async addSelectors(selectors) {
      const errorOf = (entry: string, list: readonly string[]) => selectorEntryError(entry, list, probe);
      const { accepted, rejected } = partitionEntries(selectors, store.get().preferences.customSelectors, errorOf, tidySelector);
      if (accepted.length) await changePreferences((p) => ({ ...p, customSelectors: [...p.customSelectors, ...accepted] }));
      return rejected;
    },
    removeSelector: (selector) => changePreferences((p) => ({ ...p, customSelectors: p.customSelectors.filter((x) => x !== selector) })),

    setTheme: (theme) => changePreferences((p) => ({ ...p, theme })),
    setTypography: (key, value) => changePreferences((p) => ({ ...p, typography: { ...p.typography, [key]: value } })),
    setSiteMemory: (enabled) => changePreferences((p) => ({ ...p, siteMemoryEnabled: enabled })),
    setExportAndPlace: (change) => changePreferences((p) => ({ ...p, ...change })),

    addSite(input) {
      const parsed = normaliseSiteInput(input);
      if ('error' in parsed) return Promise.resolve(parsed);
      if (store.get().siteRules[parsed.host]) return Promise.resolve({ error: `${parsed.host} is already in the list.` });
      // A new site starts as the defaults; it is stored once the user changes something for it.
      store.set((s) => ({ siteRules: { ...s.siteRules, [parsed.host]: { ...DEFAULT_SITE_RULE, updatedAt: now().getTime() } } }));
      return Promise.resolve(parsed);
    },

    async setSiteAutoClean(host, on) {
      const origin = originForHost(host);
      // Synchronously first: the permission prompt needs the click's user gesture.
      const access = on ? backend.requestSiteAccess(origin) : Promise.resolve(true);
      try {
        if (!(await access)) {
          store.set({ siteNotice: `Quiet Reader needs access to ${host} to clean it automatically. Nothing was changed.` });
          return;
        }
        await backend.setAutoClean(origin, on);
        // The background saved the flag; mirror it here without a second write.
        store.set((s) => ({ siteRules: { ...s.siteRules, [host]: { ...ruleOf(host), autoClean: on, updatedAt: now().getTime() } }, siteNotice: null }));
      } catch (error) {
        store.set({ siteNotice: `Automatic cleaning for ${host} could not be changed: ${describe(error)}` });
      }
    },

    setSiteKindEnabled: (host, kind, enabled) => changeSite(host, (rule) => ({ ...rule, kindsOff: toggled(rule.kindsOff, kind, !enabled) })),

    async addSiteSelectors(host, selectors) {
      const errorOf = (entry: string, list: readonly string[]) => selectorEntryError(entry, list, probe);
      const { accepted, rejected } = partitionEntries(selectors, ruleOf(host).selectors, errorOf, tidySelector);
      if (accepted.length) await changeSite(host, (rule) => ({ ...rule, selectors: [...rule.selectors, ...accepted] }));
      return rejected;
    },
    removeSiteSelector: (host, selector) => changeSite(host, (rule) => ({ ...rule, selectors: rule.selectors.filter((x) => x !== selector) })),
    removeSiteKeep: (host, fingerprint) => changeSite(host, (rule) => ({ ...rule, keep: rule.keep.filter((k) => k.fingerprint !== fingerprint) })),

    async removeSite(host) {
      if (ruleOf(host).autoClean) await actions.setSiteAutoClean(host, false);
      await changeSite(host, () => ({ ...DEFAULT_SITE_RULE }));
      store.set((s) => {
        const { [host]: _removed, ...rest } = s.siteRules;
        return { siteRules: rest };
      });
    },

    exportSettings() {
      const { preferences, siteRules } = store.get();
      backend.download(settingsFileName(now()), serializeSettings({ preferences, siteRules }, now()));
    },

    async chooseImportFile(file) {
      store.set({ importPreview: null, importError: null, importDone: null });
      let result: ReturnType<typeof parseSettingsFile>;
      try {
        // The size is checked before reading, so a huge file is never loaded into memory.
        result = file.size > 1024 * 1024 ? parseSettingsFile('', file.size) : parseSettingsFile(await file.text(), file.size);
      } catch (error) {
        store.set({ importError: `The file could not be read: ${describe(error)}` });
        return;
      }
      if (!result.ok) {
        store.set({ importError: result.error });
        return;
      }
      const { preferences, siteRules } = store.get();
      const needsAccess: string[] = [];
      for (const [host, rule] of Object.entries(result.settings.siteRules)) {
        if (rule.autoClean && !(await backend.hasSiteAccess(originForHost(host)).catch(() => false))) needsAccess.push(host);
      }
      store.set({
        importPreview: { fileName: file.name, settings: result.settings, changes: describeSettingsChanges({ preferences, siteRules }, result.settings), needsAccess },
      });
    },

    async applyImport() {
      const preview = store.get().importPreview;
      if (!preview) return;
      // Auto-clean needs the site's permission, which a file cannot grant: those sites import switched off.
      const siteRules: SiteRules = {};
      for (const [host, rule] of Object.entries(preview.settings.siteRules)) {
        siteRules[host] = preview.needsAccess.includes(host) ? { ...rule, autoClean: false } : rule;
      }
      const before = store.get().siteRules;
      try {
        const storage = await backend.savePreferences(preview.settings.preferences);
        await backend.replaceSiteRules(siteRules);
        // The background registers (or removes) each site's auto-clean script; stored flags alone do not.
        const failed: string[] = [];
        for (const host of new Set([...Object.keys(before), ...Object.keys(siteRules)])) {
          const wanted = siteRules[host]?.autoClean ?? false;
          if ((before[host]?.autoClean ?? false) === wanted) continue;
          await backend.setAutoClean(originForHost(host), wanted).catch(() => failed.push(host));
        }
        store.set((s) => ({
          siteNotice: failed.length ? `Automatic cleaning could not be updated for ${failed.join(', ')}; switch it there again.` : null,
          preferences: preview.settings.preferences,
          siteRules,
          storage,
          importPreview: null,
          importError: null,
          importDone: `Imported ${preview.fileName}.`,
          saves: s.saves + 1,
          saveError: null,
        }));
      } catch (error) {
        store.set({ importError: `The import could not be saved: ${describe(error)}` });
      }
    },

    cancelImport: () => store.set({ importPreview: null, importError: null }),

    storedPreferencesChanged(preferences) {
      if (writesInFlight === 0 && store.get().status === 'ready') store.set({ preferences });
    },
    storedSiteRulesChanged(siteRules) {
      if (writesInFlight > 0 || store.get().status !== 'ready') return;
      // Sites added here but not yet given a rule exist only on this page: keep them listed.
      const unsaved = Object.fromEntries(Object.entries(store.get().siteRules).filter(([host, rule]) => !siteRules[host] && isDefaultRule(rule)));
      store.set({ siteRules: { ...unsaved, ...siteRules } });
    },

    async resetAll() {
      try {
        for (const [host, rule] of Object.entries(store.get().siteRules)) {
          if (rule.autoClean) await backend.setAutoClean(originForHost(host), false);
        }
        await backend.resetAll();
        const storage = await backend.storageStatus();
        store.set((s) => ({ preferences: structuredClone(DEFAULT_PREFERENCES), siteRules: {}, storage, resetDone: true, saveError: null, saves: s.saves + 1 }));
      } catch (error) {
        store.set({ saveError: `Reset failed: ${describe(error)}` });
      }
    },
  };
  return { store, actions };
}
