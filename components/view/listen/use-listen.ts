import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ListenPreferences } from '../../../utils/settings/defaults';
import { articleSentences, type Sentence } from './sentences';
import { createListenController, languageOf, voiceFor, type ListenController, type ListenSettings, type ListenState, type SpeechPlatform } from './speech';

/** How long to wait for the platform to list its voices (Chromium lists them a moment after the first ask). */
const VOICES_WAIT_MS = 1500;
const HIGHLIGHT = 'qr-listen';

export type VoicesState = { kind: 'unsupported' } | { kind: 'loading' } | { kind: 'none' } | { kind: 'ready'; voices: SpeechSynthesisVoice[] };

export interface ListenInput {
  open: boolean;
  /** The view's root (the title is found in it) and the article's content once every node is in. */
  root: HTMLElement | null;
  content: HTMLElement | null;
  lang: string | null;
  preferences: ListenPreferences;
  speech: () => SpeechPlatform | null;
}

export interface Listen {
  voices: VoicesState;
  /** The voice in use, or null when none speaks the article's language and the reader chose none. */
  voice: SpeechSynthesisVoice | null;
  state: ListenState;
  controller: ListenController | null;
}

/** What a change of settings is judged by: the voice (by URI, as the platform may list new objects for it) and the speed. */
const settingsKeyOf = ({ voice, rate }: ListenSettings): string => `${voice?.voiceURI ?? ''}|${rate}`;

const IDLE: ListenState = { status: 'idle', index: 0, total: 0, error: null };

/**
 * Reading aloud while the Listen panel is open: voices, the sentence list, the controller, and the
 * current sentence highlighted (CSS Custom Highlight API where the browser has it; its block is
 * marked `data-qr-speaking` in any case) and scrolled into view. Closing the panel or the view stops it.
 */
export function useListen({ open, root, content, lang, preferences, speech }: ListenInput): Listen {
  const [voices, setVoices] = useState<VoicesState>({ kind: 'loading' });
  const [state, setState] = useState<ListenState>(IDLE);
  const controller = useRef<ListenController | null>(null);
  const sentences = useRef<Sentence[]>([]);
  const platform = useRef<SpeechPlatform | null>(null);
  /** The voice and speed the controller speaks with, so only a real change restarts the sentence. */
  const applied = useRef('');

  // Voices, once the panel first opens.
  useEffect(() => {
    if (!open) return;
    const found = speech();
    platform.current = found;
    if (!found) {
      setVoices({ kind: 'unsupported' });
      return;
    }
    const take = () => {
      const list = found.synth.getVoices();
      if (list.length) setVoices({ kind: 'ready', voices: list });
      return list.length > 0;
    };
    if (take()) return;
    setVoices({ kind: 'loading' });
    const onChange = () => void take();
    found.synth.addEventListener?.('voiceschanged', onChange);
    const timer = setTimeout(() => {
      if (!take()) setVoices({ kind: 'none' });
    }, VOICES_WAIT_MS);
    return () => {
      clearTimeout(timer);
      found.synth.removeEventListener?.('voiceschanged', onChange);
    };
  }, [open, speech]);

  const language = languageOf(lang);
  const voice = voices.kind === 'ready' ? voiceFor(voices.voices, lang, language ? preferences.voices[language] : undefined) : null;
  const settings: ListenSettings = { voice, lang, rate: preferences.rate };
  const settingsKey = settingsKeyOf(settings);
  // The controller starts with the settings of its moment and later ones reach it through
  // configure() (below), so the effects read them here instead of depending on them: a new voice or
  // speed must not rebuild the controller (that would restart the article from its first sentence).
  const latestSettings = useRef(settings);
  latestSettings.current = settings;

  // The controller lives while the panel is open on this content with voices to speak with.
  const ready = open && voices.kind === 'ready' && content !== null && platform.current !== null;
  useEffect(() => {
    if (!ready || !content || !platform.current) return;
    const title = root?.querySelector<HTMLElement>('#qr-title') ?? null;
    sentences.current = articleSentences(title, content, { lang, captions: preferences.captions });
    const made = createListenController(platform.current, sentences.current.map((sentence) => sentence.text), latestSettings.current, setState);
    controller.current = made;
    applied.current = settingsKeyOf(latestSettings.current);
    setState(made.state());
    // Opening the panel is the reader asking to listen; without a voice for the language they choose one first.
    if (latestSettings.current.voice) made.play();
    return () => {
      made.stop();
      controller.current = null;
      clearHighlight(root);
      setState(IDLE);
    };
  }, [ready, content, root, lang, preferences.captions]);

  // Closing the view stops the voice at once (an effect's cleanup may run a frame later).
  useLayoutEffect(() => () => controller.current?.stop(), []);

  // A new voice or speed applies from the current sentence.
  useEffect(() => {
    if (!controller.current || applied.current === settingsKey) return;
    applied.current = settingsKey;
    controller.current.configure(latestSettings.current);
  }, [settingsKey]);

  // The current sentence: highlighted and kept in view while speaking.
  useEffect(() => {
    const sentence = state.status === 'idle' ? null : sentences.current[state.index];
    if (!sentence) {
      clearHighlight(root);
      return;
    }
    showSentence(root, sentence, state.status === 'playing');
  }, [root, state.index, state.status]);

  return { voices, voice, state, controller: controller.current };
}

function showSentence(root: HTMLElement | null, sentence: Sentence, scroll: boolean): void {
  clearHighlight(root, sentence.block);
  sentence.block.setAttribute('data-qr-speaking', '');
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (registry && HighlightClass) registry.set(HIGHLIGHT, new HighlightClass(sentence.range));
  if (scroll) {
    const box = sentence.range.getBoundingClientRect?.();
    const view = sentence.block.ownerDocument.defaultView;
    const visible = box && view && box.top >= 80 && box.bottom <= view.innerHeight - 40;
    if (!visible) sentence.block.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }
}

function clearHighlight(root: HTMLElement | null, except?: Element): void {
  for (const block of Array.from(root?.querySelectorAll('[data-qr-speaking]') ?? [])) {
    if (block !== except) block.removeAttribute('data-qr-speaking');
  }
  (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete(HIGHLIGHT);
}
