import { siteEntryView } from '../../core/site-memory/entry-view';
import type { RememberedSite } from '../../core/site-memory/model';
import type { CleanOptions } from '../../core/types';
import type { Preferences, SiteRule } from './defaults';
import { isValidPreferencesPart, isValidSiteRulePart } from './validate';

/*
 * The settings → engine hand-off, defined once. Wherever the engine runs (the tab, Chrome's
 * offscreen document, Firefox's background page) it gets the same two plain values, checked by the
 * same validators as storage, and turns them into `CleanOptions` with `cleanOptionsFor` right
 * before cleaning. The popup previews with its own (maybe unsaved) `CleaningSettings`.
 */

/** The preferences that change what is removed; the others only change how the article looks. */
export const CLEANING_PREFERENCE_KEYS = ['kindsOff', 'customPhrases', 'customSelectors', 'siteMemoryEnabled'] as const satisfies readonly (keyof Preferences)[];
export type CleaningSettings = Pick<Preferences, (typeof CLEANING_PREFERENCE_KEYS)[number]>;

/** The part of a site rule the engine reads (auto-clean and the timestamp are the shell's). */
export const CLEANING_SITE_RULE_KEYS = ['kindsOff', 'selectors', 'keep'] as const satisfies readonly (keyof SiteRule)[];
export type CleaningSiteRule = Pick<SiteRule, (typeof CLEANING_SITE_RULE_KEYS)[number]>;

const pick = <T, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((key) => [key, structuredClone(value[key])])) as Pick<T, K>;

/** A copy holding only the cleaning keys (so a message carries nothing else). */
export const cleaningSettingsOf = (preferences: CleaningSettings): CleaningSettings => pick(preferences, CLEANING_PREFERENCE_KEYS);
export const cleaningSiteRuleOf = (rule: CleaningSiteRule): CleaningSiteRule => pick(rule, CLEANING_SITE_RULE_KEYS);

/** True when a preferences change alters what is removed, not just how the article looks. */
export function changesCleaning(before: CleaningSettings, after: CleaningSettings): boolean {
  return CLEANING_PREFERENCE_KEYS.some((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** The runtime checks of messages carrying these values. */
export const isCleaningSettings = (data: unknown): data is CleaningSettings => isValidPreferencesPart(data, CLEANING_PREFERENCE_KEYS);
export const isCleaningSiteRule = (data: unknown): data is CleaningSiteRule => isValidSiteRulePart(data, CLEANING_SITE_RULE_KEYS);

/**
 * The engine's options for one page: the global kinds, phrases and selectors, this site's rule as
 * the site override, and, when site memory is on, the view over this site's memory entry (`null`:
 * nothing learned yet, or the memory could not be read). Lists are copied, so the engine can never
 * change stored settings.
 */
export function cleanOptionsFor(settings: CleaningSettings, siteRule: CleaningSiteRule, url: string, siteMemoryEntry: RememberedSite | null): CleanOptions {
  const options: CleanOptions = {
    url,
    kindsOff: [...settings.kindsOff],
    customPhrases: [...settings.customPhrases],
    customSelectors: [...settings.customSelectors],
    site: { kindsOff: [...siteRule.kindsOff], selectors: [...siteRule.selectors], keep: siteRule.keep.map((entry) => entry.fingerprint) },
  };
  if (settings.siteMemoryEnabled) options.siteMemory = siteEntryView(siteMemoryEntry);
  return options;
}
