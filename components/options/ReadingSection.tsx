import { FONT_FAMILIES, THEMES, TYPOGRAPHY_LIMITS, type FontFamily, type Preferences, type Theme, type Typography } from '../../utils/settings/defaults';
import { FONT_NAMES, SYSTEM_THEME_HINT, THEME_NAMES } from '../shared/reading-names';
import { readingStyle } from '../popup/reading-style';
import { Toggle } from '../shared/Toggle';
import { Section } from './Section';

export interface ReadingSectionProps {
  preferences: Preferences;
  onTheme: (theme: Theme) => void;
  onTypography: <K extends keyof Typography>(key: K, value: Typography[K]) => void;
  onSiteMemory: (enabled: boolean) => void;
  testId?: string;
}


interface SliderProps {
  id: string;
  label: string;
  value: number;
  unit: string;
  limits: { min: number; max: number; step: number };
  onChange: (value: number) => void;
}

function Slider({ id, label, value, unit, limits, onChange }: SliderProps) {
  return (
    <div class="options-slider">
      <label for={id} class="options-label">{label}</label>
      <div class="options-slider__row">
        <input id={id} type="range" min={limits.min} max={limits.max} step={limits.step} value={value} onInput={(event) => onChange(Number(event.currentTarget.value))} data-testid={id} />
        <output for={id} class="options-slider__value">
          {value}
          {unit}
        </output>
      </div>
    </div>
  );
}

export function ReadingSection({ preferences, onTheme, onTypography, onSiteMemory, testId }: ReadingSectionProps) {
  const { typography } = preferences;
  return (
    <Section id="reading" title="Reading" description="How the clean view and the popup show the article." testId={testId}>
      <fieldset class="options-fieldset">
        <legend class="options-label">Theme</legend>
        <div class="options-radios">
          {THEMES.map((theme) => (
            <label key={theme} class="options-check">
              <input type="radio" name="theme" value={theme} checked={preferences.theme === theme} onChange={() => onTheme(theme)} data-testid={`theme-${theme}`} />
              <span title={theme === 'system' ? SYSTEM_THEME_HINT : undefined}>{THEME_NAMES[theme]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="options-field">
        <label for="font-family" class="options-label">Font</label>
        <select id="font-family" class="options-input options-select" value={typography.fontFamily} onChange={(event) => onTypography('fontFamily', event.currentTarget.value as FontFamily)} data-testid="font-family">
          {FONT_FAMILIES.map((family) => (
            <option key={family} value={family}>
              {FONT_NAMES[family]}
            </option>
          ))}
        </select>
      </div>
      <div class="options-sliders">
        <Slider id="font-size" label="Text size" value={typography.fontSize} unit=" px" limits={TYPOGRAPHY_LIMITS.fontSize} onChange={(v) => onTypography('fontSize', v)} />
        <Slider id="line-width" label="Line width" value={typography.lineWidth} unit=" characters" limits={TYPOGRAPHY_LIMITS.lineWidth} onChange={(v) => onTypography('lineWidth', v)} />
        <Slider id="line-height" label="Line spacing" value={typography.lineHeight} unit="" limits={TYPOGRAPHY_LIMITS.lineHeight} onChange={(v) => onTypography('lineHeight', Math.round(v * 10) / 10)} />
      </div>
      <p class="options-sample qr-reading" style={readingStyle(typography)} data-testid="reading-sample">
        The keeper climbed the stairs at dusk, as she had every evening for thirty years, and lit the lamp that the ships
        would look for.
      </p>
      <Toggle
        checked={preferences.siteMemoryEnabled}
        onChange={onSiteMemory}
        label="Learn each site’s boilerplate"
        description="Blocks a site prints on every article (its own promos and footers) are removed on later visits. Stays on this device."
        testId="site-memory"
      />
    </Section>
  );
}
