import type { CleanOptions } from '../../core/types';
import type { Preferences, SiteRule } from '../../utils/settings/defaults';

/**
 * The engine's options from the reader's settings: global kinds/phrases/selectors plus this
 * site's own rule. Pure, so the mapping is unit-tested (tests/background/clean-options.test.ts).
 */
export function buildCleanOptions(preferences: Preferences, siteRule: SiteRule, url: string): CleanOptions {
  return {
    url,
    kindsOff: [...preferences.kindsOff],
    customPhrases: [...preferences.customPhrases],
    customSelectors: [...preferences.customSelectors],
    site: {
      kindsOff: [...siteRule.kindsOff],
      selectors: [...siteRule.selectors],
      keep: siteRule.keep.map((entry) => entry.fingerprint),
    },
  };
}

/**
 * True when a preferences change alters what is removed (not just how the view looks): the kinds,
 * phrases and selectors, and site memory on/off (it removes what this site repeats).
 */
export function changesCleaning(before: Preferences, after: Preferences): boolean {
  const key = (p: Preferences) => JSON.stringify([p.kindsOff, p.customPhrases, p.customSelectors, p.siteMemoryEnabled]);
  return key(before) !== key(after);
}
