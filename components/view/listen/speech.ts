/**
 * Reading aloud with the browser's own speech synthesis (`speechSynthesis`): no network, no
 * permission. One utterance per sentence, the next queued when the last one ends, so the
 * highlight follows the voice, skipping is exact, and a long article never sits in one utterance
 * (Chromium stops a single utterance after about 15 seconds on some voices).
 *
 * Pause cancels the sentence and resume speaks it again from its start: `speechSynthesis.pause()`
 * does nothing on several Linux and Android voices and loses the queue in others, while a
 * sentence restarted is what a listener expects anyway.
 */

/** The parts of the Web Speech API used here; tests pass a fake. */
export interface SpeechPlatform {
  synth: Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices'> & Partial<Pick<SpeechSynthesis, 'addEventListener' | 'removeEventListener'>>;
  makeUtterance(text: string): SpeechSynthesisUtterance;
}

/** The page's speech synthesis, or null where the browser has none. */
export function browserSpeech(win: Window & typeof globalThis = window): SpeechPlatform | null {
  const synth = win.speechSynthesis;
  const Utterance = win.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return null;
  return { synth, makeUtterance: (text) => new Utterance(text) };
}

export type ListenStatus = 'idle' | 'playing' | 'paused' | 'ended';

export interface ListenState {
  status: ListenStatus;
  /** The sentence being read, or where reading will resume. */
  index: number;
  total: number;
  /** The last error the synthesiser reported (not cancellations), for the status line. */
  error: string | null;
}

export interface ListenSettings {
  voice: SpeechSynthesisVoice | null;
  lang: string | null;
  /** 0.5–2 */
  rate: number;
}

export interface ListenController {
  state(): ListenState;
  play(): void;
  pause(): void;
  /** Stops and forgets the place (closing the view, the Stop button). */
  stop(): void;
  next(): void;
  previous(): void;
  /** A new voice or speed: the current sentence restarts with it. */
  configure(settings: ListenSettings): void;
}

export function createListenController(platform: SpeechPlatform, sentences: readonly string[], initial: ListenSettings, onChange: (state: ListenState) => void): ListenController {
  let settings = initial;
  let state: ListenState = { status: 'idle', index: 0, total: sentences.length, error: null };
  /** Bumped whenever speech is cancelled, so a cancelled utterance's late `end` is ignored. */
  let generation = 0;

  const set = (change: Partial<ListenState>) => {
    state = { ...state, ...change };
    onChange(state);
  };

  const cancel = () => {
    generation++;
    platform.synth.cancel();
  };

  const speak = (index: number) => {
    if (index >= sentences.length) {
      set({ status: 'ended', index: Math.max(0, sentences.length - 1) });
      return;
    }
    const mine = generation;
    const utterance = platform.makeUtterance(sentences[index]!);
    if (settings.voice) utterance.voice = settings.voice;
    if (settings.lang) utterance.lang = settings.lang;
    utterance.rate = settings.rate;
    utterance.onend = () => {
      if (mine === generation) speak(state.index + 1);
    };
    utterance.onerror = (event) => {
      if (mine !== generation || event.error === 'canceled' || event.error === 'interrupted') return;
      set({ status: 'paused', error: event.error });
    };
    set({ status: 'playing', index, error: null });
    platform.synth.speak(utterance);
  };

  const restartAt = (index: number) => {
    const clamped = Math.min(Math.max(0, index), Math.max(0, sentences.length - 1));
    if (state.status === 'playing') {
      cancel();
      speak(clamped);
    } else {
      set({ index: clamped, status: state.status === 'ended' ? 'paused' : state.status });
    }
  };

  return {
    state: () => state,
    play() {
      if (!sentences.length || state.status === 'playing') return;
      cancel();
      speak(state.status === 'ended' ? 0 : state.index);
    },
    pause() {
      if (state.status !== 'playing') return;
      cancel();
      set({ status: 'paused' });
    },
    stop() {
      cancel();
      set({ status: 'idle', index: 0 });
    },
    next: () => restartAt(state.index + 1),
    previous: () => restartAt(state.index - 1),
    configure(next) {
      settings = next;
      if (state.status === 'playing') restartAt(state.index);
    },
  };
}

/**
 * The voice for an article: the voice the reader chose for its language if it is installed (even
 * one of another language, chosen because none spoke this one), else the platform's default voice
 * for the language, else any voice for it; null when there is none (the view then says so and
 * offers every voice).
 */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string | null, savedUri: string | undefined): SpeechSynthesisVoice | null {
  const primary = languageOf(lang);
  const saved = savedUri ? voices.find((voice) => voice.voiceURI === savedUri) : undefined;
  if (saved) return saved;
  if (!primary) return voices.find((voice) => voice.default) ?? voices[0] ?? null;
  const matching = voices.filter((voice) => languageOf(voice.lang) === primary);
  const exact = matching.filter((voice) => voice.lang.toLowerCase().replace('_', '-') === lang!.toLowerCase());
  return exact.find((voice) => voice.default) ?? matching.find((voice) => voice.default) ?? exact[0] ?? matching[0] ?? null;
}

/** "de" for "de-AT", "pt" for "pt_BR"; null for none. */
export function languageOf(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
