import type { SpeechPlatform } from '../../components/view/listen/speech';

/**
 * A stand-in for the browser's `speechSynthesis`: it records each utterance it is given and
 * speaks nothing. A test finishes the current utterance with `finish()`; `cancel()` fires the
 * utterance's `error` with "interrupted", as Chromium does.
 */
export interface FakeUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: SpeechSynthesisVoice | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}

export function fakeVoice(name: string, lang: string, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, voiceURI: `fake:${name}`, default: isDefault, localService: true };
}

export function createFakeSpeech(voices: SpeechSynthesisVoice[] = [fakeVoice('Anna', 'de-DE', true), fakeVoice('Daniel', 'en-GB')]) {
  const spoken: FakeUtterance[] = [];
  let current: FakeUtterance | null = null;
  const listeners = new Set<() => void>();
  let available = voices;
  const synth = {
    cancels: 0,
    speak(utterance: FakeUtterance) {
      spoken.push(utterance);
      current = utterance;
    },
    cancel() {
      synth.cancels++;
      const was = current;
      current = null;
      was?.onerror?.({ error: 'interrupted' });
    },
    getVoices: () => available,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  const platform = {
    synth,
    makeUtterance: (text: string) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }) as FakeUtterance,
  } as unknown as SpeechPlatform;
  return {
    platform,
    synth,
    spoken,
    /** The utterance being spoken (null when nothing is). */
    current: () => current,
    /** The voice finishes the current utterance. */
    finish() {
      const was = current;
      current = null;
      was?.onend?.({});
    },
    /** The platform reports an error on the current utterance (a voice that crashed). */
    fail(error: string) {
      const was = current;
      current = null;
      was?.onerror?.({ error });
    },
    /** Voices arrive late, as in Chromium. */
    setVoices(list: SpeechSynthesisVoice[]) {
      available = list;
      for (const listener of listeners) listener();
    },
  };
}
