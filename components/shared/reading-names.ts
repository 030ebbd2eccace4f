import type { FontFamily, Theme } from '../../utils/settings/defaults';

/**
 * What the reading settings are called, in the popup, the settings page and the view alike: one
 * setting had been "Auto", "Match the system" and "System" in three places.
 */
export const THEME_NAMES: Record<Theme, string> = { system: 'System', light: 'Light', sepia: 'Sepia', dark: 'Dark' };

/** Said where there is room for it (a tooltip, the settings page). */
export const SYSTEM_THEME_HINT = 'System follows your device’s light or dark setting.';

export const FONT_NAMES: Record<FontFamily, string> = { serif: 'Serif', sans: 'Sans-serif', system: 'System font', mono: 'Monospace' };
