import { useEffect, useRef } from 'preact/hooks';
import { FONT_FAMILIES, THEMES, TYPOGRAPHY_LIMITS, type Theme, type Typography } from '../../utils/settings/defaults';
import { FONT_NAMES, SYSTEM_THEME_HINT, THEME_NAMES } from '../shared/reading-names';

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

/** A labelled range with − / + buttons: the range for dragging, the buttons for one step at a time. */
function Stepper({ id, label, value, shown, limits, less, more, onChange }: StepperProps) {
  const set = (next: number) => onChange(Math.min(limits.max, Math.max(limits.min, Math.round(next / limits.step) * limits.step)));
  return (
    <div class="qr-reading-row">
      <label class="qr-reading-label" for={id}>
        {label}
      </label>
      <div class="qr-reading-stepper">
        <button type="button" class="qr-small-button qr-step" aria-label={less} disabled={value <= limits.min} onClick={() => set(value - limits.step)} data-testid={`${id}-less`}>
          −
        </button>
        <input id={id} type="range" min={limits.min} max={limits.max} step={limits.step} value={value} aria-valuetext={shown} onInput={(event) => set(Number(event.currentTarget.value))} data-testid={id} />
        <button type="button" class="qr-small-button qr-step" aria-label={more} disabled={value >= limits.max} onClick={() => set(value + limits.step)} data-testid={`${id}-more`}>
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
  useEffect(() => panel.current?.querySelector<HTMLElement>('input:checked, input')?.focus({ preventScroll: true }), []);
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
        Reading settings
      </h2>
      <fieldset class="qr-reading-choices">
        <legend class="qr-reading-label">Font</legend>
        {FONT_FAMILIES.map((family) => (
          <label key={family} class={`qr-choice qr-font-${family}`}>
            <input type="radio" name="qr-font" value={family} checked={typography.fontFamily === family} onChange={() => type({ fontFamily: family })} data-testid={`reading-font-${family}`} />
            <span>{FONT_NAMES[family]}</span>
          </label>
        ))}
      </fieldset>
      <Stepper id="reading-size" label="Text size" value={typography.fontSize} shown={`${typography.fontSize} px`} limits={TYPOGRAPHY_LIMITS.fontSize} less="Smaller text" more="Larger text" onChange={(fontSize) => type({ fontSize })} />
      <Stepper id="reading-width" label="Line width" value={typography.lineWidth} shown={`${typography.lineWidth} characters`} limits={TYPOGRAPHY_LIMITS.lineWidth} less="Shorter lines" more="Longer lines" onChange={(lineWidth) => type({ lineWidth })} />
      <Stepper id="reading-spacing" label="Line spacing" value={typography.lineHeight} shown={typography.lineHeight.toFixed(1)} limits={TYPOGRAPHY_LIMITS.lineHeight} less="Tighter lines" more="Looser lines" onChange={(lineHeight) => type({ lineHeight: Math.round(lineHeight * 10) / 10 })} />
      <fieldset class="qr-reading-choices">
        <legend class="qr-reading-label">Theme</legend>
        {THEMES.map((option) => (
          <label key={option} class={`qr-choice qr-swatch-${option}`} title={option === 'system' ? SYSTEM_THEME_HINT : undefined}>
            <input type="radio" name="qr-theme" value={option} checked={theme === option} onChange={() => onChange({ theme: option })} data-testid={`reading-theme-${option}`} />
            <span>{THEME_NAMES[option]}</span>
          </label>
        ))}
      </fieldset>
      {saveProblem && (
        <p class="qr-reading-problem" role="alert" data-testid="reading-save-problem">
          {saveProblem}
        </p>
      )}
      <button type="button" class="qr-small-button qr-reading-done" onClick={onClose} data-testid="reading-done">
        Done
      </button>
    </div>
  );
}
