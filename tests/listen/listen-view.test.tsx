// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CleanView } from '../../components/view/CleanView';
import type { CleanedArticle } from '../../core/types';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';
import { createFakeSpeech, fakeVoice } from './fake-speech';

afterEach(cleanup);
// The article goes in a slice at a time (setTimeout): on a loaded 2-core machine that can take over the default second.
configure({ asyncUtilTimeout: 5000 });

const article: CleanedArticle = {
  title: 'Der Leuchtturm',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'de',
  dir: null,
  excerpt: null,
  readingMinutes: 1,
  wordCount: 20,
  contentHtml: '<div><p>Erster Satz. Zweiter Satz.</p><div data-qr-removed="r1"></div><p>Dritter Satz.</p></div>',
  textContent: '',
};

function renderView(speech: ReturnType<typeof createFakeSpeech> | null, listen = DEFAULT_PREFERENCES.listen) {
  const actions = { close: vi.fn(), keepOnSite: vi.fn(() => Promise.resolve()), changeReading: vi.fn(() => Promise.resolve()), print: vi.fn(), changeListen: vi.fn() };
  const exportSettings = { sourceUrl: null, theme: 'light' as const, typography: {}, withRemoved: false };
  const utils = render(
    <CleanView
      article={article}
      removed={[]}
      host="harbour.example"
      keptFingerprints={new Set()}
      pageUrl="https://harbour.example/"
      theme="system"
      typography={DEFAULT_PREFERENCES.typography}
      listen={listen}
      actions={actions}
      exportSettings={exportSettings}
      place={null}
      speech={() => speech?.platform ?? null}
      testId="clean-view"
    />,
  );
  return { ...utils, actions };
}

const speaking = () => Array.from(document.querySelectorAll('[data-qr-speaking]'), (element) => element.textContent);

describe('Listen in the clean view (a fake speechSynthesis; no audio)', () => {
  it('reads the title and the body in order, the current sentence’s block marked, and stops when the view closes', async () => {
    const speech = createFakeSpeech();
    const { unmount } = renderView(speech);
    await waitFor(() => expect(document.querySelectorAll('.qr-content p')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('listen-toggle'));
    await waitFor(() => expect(speech.spoken.map((u) => u.text)).toEqual(['Der Leuchtturm']));
    expect(speech.spoken[0]!.voice?.name).toBe('Anna');
    await waitFor(() => expect(speaking()).toEqual(['Der Leuchtturm']));
    speech.finish();
    await waitFor(() => expect(speaking()).toEqual(['Erster Satz. Zweiter Satz.']));
    expect(screen.getByTestId('listen-status').textContent).toBe('Sentence 2 of 4');
    speech.finish();
    speech.finish();
    await waitFor(() => expect(speaking()).toEqual(['Dritter Satz.']));
    expect(speech.spoken.map((u) => u.text)).toEqual(['Der Leuchtturm', 'Erster Satz.', 'Zweiter Satz.', 'Dritter Satz.']);
    const cancels = speech.synth.cancels;
    unmount();
    expect(speech.synth.cancels).toBeGreaterThan(cancels);
    expect(speech.current()).toBeNull();
  });

  it('pause, skip and stop from the panel', async () => {
    const speech = createFakeSpeech();
    renderView(speech);
    await waitFor(() => expect(document.querySelectorAll('.qr-content p')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('listen-toggle'));
    await waitFor(() => expect(screen.getByTestId('listen-play').textContent).toBe('Pause'));
    fireEvent.click(screen.getByTestId('listen-next'));
    expect(speech.current()?.text).toBe('Erster Satz.');
    fireEvent.click(screen.getByTestId('listen-play'));
    await waitFor(() => expect(screen.getByTestId('listen-play').textContent).toBe('Play'));
    expect(speech.current()).toBeNull();
    fireEvent.click(screen.getByTestId('listen-stop'));
    await waitFor(() => expect(screen.queryByTestId('listen-panel')).toBeNull());
    expect(speaking()).toEqual([]);
  });

  it('the L key starts and pauses reading; typing in the panel’s fields is left alone', async () => {
    const speech = createFakeSpeech();
    renderView(speech);
    await waitFor(() => expect(document.querySelectorAll('.qr-content p')).toHaveLength(2));
    fireEvent.keyDown(screen.getByTestId('clean-view'), { key: 'l' });
    await waitFor(() => expect(speech.spoken).toHaveLength(1));
    fireEvent.keyDown(screen.getByTestId('clean-view'), { key: 'L' });
    await waitFor(() => expect(speech.current()).toBeNull());
    fireEvent.keyDown(screen.getByTestId('listen-rate'), { key: 'l' });
    expect(speech.current()).toBeNull();
  });

  it('a changed speed or voice is saved as the reader’s setting', async () => {
    const speech = createFakeSpeech();
    const { actions } = renderView(speech);
    fireEvent.click(screen.getByTestId('listen-toggle'));
    await waitFor(() => screen.getByTestId('listen-rate'));
    fireEvent.change(screen.getByTestId('listen-rate'), { target: { value: '1.5' } });
    expect(actions.changeListen).toHaveBeenCalledWith({ rate: 1.5 });
    fireEvent.change(screen.getByTestId('listen-voice'), { target: { value: 'fake:Daniel' } });
    expect(actions.changeListen).toHaveBeenCalledWith({ voices: { de: 'fake:Daniel' } });
  });

  it('says calmly when the browser has no voices at all, and when it cannot speak', async () => {
    const speech = createFakeSpeech([]);
    renderView(speech);
    fireEvent.click(screen.getByTestId('listen-toggle'));
    expect(screen.getByTestId('listen-notice').textContent).toBe('Looking for voices…');
    await waitFor(() => expect(screen.getByTestId('listen-notice').textContent).toMatch(/^This device has no voices to read with/), { timeout: 3000 });
    expect(speech.spoken).toEqual([]);
    cleanup();
    renderView(null);
    fireEvent.click(screen.getByTestId('listen-toggle'));
    expect(screen.getByTestId('listen-notice').textContent).toBe('Reading aloud is not available in this browser.');
  });

  it('voices that arrive late are used', async () => {
    const speech = createFakeSpeech([]);
    renderView(speech);
    await waitFor(() => expect(document.querySelectorAll('.qr-content p')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('listen-toggle'));
    speech.setVoices([fakeVoice('Anna', 'de-DE', true)]);
    await waitFor(() => expect(speech.spoken.map((u) => u.text)).toEqual(['Der Leuchtturm']));
  });

  it('no voice for the article’s language: says so, reads nothing until the reader chooses one', async () => {
    const speech = createFakeSpeech([fakeVoice('Daniel', 'en-GB', true)]);
    renderView(speech);
    await waitFor(() => expect(document.querySelectorAll('.qr-content p')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('listen-toggle'));
    await waitFor(() => expect(screen.getByTestId('listen-notice').textContent).toBe('No voice on this device speaks German. Choose another voice to read it with:'));
    expect(speech.spoken).toEqual([]);
    expect(screen.getByTestId<HTMLButtonElement>('listen-play').disabled).toBe(true);
  });
});
