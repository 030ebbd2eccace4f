import type { ExtensionSession } from './launch';

/**
 * Typed access to the extension's settings from the browser tests, through the e2e build's
 * background hook (`globalThis.__quietReader.settings` = utils/settings), so every write goes
 * through the same validation and versioned storage items as the product's own pages.
 */

export interface TypographyJson {
  fontFamily: 'serif' | 'sans' | 'system' | 'mono';
  fontSize: number;
  lineWidth: number;
  lineHeight: number;
}
export interface PreferencesJson {
  kindsOff: string[];
  customPhrases: string[];
  customSelectors: string[];
  theme: 'system' | 'light' | 'sepia' | 'dark';
  typography: TypographyJson;
  siteMemoryEnabled: boolean;
  resumePosition: boolean;
  exportRemovedAppendix: boolean;
}
export interface SiteRuleJson {
  autoClean: boolean;
  kindsOff: string[];
  selectors: string[];
  keep: { fingerprint: string; preview: string }[];
  updatedAt: number;
}

interface SettingsHook {
  __quietReader: {
    settings: {
      getPreferences(): Promise<PreferencesJson>;
      savePreferences(next: PreferencesJson): Promise<unknown>;
      getSiteRule(host: string): Promise<SiteRuleJson>;
      saveSiteRule(host: string, rule: Omit<SiteRuleJson, 'updatedAt'>): Promise<void>;
    };
  };
}

export async function getPreferences(ext: ExtensionSession): Promise<PreferencesJson> {
  return ext.serviceWorker.evaluate(() => (globalThis as unknown as SettingsHook).__quietReader.settings.getPreferences());
}

/** Reads, changes with a plain patch, saves. */
export async function patchPreferences(ext: ExtensionSession, patch: Partial<Omit<PreferencesJson, 'typography'>> & { typography?: Partial<TypographyJson> }): Promise<void> {
  const current = await getPreferences(ext);
  const next = { ...current, ...patch, typography: { ...current.typography, ...patch.typography } };
  await ext.serviceWorker.evaluate((value) => (globalThis as unknown as SettingsHook).__quietReader.settings.savePreferences(value), next);
}

export async function getSiteRule(ext: ExtensionSession, host: string): Promise<SiteRuleJson> {
  return ext.serviceWorker.evaluate((h) => (globalThis as unknown as SettingsHook).__quietReader.settings.getSiteRule(h), host);
}

/** Writes one site's rule as the clean view's "Always keep" does (through utils/settings). */
export async function saveSiteRule(ext: ExtensionSession, host: string, rule: Omit<SiteRuleJson, 'updatedAt'>): Promise<void> {
  await ext.serviceWorker.evaluate(([h, r]) => (globalThis as unknown as SettingsHook).__quietReader.settings.saveSiteRule(h, r), [host, rule] as const);
}
