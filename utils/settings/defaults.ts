import type { ClutterKind } from '../../core/types';

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans' | 'system' | 'mono';

export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'system', 'mono'];

/**
 * The settings schema version. Both stored items (`sync:preferences`, `local:siteRules`) and the
 * export file carry it; `migrations.ts` holds one pure function per step up to it.
 */
export const SETTINGS_VERSION = 2;

/** Bounds the UI offers and validation enforces (a stored value outside them is corrupt). */
export const TYPOGRAPHY_LIMITS = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineWidth: { min: 45, max: 90, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

/** Reading speed for "Listen": the Web Speech API's rate, 1 = the voice's normal pace. */
export const LISTEN_RATE_LIMITS = { min: 0.5, max: 2, step: 0.25 } as const;
/** The speeds the view and the settings page offer: 0.5×, 0.75×, … 2×. */
export const LISTEN_RATES: readonly number[] = Array.from({ length: (LISTEN_RATE_LIMITS.max - LISTEN_RATE_LIMITS.min) / LISTEN_RATE_LIMITS.step + 1 }, (_, i) => LISTEN_RATE_LIMITS.min + i * LISTEN_RATE_LIMITS.step);
/** Voices remembered, one per article language. */
export const LISTEN_VOICES_MAX = 40;

/** Upper bounds on list sizes, so one runaway import cannot fill the storage quota. */
export const LIST_LIMITS = { entries: 500, entryLength: 300 } as const;

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
  /** Keep the place in each article (local only, see utils/reading-positions.ts) and offer to return to it. */
  resumePosition: true,
  /** Markdown and HTML exports end with the "Removed by Quiet Reader" list. */
  exportRemovedAppendix: false,
  /** Reading aloud in the clean view (components/view/listen/). */
  listen: {
    rate: 1,
    /** The voice (its `voiceURI`) the reader chose for each article language (`de`, `ja`, …). */
    voices: {} as Record<string, string>,
    /** Read figure captions too. */
    captions: false,
  },
};
export type Preferences = typeof DEFAULT_PREFERENCES;
export type Typography = Preferences['typography'];
export type ListenPreferences = Preferences['listen'];

/** Per-site rules, keyed by hostname; kept in local storage because it grows. */
export interface SiteRule {
  autoClean: boolean;
  kindsOff: ClutterKind[];
  selectors: string[];
  /** Fingerprints of removed blocks to always keep on this site, with a preview for the list. */
  keep: { fingerprint: string; preview: string }[];
  /** When the user last changed this rule (ms since epoch; 0 = before v2 recorded it). */
  updatedAt: number;
}
export const DEFAULT_SITE_RULE: SiteRule = { autoClean: false, kindsOff: [], selectors: [], keep: [], updatedAt: 0 };
export type SiteRules = Record<string, SiteRule>;
