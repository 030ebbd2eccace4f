import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_SITE_RULE,
  SETTINGS_VERSION,
  type Preferences,
  type SiteRule,
  type SiteRules,
} from './defaults';
import { PREFERENCES_MIGRATIONS, SITE_RULES_MIGRATIONS } from './migrations';
import { validatePreferences, validateSiteRules, siteHostError } from './validate';

export * from './defaults';

/*
 * Storage layout (schema version SETTINGS_VERSION):
 *   sync:preferences   Preferences, synced across the user's browsers
 *   local:preferences  the same, present only while they do not fit (or could not be written to) sync
 *   local:siteRules    per-site rules by host name; they grow with use, so they never sync
 * Every read is validated key by key: a corrupt key falls back to its default and is logged.
 */

const itemOptions = { version: SETTINGS_VERSION } as const;

/** Preferences as synced. Prefer `getPreferences()`, which also sees the local fallback. */
export const preferencesItem = storage.defineItem<Preferences>('sync:preferences', {
  ...itemOptions,
  fallback: DEFAULT_PREFERENCES,
  migrations: PREFERENCES_MIGRATIONS,
});

/** The local copy used while the preferences are too large for (or rejected by) sync storage. */
export const localPreferencesItem = storage.defineItem<Preferences | null>('local:preferences', {
  ...itemOptions,
  migrations: PREFERENCES_MIGRATIONS,
});

export const siteRulesItem = storage.defineItem<SiteRules>('local:siteRules', {
  ...itemOptions,
  fallback: {},
  migrations: SITE_RULES_MIGRATIONS,
});

/** chrome.storage.sync's per-item limit, counted as key length + JSON length (Chrome's rule). */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

function reportProblems(where: string, problems: string[]): void {
  // Why a warning and not an error: the user keeps working with that key's default.
  for (const problem of problems) console.warn(`[quiet-reader] ${where}: ${problem}`);
}

/** Bytes the value would take in sync storage under Chrome's quota rule. */
export function syncBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

function syncQuota(): number {
  const quota = (browser.storage.sync as { QUOTA_BYTES_PER_ITEM?: number }).QUOTA_BYTES_PER_ITEM;
  return typeof quota === 'number' && quota > 0 ? quota : SYNC_ITEM_QUOTA_BYTES;
}

export interface PreferencesStorageStatus {
  area: 'sync' | 'local';
  /** Size of the preferences under the sync quota rule, and the quota. */
  bytes: number;
  quota: number;
}

async function readRawPreferences(): Promise<{ raw: unknown; area: 'sync' | 'local' }> {
  const local = await localPreferencesItem.getValue();
  if (local != null) return { raw: local, area: 'local' };
  return { raw: await preferencesItem.getValue(), area: 'sync' };
}

export async function getPreferences(): Promise<Preferences> {
  const { raw, area } = await readRawPreferences();
  const { value, problems } = validatePreferences(raw);
  reportProblems(`${area}:preferences`, problems);
  return value;
}

export async function getPreferencesStorageStatus(): Promise<PreferencesStorageStatus> {
  const { raw, area } = await readRawPreferences();
  return { area, bytes: syncBytes('preferences', raw), quota: syncQuota() };
}

/**
 * Saves the preferences in sync storage; when they would exceed the sync quota, or sync refuses
 * the write (quota, write rate), keeps them whole in local storage instead, so no rule is ever
 * dropped. The next save that fits goes back to sync and removes the local copy.
 */
export async function savePreferences(next: Preferences): Promise<PreferencesStorageStatus> {
  const { value, problems } = validatePreferences(next);
  if (problems.length) throw new Error(`These preferences cannot be saved: ${problems.join('; ')}`);
  const bytes = syncBytes('preferences', value);
  const quota = syncQuota();
  if (bytes <= quota) {
    try {
      await preferencesItem.setValue(value);
      await localPreferencesItem.removeValue();
      return { area: 'sync', bytes, quota };
    } catch (error) {
      console.warn('[quiet-reader] sync storage refused the preferences; keeping them on this device', error);
    }
  }
  await localPreferencesItem.setValue(value);
  return { area: 'local', bytes, quota };
}

export async function updatePreferences(change: (current: Preferences) => Preferences): Promise<Preferences> {
  const next = change(await getPreferences());
  await savePreferences(next);
  return next;
}

export function watchPreferences(onChange: (preferences: Preferences) => void): () => void {
  const reread = () => void getPreferences().then(onChange);
  const unwatchSync = preferencesItem.watch(reread);
  const unwatchLocal = localPreferencesItem.watch(reread);
  return () => {
    unwatchSync();
    unwatchLocal();
  };
}

export async function getSiteRules(): Promise<SiteRules> {
  const { value, problems } = validateSiteRules(await siteRulesItem.getValue());
  reportProblems('local:siteRules', problems);
  return value;
}

export async function getSiteRule(host: string): Promise<SiteRule> {
  const rules = await getSiteRules();
  return Object.hasOwn(rules, host) ? rules[host]! : structuredClone(DEFAULT_SITE_RULE);
}

/** Saves one site's rule (stamped with `updatedAt`); a rule equal to the default is removed. */
export async function saveSiteRule(host: string, rule: Omit<SiteRule, 'updatedAt'>, now = Date.now()): Promise<void> {
  const hostProblem = siteHostError(host);
  if (hostProblem) throw new Error(`"${host}" ${hostProblem}`);
  const rules = await getSiteRules();
  const isDefault = !rule.autoClean && !rule.kindsOff.length && !rule.selectors.length && !rule.keep.length;
  if (isDefault) delete rules[host];
  else rules[host] = { ...rule, updatedAt: now };
  await siteRulesItem.setValue(rules);
}

export async function replaceSiteRules(rules: SiteRules): Promise<void> {
  const { value, problems } = validateSiteRules(rules);
  if (problems.length) throw new Error(`These site rules cannot be saved: ${problems.join('; ')}`);
  await siteRulesItem.setValue(value);
}

export function watchSiteRules(onChange: (rules: SiteRules) => void): () => void {
  return siteRulesItem.watch(() => void getSiteRules().then(onChange));
}

/** Back to the defaults: preferences in both areas and every site rule. */
export async function resetAllSettings(): Promise<void> {
  await localPreferencesItem.removeValue();
  await preferencesItem.setValue(structuredClone(DEFAULT_PREFERENCES));
  await siteRulesItem.setValue({});
}
