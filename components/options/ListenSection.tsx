import { LISTEN_RATES, type ListenPreferences } from '../../utils/settings/defaults';
import { t } from '../../utils/i18n';
import { formatList, formatRate } from '../../utils/i18n/format';
import { Button } from '../shared/Button';
import { Toggle } from '../shared/Toggle';
import { Section } from './Section';

export interface ListenSectionProps {
  listen: ListenPreferences;
  onChange: (change: Partial<ListenPreferences>) => void;
  testId?: string;
}

/** Settings → "Listening": speed, captions, and the voices chosen per language in the view. */
export function ListenSection({ listen, onChange, testId }: ListenSectionProps) {
  const chosen = Object.entries(listen.voices);
  return (
    <Section id="listen" title={t('options.listen.title')} description={t('options.listen.description')} testId={testId}>
      <div class="options-field">
        <label for="listen-rate" class="options-label">{t('options.listen.rate')}</label>
        <select id="listen-rate" class="options-input options-select" value={String(listen.rate)} onChange={(event) => onChange({ rate: Number(event.currentTarget.value) })} data-testid="listen-rate">
          {LISTEN_RATES.map((rate) => (
            <option key={rate} value={String(rate)}>
              {formatRate(rate)}
            </option>
          ))}
        </select>
      </div>
      <Toggle checked={listen.captions} onChange={(captions) => onChange({ captions })} label={t('options.listen.captions')} description={t('options.listen.captionsHint')} testId="listen-captions" />
      <p class="options-hint" data-testid="listen-voices">
        {chosen.length ? t('options.listen.voices', { voices: formatList(chosen.map(([lang, voice]) => `${lang}: ${voice}`)) }) : t('options.listen.noVoices')}
      </p>
      {chosen.length ? (
        <Button onClick={() => onChange({ voices: {} })} testId="listen-forget-voices">
          {t('options.listen.forgetVoices')}
        </Button>
      ) : null}
    </Section>
  );
}
