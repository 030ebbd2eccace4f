import { storage } from '#imports';
import { DEFAULT_PREFERENCES, DEFAULT_SITE_RULE, type Preferences, type SiteRule } from './defaults';

export * from './defaults';

/**
 * Preferences sync across the user's browsers. (First version: migrations, validation on read
 * and the sync-quota fallback are added in the settings work.)
 */
export const preferencesItem = storage.defineItem<Preferences>('sync:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

export const siteRulesItem = storage.defineItem<Record<string, SiteRule>>('local:siteRules', {
  fallback: {},
  version: 1,
});

export async function getPreferences(): Promise<Preferences> {
  return { ...DEFAULT_PREFERENCES, ...(await preferencesItem.getValue()) };
}

export function watchPreferences(onChange: (preferences: Preferences) => void): () => void {
  return preferencesItem.watch((value) => onChange({ ...DEFAULT_PREFERENCES, ...value }));
}

export async function getSiteRule(host: string): Promise<SiteRule> {
  const rules = await siteRulesItem.getValue();
  return { ...DEFAULT_SITE_RULE, ...rules[host] };
}
