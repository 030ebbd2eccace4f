import type { ClutterKind } from '../../core/types';

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans' | 'system' | 'mono';

/** The one source of the settings' types: every stored preference and its default. */
export const DEFAULT_PREFERENCES = {
  /** Clutter kinds the user switched off (all kinds are stripped by default). */
  kindsOff: [] as ClutterKind[],
  /** Phrases: a block containing one is removed (plain text, case/whitespace-insensitive). */
  customPhrases: [] as string[],
  /** CSS selectors removed on every site. */
  customSelectors: [] as string[],
  theme: 'system' as Theme,
  typography: {
    fontFamily: 'serif' as FontFamily,
    /** px */
    fontSize: 19,
    /** characters per line */
    lineWidth: 68,
    lineHeight: 1.6,
  },
  /** Learn each site's own boilerplate and strip it on later visits. */
  siteMemoryEnabled: true,
};
export type Preferences = typeof DEFAULT_PREFERENCES;

/** Per-site rules, keyed by hostname; kept in local storage because it grows. */
export interface SiteRule {
  autoClean: boolean;
  kindsOff: ClutterKind[];
  selectors: string[];
  /** Fingerprints of removed blocks to always keep on this site, with a preview for the list. */
  keep: { fingerprint: string; preview: string }[];
}
export const DEFAULT_SITE_RULE: SiteRule = { autoClean: false, kindsOff: [], selectors: [], keep: [] };
