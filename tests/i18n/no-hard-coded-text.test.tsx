// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CleanView } from '../../components/view/CleanView';
import { OptionsApp } from '../../components/options/OptionsApp';
import { useStoreState } from '../../components/shared/use-store-state';
import { createOptionsStore, type OptionsStore } from '../../components/options/options-store';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Removal } from '../../core/types';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';
import { ARTICLE, REMOVED } from '../components/popup-fixtures';
import { createFakeSpeech } from '../listen/fake-speech';
import { usePseudoLocale } from './fake-messages';

/*
 * Every piece of visible interface text (text nodes, and the labels, titles and placeholders a
 * screen reader or a tooltip shows) comes from a message in locales/*.yml. With a pseudo-locale
 * that wraps each message in ⟦…⟧, anything with letters outside the brackets is either the
 * article and the reader's own data (listed below), or a string hard-coded in a component, which
 * would stay English in every other language.
 */

beforeAll(() => usePseudoLocale(true));
afterAll(() => usePseudoLocale(false));
afterEach(cleanup);

/** Data that is not the interface's: the article, the site, the reader's entries, the engine's reasons. */
const DATA = [ARTICLE.title, ARTICLE.byline!, ARTICLE.siteName!, 'news.example.org', 'harbour.example', 'Stub', 'Daniel', 'Anna', 'de-DE', 'en-GB'];
/** Words the platform's Intl formatters write in the interface language (a date, a list's “and”). */
const INTL_WORDS = new Set([...new Intl.DateTimeFormat('en', { month: 'long' }).formatToParts(new Date('2026-03-14')).map((part) => part.value), ...new Intl.ListFormat('en', { type: 'conjunction' }).formatToParts(['a', 'b']).map((part) => part.value.trim())]);
/** Example entries the same in every language: CSS selectors and host names. */
const CODE_LIKE = /^(?:\.[\w-]+|[\w-]+(?:\.[\w-]+)+)$/;
/** Symbols and file extensions, the same in every language. */
const SYMBOLS = new Set(['Aa', 'A−', 'A+', '.md', '.html', '×', '⏮', '⏭', '−', '+', '→']);

function unlocalised(root: Element): string[] {
  const problems: string[] = [];
  const skip = (node: Node) => (node.parentElement ?? (node as Element)).closest('.qr-content, .popup-article__content, [data-testid=article-content], .qr-removed-preview, .qr-removed-reason, .popup-removed__reason, .popup-removed__preview, option[value^="fake:"], .qr-title, .popup-article__title, .popup-article__byline, .qr-kicker, .qr-byline, code');
  const check = (text: string, where: string) => {
    let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
    for (const data of DATA) rest = rest.split(data).join(' ');
    for (const word of rest.split(/\s+/)) {
      if (word && /\p{L}/u.test(word) && !SYMBOLS.has(word) && !INTL_WORDS.has(word) && !CODE_LIKE.test(word)) problems.push(`${where}: “${word}” in “${text.trim()}”`);
    }
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!skip(node)) check(node.textContent ?? '', `text in <${node.parentElement?.tagName.toLowerCase()}>`);
  }
  for (const element of Array.from(root.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext]'))) {
    if (skip(element)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) {
      const value = element.getAttribute(name);
      if (value) check(value, `${name} of <${element.tagName.toLowerCase()}>`);
    }
  }
  return problems;
}

const removal = (patch: Partial<Removal>): Removal => ({ id: 'r1', step: 'postclean', rule: 'donation-appeals', kind: 'appeal', reason: 'engine reason', preview: 'engine preview', copies: 2, fingerprint: 'fp', html: '<p>x</p>', inPlace: true, ...patch });

describe('no hard-coded interface text (pseudo-locale)', () => {
  it('the clean view: bar, heading, removed list, reading panel, listen panel', async () => {
    const speech = createFakeSpeech();
    render(
      <CleanView
        article={{ ...ARTICLE, publishedTime: '2026-03-14T08:00:00Z', contentHtml: '<div><p>Story text.</p><div data-qr-removed="r1"></div></div>' }}
        removed={[removal({}), removal({ id: 'r2', quiet: true, kind: 'hidden', copies: 5, inPlace: false })]}
        host="harbour.example"
        keptFingerprints={new Set()}
        pageUrl="https://harbour.example/story"
        theme="system"
        typography={DEFAULT_PREFERENCES.typography}
        listen={DEFAULT_PREFERENCES.listen}
        actions={{ close: vi.fn(), keepOnSite: vi.fn(() => Promise.resolve()), changeReading: vi.fn(() => Promise.resolve()), print: vi.fn(), changeListen: vi.fn() }}
        exportSettings={{ sourceUrl: null, theme: 'light', typography: {}, withRemoved: false }}
        place={{ initial: { block: 0, progress: 0.4 }, save: vi.fn(), forget: vi.fn() }}
        speech={() => speech.platform}
        testId="clean-view"
      />,
    );
    fireEvent.click(screen.getByTestId('removed-count'));
    fireEvent.click(screen.getByTestId('reading-toggle'));
    fireEvent.click(screen.getByTestId('export-toggle'));
    fireEvent.click(screen.getByTestId('listen-toggle'));
    await waitFor(() => screen.getByTestId('listen-rate'));
    expect(unlocalised(document.body)).toEqual([]);
  });

  it('the popup: article, removed list, export row, quick settings, footer', () => {
    render(
      <PopupApp
        state={{
          screen: { kind: 'article', article: ARTICLE, removed: REMOVED },
          tab: { id: 3, url: 'https://news.example.org/story' },
          site: { host: 'news.example.org', origin: 'https://news.example.org' },
          preferences: structuredClone(DEFAULT_PREFERENCES),
          viewActive: false,
          viewBusy: false,
          refreshing: false,
          autoClean: false,
          autoCleanBusy: false,
          notice: null,
        }}
        actions={{ load: vi.fn(), refreshPreview: vi.fn(), toggleView: vi.fn(), setTheme: vi.fn(), setFontSize: vi.fn(), setKindEnabled: vi.fn(), setAutoClean: vi.fn(), openOptions: vi.fn(), dismissNotice: vi.fn(), preferencesChanged: vi.fn() }}
      />,
    );
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    expect(unlocalised(document.body)).toEqual([]);
  });

  it('the settings page, every section, with a site rule open', async () => {
    const options: OptionsStore = createOptionsStore(
      {
        loadPreferences: () => Promise.resolve({ ...structuredClone(DEFAULT_PREFERENCES), listen: { rate: 1, voices: {}, captions: false } }),
        savePreferences: () => Promise.resolve({ area: 'sync', bytes: 1, quota: 8192 }),
        storageStatus: () => Promise.resolve({ area: 'local', bytes: 9300, quota: 8192 }),
        loadSiteRules: () => Promise.resolve({ 'news.example.org': { autoClean: true, kindsOff: ['appeal'], selectors: [], keep: [], updatedAt: 1 } }),
        saveSiteRule: async () => {},
        replaceSiteRules: async () => {},
        resetAll: async () => {},
        requestSiteAccess: () => Promise.resolve(true),
        hasSiteAccess: () => Promise.resolve(true),
        setAutoClean: async () => {},
        download: () => {},
      },
      document.createDocumentFragment(),
    );
    function Connected() {
      return <OptionsApp state={useStoreState(options.store)} actions={options.actions} />;
    }
    render(<Connected />);
    await options.actions.load();
    await screen.findByTestId('section-kinds');
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    await waitFor(() => screen.getByTestId('site-rule-editor'));
    expect(unlocalised(document.body)).toEqual([]);
  });
});
