import { CLUTTER_KINDS, type ClutterKind } from '../../core/types';
import { systemThemeHint, themeName } from '../../utils/i18n/reading-names';
import { t } from '../../utils/i18n';
import { kindDescription } from '../../utils/i18n/kinds';
import { THEMES, TYPOGRAPHY_LIMITS, type Preferences, type Theme } from '../../utils/settings/defaults';

export interface QuickSettingsProps {
  preferences: Preferences;
  onTheme: (theme: Theme) => void;
  onFontSize: (px: number) => void;
  onKindEnabled: (kind: ClutterKind, enabled: boolean) => void;
  testId?: string;
}


/** Theme, text size and the clutter kinds; each change is saved and re-cleans the preview. */
export function QuickSettings({ preferences, onTheme, onFontSize, onKindEnabled, testId = 'quick-settings' }: QuickSettingsProps) {
  const size = preferences.typography.fontSize;
  const { min, max } = TYPOGRAPHY_LIMITS.fontSize;
  return (
    <section class="popup-quick" aria-labelledby="quick-settings-title" data-testid={testId}>
      <h2 id="quick-settings-title" class="popup-quick__title">{t('popup.quickSettings')}</h2>
      <div class="popup-quick__row">
        <fieldset class="popup-segmented" data-testid="quick-theme">
          <legend class="popup-quick__label">{t('reading.themeLabel')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="popup-segmented__option">
              <input type="radio" name="quick-theme" value={theme} checked={preferences.theme === theme} onChange={() => onTheme(theme)} />
              <span title={theme === 'system' ? systemThemeHint() : undefined}>{themeName(theme)}</span>
            </label>
          ))}
        </fieldset>
        <div class="popup-stepper" role="group" aria-labelledby="quick-size-label">
          <span id="quick-size-label" class="popup-quick__label">{t('reading.textSize')}</span>
          <div class="popup-stepper__controls">
            <button type="button" class="qr-button popup-stepper__button" disabled={size <= min} onClick={() => onFontSize(Math.max(min, size - 1))} data-testid="quick-size-down">
              <span aria-hidden="true">A−</span>
              <span class="qr-visually-hidden">{t('reading.smaller')}</span>
            </button>
            <output class="popup-stepper__value" aria-live="polite" data-testid="quick-size-value">
              {t('reading.pixels', { size })}
            </output>
            <button type="button" class="qr-button popup-stepper__button" disabled={size >= max} onClick={() => onFontSize(Math.min(max, size + 1))} data-testid="quick-size-up">
              <span aria-hidden="true">A+</span>
              <span class="qr-visually-hidden">{t('reading.larger')}</span>
            </button>
          </div>
        </div>
      </div>
      <details class="popup-kinds">
        <summary class="popup-kinds__summary">
          {t('popup.whatToRemove')} <span class="popup-kinds__count">{t('popup.kindsOn', { on: CLUTTER_KINDS.length - preferences.kindsOff.length, total: CLUTTER_KINDS.length })}</span>
        </summary>
        <ul class="popup-kinds__list">
          {CLUTTER_KINDS.map((kind) => (
            <li key={kind}>
              <label class="popup-kinds__option">
                <input type="checkbox" checked={!preferences.kindsOff.includes(kind)} onChange={(event) => onKindEnabled(kind, event.currentTarget.checked)} data-testid={`quick-kind-${kind}`} />
                <span>{kindDescription(kind)}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
