import { FONT_FAMILIES, THEMES, TYPOGRAPHY_LIMITS, type FontFamily, type Preferences, type Theme, type Typography } from '../../utils/settings/defaults';
import { fontName, systemThemeHint, themeName } from '../../utils/i18n/reading-names';
import { plural, t, uiLocale } from '../../utils/i18n';
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
  /** The value as the interface writes it ("19 px"). */
  shown: string;
  limits: { min: number; max: number; step: number };
  onChange: (value: number) => void;
}

function Slider({ id, label, value, shown, limits, onChange }: SliderProps) {
  return (
    <div class="options-slider">
      <label for={id} class="options-label">{label}</label>
      <div class="options-slider__row">
        <input id={id} type="range" min={limits.min} max={limits.max} step={limits.step} value={value} onInput={(event) => onChange(Number(event.currentTarget.value))} data-testid={id} />
        <output for={id} class="options-slider__value">
          {shown}
        </output>
      </div>
    </div>
  );
}

export function ReadingSection({ preferences, onTheme, onTypography, onSiteMemory, testId }: ReadingSectionProps) {
  const { typography } = preferences;
  return (
    <Section id="reading" title={t('options.reading.title')} description={t('options.reading.description')} testId={testId}>
      <fieldset class="options-fieldset">
        <legend class="options-label">{t('reading.themeLabel')}</legend>
        <div class="options-radios">
          {THEMES.map((theme) => (
            <label key={theme} class="options-check">
              <input type="radio" name="theme" value={theme} checked={preferences.theme === theme} onChange={() => onTheme(theme)} data-testid={`theme-${theme}`} />
              <span title={theme === 'system' ? systemThemeHint() : undefined}>{themeName(theme)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="options-field">
        <label for="font-family" class="options-label">{t('reading.fontLabel')}</label>
        <select id="font-family" class="options-input options-select" value={typography.fontFamily} onChange={(event) => onTypography('fontFamily', event.currentTarget.value as FontFamily)} data-testid="font-family">
          {FONT_FAMILIES.map((family) => (
            <option key={family} value={family}>
              {fontName(family)}
            </option>
          ))}
        </select>
      </div>
      <div class="options-sliders">
        <Slider id="font-size" label={t('reading.textSize')} value={typography.fontSize} shown={t('reading.pixels', { size: typography.fontSize })} limits={TYPOGRAPHY_LIMITS.fontSize} onChange={(v) => onTypography('fontSize', v)} />
        <Slider id="line-width" label={t('reading.lineWidth')} value={typography.lineWidth} shown={plural('reading.characters', typography.lineWidth)} limits={TYPOGRAPHY_LIMITS.lineWidth} onChange={(v) => onTypography('lineWidth', v)} />
        <Slider id="line-height" label={t('reading.lineSpacing')} value={typography.lineHeight} shown={typography.lineHeight.toLocaleString(uiLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })} limits={TYPOGRAPHY_LIMITS.lineHeight} onChange={(v) => onTypography('lineHeight', Math.round(v * 10) / 10)} />
      </div>
      <p class="options-sample qr-reading" style={readingStyle(typography)} data-testid="reading-sample">
        {t('options.reading.sample')}
      </p>
      <Toggle
        checked={preferences.siteMemoryEnabled}
        onChange={onSiteMemory}
        label={t('options.reading.siteMemory')}
        description={t('options.reading.siteMemoryHint')}
        testId="site-memory"
      />
    </Section>
  );
}
