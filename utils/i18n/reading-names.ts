import type { FontFamily, Theme } from '../settings/defaults';
import { t, type MessageKey } from './index';

/**
 * What the reading settings are called, in the popup, the settings page and the view alike: one
 * setting had been "Auto", "Match the system" and "System" in three places.
 */
const THEME_NAMES: Record<Theme, MessageKey> = { system: 'reading.theme.system', light: 'reading.theme.light', sepia: 'reading.theme.sepia', dark: 'reading.theme.dark' };
const FONT_NAMES: Record<FontFamily, MessageKey> = { serif: 'reading.font.serif', sans: 'reading.font.sans', system: 'reading.font.system', mono: 'reading.font.mono' };

export const themeName = (theme: Theme): string => t(THEME_NAMES[theme]);
export const fontName = (family: FontFamily): string => t(FONT_NAMES[family]);

/** Said where there is room for it (a tooltip, the settings page). */
export const systemThemeHint = (): string => t('reading.theme.systemHint');
