import { LISTEN_RATES, type ListenPreferences } from '../../utils/settings/defaults';
import { t } from '../../utils/i18n';
import { formatRate } from '../../utils/i18n/format';
import type { Listen } from './listen/use-listen';
import { languageOf } from './listen/speech';
import { uiLocale } from '../../utils/i18n';

export interface ListenPanelProps {
  listen: Listen;
  lang: string | null;
  preferences: ListenPreferences;
  /** The reader chose a speed or a voice: applied at once, saved as their setting. */
  onChange: (change: Partial<ListenPreferences>) => void;
  onClose: () => void;
  testId?: string;
}

/**
 * The player under the bar: previous / play-pause / next sentence, stop, speed and voice, and a
 * status line ("Sentence 3 of 42"). Where the browser cannot speak, or has no voice, it says so
 * calmly instead.
 */
export function ListenPanel({ listen, lang, preferences, onChange, onClose, testId }: ListenPanelProps) {
  const { voices, voice, state, controller } = listen;
  const language = languageOf(lang);
  const languageName = language ? displayLanguage(language) : null;
  const chooseVoice = (uri: string) => {
    if (!language) return;
    onChange({ voices: { ...preferences.voices, [language]: uri } });
  };

  let notice: string | null = null;
  if (voices.kind === 'unsupported') notice = t('listen.unsupported');
  else if (voices.kind === 'loading') notice = t('listen.loading');
  else if (voices.kind === 'none') notice = t('listen.noVoices');
  else if (!voice) notice = t('listen.noVoiceFor', { language: languageName ?? lang ?? '' });
  else if (state.total === 0) notice = t('listen.nothingToRead');

  const playing = state.status === 'playing';
  const canPlay = voices.kind === 'ready' && voice !== null && state.total > 0;
  const status =
    state.error !== null
      ? t('listen.failed', { reason: state.error })
      : state.status === 'ended'
        ? t('listen.finished')
        : state.total > 0 && state.status !== 'idle'
          ? t('listen.progress', { index: state.index + 1, total: state.total })
          : '';

  return (
    <div
      class="qr-listen-panel"
      id="qr-listen-panel"
      role="group"
      aria-label={t('listen.panelLabel')}
      data-testid={testId}
      data-status={state.status}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Esc stops reading and closes this panel first; a second Esc closes the view.
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      {notice && (
        <p class="qr-listen-notice" role="status" data-testid="listen-notice">
          {notice}
        </p>
      )}
      {voices.kind === 'ready' && (
        <div class="qr-listen-controls">
          <button type="button" class="qr-small-button" aria-label={t('listen.previous')} title={t('listen.previous')} disabled={!canPlay || state.index === 0} onClick={() => controller?.previous()} data-testid="listen-previous">
            ⏮
          </button>
          <button type="button" class="qr-small-button qr-listen-play" title={t('listen.shortcut')} aria-keyshortcuts="L" disabled={!canPlay} onClick={() => (playing ? controller?.pause() : controller?.play())} data-testid="listen-play">
            {playing ? t('listen.pause') : t('listen.play')}
          </button>
          <button type="button" class="qr-small-button" aria-label={t('listen.next')} title={t('listen.next')} disabled={!canPlay || state.index >= state.total - 1} onClick={() => controller?.next()} data-testid="listen-next">
            ⏭
          </button>
          <button type="button" class="qr-small-button" onClick={onClose} data-testid="listen-stop">
            {t('listen.stop')}
          </button>
          <label class="qr-listen-field">
            <span>{t('listen.speed')}</span>
            <select value={String(preferences.rate)} onChange={(event) => onChange({ rate: Number(event.currentTarget.value) })} data-testid="listen-rate">
              {LISTEN_RATES.map((rate) => (
                <option key={rate} value={String(rate)}>
                  {formatRate(rate)}
                </option>
              ))}
            </select>
          </label>
          <label class="qr-listen-field">
            <span>{t('listen.voice')}</span>
            <select value={voice?.voiceURI ?? ''} onChange={(event) => chooseVoice(event.currentTarget.value)} data-testid="listen-voice">
              {!voice && <option value="">{t('listen.chooseVoice')}</option>}
              {voices.voices.map((option) => (
                <option key={option.voiceURI} value={option.voiceURI}>
                  {option.name} ({option.lang})
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <p class="qr-listen-status" role="status" aria-live="polite" data-testid="listen-status">
        {status}
      </p>
    </div>
  );
}

function displayLanguage(language: string): string {
  try {
    return new Intl.DisplayNames(uiLocale(), { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
