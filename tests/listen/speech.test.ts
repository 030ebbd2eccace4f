import { describe, expect, it } from 'vitest';
import { createListenController, languageOf, voiceFor, type ListenState } from '../../components/view/listen/speech';
import { createFakeSpeech, fakeVoice } from './fake-speech';

const SENTENCES = ['Erster Satz.', 'Zweiter Satz.', 'Dritter Satz.'];

function setup(sentences = SENTENCES) {
  const fake = createFakeSpeech();
  const states: ListenState[] = [];
  const voice = fake.synth.getVoices()[0]!;
  const controller = createListenController(fake.platform, sentences, { voice, lang: 'de', rate: 1.25 }, (state) => states.push(state));
  return { fake, controller, states, voice };
}

describe('reading aloud, one utterance per sentence', () => {
  it('queues the sentences in order, each when the one before ends, with the voice, language and speed', () => {
    const { fake, controller, voice } = setup();
    controller.play();
    expect(fake.spoken.map((u) => u.text)).toEqual(['Erster Satz.']);
    expect(fake.spoken[0]).toMatchObject({ voice, lang: 'de', rate: 1.25 });
    fake.finish();
    fake.finish();
    expect(fake.spoken.map((u) => u.text)).toEqual(SENTENCES);
    expect(controller.state()).toMatchObject({ status: 'playing', index: 2 });
    fake.finish();
    expect(controller.state()).toMatchObject({ status: 'ended', index: 2 });
  });

  it('pause cancels the sentence; play speaks it again from its start', () => {
    const { fake, controller } = setup();
    controller.play();
    fake.finish();
    controller.pause();
    expect(controller.state()).toMatchObject({ status: 'paused', index: 1 });
    expect(fake.current()).toBeNull();
    // The cancelled utterance's late events change nothing.
    expect(fake.spoken).toHaveLength(2);
    controller.play();
    expect(fake.spoken.map((u) => u.text)).toEqual(['Erster Satz.', 'Zweiter Satz.', 'Zweiter Satz.']);
    expect(controller.state().status).toBe('playing');
  });

  it('skips forward and back by one sentence, while playing and while paused', () => {
    const { fake, controller } = setup();
    controller.play();
    controller.next();
    expect(fake.current()?.text).toBe('Zweiter Satz.');
    controller.previous();
    expect(fake.current()?.text).toBe('Erster Satz.');
    controller.previous();
    expect(controller.state().index).toBe(0);
    controller.pause();
    controller.next();
    controller.next();
    controller.next();
    expect(controller.state()).toMatchObject({ status: 'paused', index: 2 });
    expect(fake.current()).toBeNull();
  });

  it('stop cancels and goes back to the start', () => {
    const { fake, controller } = setup();
    controller.play();
    fake.finish();
    controller.stop();
    expect(controller.state()).toMatchObject({ status: 'idle', index: 0 });
    expect(fake.current()).toBeNull();
    expect(fake.synth.cancels).toBeGreaterThan(0);
  });

  it('a new speed restarts the current sentence at that speed', () => {
    const { fake, controller, voice } = setup();
    controller.play();
    fake.finish();
    controller.configure({ voice, lang: 'de', rate: 2 });
    expect(fake.current()).toMatchObject({ text: 'Zweiter Satz.', rate: 2 });
  });

  it('a voice that fails pauses with its reason; play goes on from that sentence', () => {
    const { fake, controller } = setup();
    controller.play();
    fake.fail('synthesis-failed');
    expect(controller.state()).toMatchObject({ status: 'paused', index: 0, error: 'synthesis-failed' });
    controller.play();
    expect(controller.state()).toMatchObject({ status: 'playing', error: null });
  });

  it('play after the end starts from the top; nothing to read does nothing', () => {
    const { fake, controller } = setup(['Nur ein Satz.']);
    controller.play();
    fake.finish();
    expect(controller.state().status).toBe('ended');
    controller.play();
    expect(fake.spoken.map((u) => u.text)).toEqual(['Nur ein Satz.', 'Nur ein Satz.']);
    const empty = setup([]);
    empty.controller.play();
    expect(empty.fake.spoken).toEqual([]);
  });
});

describe('choosing the voice', () => {
  const voices = [fakeVoice('Anna', 'de-DE', true), fakeVoice('Petra', 'de-AT'), fakeVoice('Daniel', 'en-GB'), fakeVoice('Samantha', 'en-US', false)];

  it('takes the platform default for the article language, then an exact region, then any voice of the language', () => {
    expect(voiceFor(voices, 'de-AT', undefined)?.name).toBe('Anna');
    expect(voiceFor(voices, 'en-US', undefined)?.name).toBe('Samantha');
    expect(voiceFor(voices, 'en', undefined)?.name).toBe('Daniel');
  });

  it('the reader’s choice for the language wins, even a voice of another language', () => {
    expect(voiceFor(voices, 'de', 'fake:Petra')?.name).toBe('Petra');
    expect(voiceFor(voices, 'ja', 'fake:Daniel')?.name).toBe('Daniel');
  });

  it('no voice for the language (and none chosen) is null, so the view can say so', () => {
    expect(voiceFor(voices, 'ja', undefined)).toBeNull();
    expect(voiceFor(voices, 'ja', 'fake:uninstalled')).toBeNull();
  });

  it('language of a tag', () => {
    expect(languageOf('pt_BR')).toBe('pt');
    expect(languageOf('DE-at')).toBe('de');
    expect(languageOf('not a tag')).toBeNull();
    expect(languageOf(null)).toBeNull();
  });
});
