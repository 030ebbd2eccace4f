import { CLUTTER_KINDS, CLUTTER_KIND_LABELS, type ClutterKind } from '../../core/types';
import { SYSTEM_THEME_HINT, THEME_NAMES } from '../shared/reading-names';
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
      <h2 id="quick-settings-title" class="popup-quick__title">Quick settings</h2>
      <div class="popup-quick__row">
        <fieldset class="popup-segmented" data-testid="quick-theme">
          <legend class="popup-quick__label">Theme</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="popup-segmented__option">
              <input type="radio" name="quick-theme" value={theme} checked={preferences.theme === theme} onChange={() => onTheme(theme)} />
              <span title={theme === 'system' ? SYSTEM_THEME_HINT : undefined}>{THEME_NAMES[theme]}</span>
            </label>
          ))}
        </fieldset>
        <div class="popup-stepper" role="group" aria-labelledby="quick-size-label">
          <span id="quick-size-label" class="popup-quick__label">Text size</span>
          <div class="popup-stepper__controls">
            <button type="button" class="qr-button popup-stepper__button" disabled={size <= min} onClick={() => onFontSize(Math.max(min, size - 1))} data-testid="quick-size-down">
              <span aria-hidden="true">A−</span>
              <span class="qr-visually-hidden">Smaller text</span>
            </button>
            <output class="popup-stepper__value" aria-live="polite" data-testid="quick-size-value">
              {size} px
            </output>
            <button type="button" class="qr-button popup-stepper__button" disabled={size >= max} onClick={() => onFontSize(Math.min(max, size + 1))} data-testid="quick-size-up">
              <span aria-hidden="true">A+</span>
              <span class="qr-visually-hidden">Larger text</span>
            </button>
          </div>
        </div>
      </div>
      <details class="popup-kinds">
        <summary class="popup-kinds__summary">
          What to remove <span class="popup-kinds__count">({CLUTTER_KINDS.length - preferences.kindsOff.length} of {CLUTTER_KINDS.length} on)</span>
        </summary>
        <ul class="popup-kinds__list">
          {CLUTTER_KINDS.map((kind) => (
            <li key={kind}>
              <label class="popup-kinds__option">
                <input type="checkbox" checked={!preferences.kindsOff.includes(kind)} onChange={(event) => onKindEnabled(kind, event.currentTarget.checked)} data-testid={`quick-kind-${kind}`} />
                <span>{CLUTTER_KIND_LABELS[kind].description}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
