/**
 * A stand-in for `speechSynthesis`, put into the extension's content-script world of a tab (where
 * the clean view runs, not the page's world): it records the utterances the view queues and
 * speaks nothing, so the browser tests check the reading-aloud control flow, never real audio.
 * Plain JavaScript in a string, because it is injected as source: Chromium's
 * `scripting.executeScript({ func })` from the service worker, Firefox's `tabs.executeScript({ code })`
 * through the e2e bridge.
 *
 * Operations: `install`, `state` ({ spoken, current, cancels }), `finish` (the voice reaches the
 * end of the current utterance).
 */
export const SPEECH_STUB = `(op) => {
  const w = window;
  if (op === 'install') {
    const log = { spoken: [], current: null, cancels: 0 };
    const voice = { name: 'Stub voice', lang: 'en-US', voiceURI: 'stub:en-US', default: true, localService: true };
    const synth = {
      speak(utterance) { log.spoken.push(utterance.text); log.current = utterance; },
      cancel() { log.cancels += 1; const was = log.current; log.current = null; if (was && was.onerror) was.onerror({ error: 'interrupted' }); },
      getVoices() { return [voice]; },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    class StubUtterance { constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; this.onend = null; this.onerror = null; } }
    Object.defineProperty(w, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(w, 'SpeechSynthesisUtterance', { value: StubUtterance, configurable: true });
    w.__qrSpeechStub = log;
    return true;
  }
  const log = w.__qrSpeechStub;
  if (!log) return null;
  if (op === 'finish') { const was = log.current; log.current = null; if (was && was.onend) was.onend({}); }
  return { spoken: log.spoken.slice(), current: log.current ? log.current.text : null, cancels: log.cancels };
}`;

export type SpeechStubOp = 'install' | 'state' | 'finish';
export interface SpeechStubState {
  spoken: string[];
  current: string | null;
  cancels: number;
}
