import { useLayoutEffect, useRef } from 'preact/hooks';
import { FONT_FAMILIES, THEMES, TYPOGRAPHY_LIMITS, type Theme, type Typography } from '../../utils/settings/defaults';
import { fontName, systemThemeHint, themeName } from '../../utils/i18n/reading-names';
import { plural, t, uiLocale } from '../../utils/i18n';

/** One change the reader made in the panel: applied to the view at once, then saved. */
export type ReadingChange = { theme: Theme } | { typography: Partial<Typography> };

export interface ReadingPanelProps {
  theme: Theme;
  typography: Typography;
  /** A sentence when the last change could not be saved (it still applies to this view). */
  saveProblem: string | null;
  onChange: (change: ReadingChange) => void;
  /** Esc or the close button: the bar puts focus back on the "Aa" button. */
  onClose: () => void;
  testId?: string;
}

interface StepperProps {
  id: string;
  label: string;
  value: number;
  shown: string;
  limits: { min: number; max: number; step: number };
  less: string;
  more: string;
  onChange: (value: number) => void;
}

/**
 * A labelled range with − / + buttons: the range for dragging, the buttons for one step at a time.
 * At a limit the button says so (`aria-disabled`) but stays focusable: a disabled button under
 * the keyboard drops focus out of the panel, and the next Esc then closed the whole view.
 */
function Stepper({ id, label, value, shown, limits, less, more, onChange }: StepperProps) {
  const set = (next: number) => onChange(Math.min(limits.max, Math.max(limits.min, Math.round(next / limits.step) * limits.step)));
  return (
    <div class="qr-reading-row">
      <label class="qr-reading-label" for={id}>
        {label}
      </label>
      <div class="qr-reading-stepper">
        <button type="button" class="qr-small-button qr-step" aria-label={less} aria-disabled={value <= limits.min} onClick={() => value > limits.min && set(value - limits.step)} data-testid={`${id}-less`}>
          −
        </button>
        <input id={id} type="range" min={limits.min} max={limits.max} step={limits.step} value={value} aria-valuetext={shown} onInput={(event) => set(Number(event.currentTarget.value))} data-testid={id} />
        <button type="button" class="qr-small-button qr-step" aria-label={more} aria-disabled={value >= limits.max} onClick={() => value < limits.max && set(value + limits.step)} data-testid={`${id}-more`}>
          +
        </button>
        <output class="qr-reading-value" for={id}>
          {shown}
        </output>
      </div>
    </div>
  );
}

/**
 * The "Aa" panel: font, text size, line width, line spacing and theme for the view, applied as
 * the reader changes them and saved as their settings (the same ones the settings page edits).
 */
export function ReadingPanel({ theme, typography, saveProblem, onChange, onClose, testId }: ReadingPanelProps) {
  const panel = useRef<HTMLDivElement>(null);
  // Opened from the bar: the first control takes focus, so the keyboard is where the eyes are.
  // Before the panel is painted: with `useEffect` the panel could show a frame or more (a busy
  // page) while focus was still on "Aa", and a key pressed then went to the bar.
  useLayoutEffect(() => panel.current?.querySelector<HTMLElement>('input:checked, input')?.focus({ preventScroll: true }), []);
  const type = (change: Partial<Typography>) => onChange({ typography: change });
  return (
    <div
      ref={panel}
      class="qr-reading-panel"
      id="qr-reading-panel"
      role="group"
      aria-labelledby="qr-reading-heading"
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Esc closes this panel first; a second Esc closes the view.
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <h2 class="qr-panel-heading" id="qr-reading-heading">
        {t('view.readingSettings')}
      </h2>
      <fieldset class="qr-reading-choices">
        <legend class="qr-reading-label">{t('reading.fontLabel')}</legend>
        {FONT_FAMILIES.map((family) => (
          <label key={family} class={`qr-choice qr-font-${family}`}>
            <input type="radio" name="qr-font" value={family} checked={typography.fontFamily === family} onChange={() => type({ fontFamily: family })} data-testid={`reading-font-${family}`} />
            <span>{fontName(family)}</span>
          </label>
        ))}
      </fieldset>
      <Stepper id="reading-size" label={t('reading.textSize')} value={typography.fontSize} shown={t('reading.pixels', { size: typography.fontSize })} limits={TYPOGRAPHY_LIMITS.fontSize} less={t('reading.smaller')} more={t('reading.larger')} onChange={(fontSize) => type({ fontSize })} />
      <Stepper id="reading-width" label={t('reading.lineWidth')} value={typography.lineWidth} shown={plural('reading.characters', typography.lineWidth)} limits={TYPOGRAPHY_LIMITS.lineWidth} less={t('view.shorter')} more={t('view.longer')} onChange={(lineWidth) => type({ lineWidth })} />
      <Stepper id="reading-spacing" label={t('reading.lineSpacing')} value={typography.lineHeight} shown={typography.lineHeight.toLocaleString(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} limits={TYPOGRAPHY_LIMITS.lineHeight} less={t('view.tighter')} more={t('view.looser')} onChange={(lineHeight) => type({ lineHeight: Math.round(lineHeight * 10) / 10 })} />
      <fieldset class="qr-reading-choices">
        <legend class="qr-reading-label">{t('reading.themeLabel')}</legend>
        {THEMES.map((option) => (
          <label key={option} class={`qr-choice qr-swatch-${option}`} title={option === 'system' ? systemThemeHint() : undefined}>
            <input type="radio" name="qr-theme" value={option} checked={theme === option} onChange={() => onChange({ theme: option })} data-testid={`reading-theme-${option}`} />
            <span>{themeName(option)}</span>
          </label>
        ))}
      </fieldset>
      {saveProblem && (
        <p class="qr-reading-problem" role="alert" data-testid="reading-save-problem">
          {saveProblem}
        </p>
      )}
      <button type="button" class="qr-small-button qr-reading-done" onClick={onClose} data-testid="reading-done">
        {t('view.done')}
      </button>
    </div>
  );
}
