// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CleanView, type CleanViewProps } from '../../components/view/CleanView';
import { ViewMessage } from '../../components/view/ViewMessage';
import type { CleanedArticle, Removal } from '../../core/types';

afterEach(cleanup);

const article: CleanedArticle = {
  title: 'The Quiet Lighthouse Keeper',
  byline: 'Ines Marlow',
  siteName: 'Harbour Weekly',
  publishedTime: '2026-03-14T08:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: null,
  readingMinutes: 3,
  wordCount: 600,
  contentHtml: '<div><p>For thirty-one winters Aldo Brenn climbed the steps.</p><div data-qr-removed="r2"></div><p>The ledger turned out to matter.</p></div>',
  textContent: 'For thirty-one winters Aldo Brenn climbed the steps. The ledger turned out to matter.',
};

const removal = (patch: Partial<Removal>): Removal => ({
  id: 'r1',
  step: 'postclean',
  rule: 'donation-appeals',
  kind: 'appeal',
  reason: 'Asks readers to donate',
  preview: 'Please donate today',
  copies: 1,
  fingerprint: 'fp-1',
  html: '<p>Please donate today</p>',
  inPlace: false,
  ...patch,
});

const removed = [
  removal({ id: 'r1', kind: 'related', rule: 'related-lists', reason: 'A “Related stories” list', preview: 'Related stories', html: '<h2>Related stories</h2>', fingerprint: 'fp-rel' }),
  removal({ id: 'r2', copies: 2, inPlace: true, html: '<p>Independent journalism needs your support.</p>', preview: 'Independent journalism needs your support.', fingerprint: 'fp-appeal' }),
];

function renderView(patch: Partial<CleanViewProps> = {}) {
  const actions = { close: vi.fn(), keepOnSite: vi.fn(() => Promise.resolve()), changeReading: vi.fn(() => Promise.resolve()), print: vi.fn() };
  const exportSettings = { sourceUrl: 'https://harbour.example/pier', theme: 'light' as const, typography: {}, withRemoved: false };
  const utils = render(
    <CleanView article={article} removed={removed} host="harbour.example" keptFingerprints={new Set()} pageUrl="https://harbour.example/keeper" theme="system" typography={{ fontFamily: 'serif', fontSize: 19, lineWidth: 68, lineHeight: 1.6 }} actions={actions} exportSettings={exportSettings} place={null} testId="clean-view" {...patch} />,
  );
  return { ...utils, actions };
}

describe('CleanView', () => {
  it('shows the heading, byline, date, reading time and the article text', () => {
    renderView();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The Quiet Lighthouse Keeper');
    const heading = screen.getByTestId('article-heading').textContent;
    expect(heading).toContain('Harbour Weekly');
    expect(heading).toContain('Ines Marlow');
    expect(heading).toContain('March 14, 2026');
    expect(heading).toContain('3 min read');
    expect(screen.getByTestId('article-content').textContent).toContain('The ledger turned out to matter.');
  });

  it('counts removed copies in a quiet control that opens the list', () => {
    renderView();
    const control = screen.getByTestId('removed-count');
    expect(control.textContent).toBe('3 blocks removed');
    expect(control.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByTestId('removed-panel')).toBeNull();
    fireEvent.click(control);
    expect(control.getAttribute('aria-expanded')).toBe('true');
    const items = screen.getAllByTestId('removed-item');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringContaining('Related list'), expect.stringContaining('2 copies')]);
  });

  it('shows a removed block in place, at its placeholder, and hides it again', async () => {
    renderView();
    fireEvent.click(screen.getByTestId('removed-count'));
    const content = screen.getByTestId('article-content');
    expect(content.textContent).not.toContain('Independent journalism');
    const button = screen.getAllByTestId('removed-show-in-place')[0]!;
    fireEvent.click(button);
    // Placeholders are filled once the whole article is in, which may be a later task (the import
    // yields after 8 ms of work, which a busy machine can spend on the first slice).
    const placeholder = content.querySelector('[data-qr-removed="r2"]')!;
    await waitFor(() => expect(placeholder.textContent).toBe('Independent journalism needs your support.'));
    // In place: between the two paragraphs it stood between.
    expect(content.textContent).toMatch(/climbed the steps\.Independent journalism needs your support\.The ledger/);
    fireEvent.click(button);
    await waitFor(() => expect(placeholder.childNodes.length).toBe(0));
  });

  it('shows a block that has no place in the article inside the list', () => {
    renderView();
    fireEvent.click(screen.getByTestId('removed-count'));
    fireEvent.click(screen.getByTestId('removed-show-here'));
    expect(screen.getByTestId('removed-html').textContent).toBe('Related stories');
  });

  it('asks the shell to keep a block on this site, and shows it', async () => {
    const { actions } = renderView();
    fireEvent.click(screen.getByTestId('removed-count'));
    fireEvent.click(screen.getAllByTestId('removed-keep-on-site')[1]!);
    await waitFor(() => expect(actions.keepOnSite).toHaveBeenCalledWith(removed[1]));
    await waitFor(() => expect(screen.getByTestId('article-content').textContent).toContain('Independent journalism needs your support.'));
  });

  it('marks blocks the site already keeps', () => {
    renderView({ keptFingerprints: new Set(['fp-appeal']) });
    fireEvent.click(screen.getByTestId('removed-count'));
    const keep = screen.getAllByTestId('removed-keep-on-site')[1] as HTMLButtonElement;
    expect(keep.disabled).toBe(true);
    expect(keep.textContent).toBe('Kept on this site');
  });

  it('has no removed control when nothing was removed, and closes through the shell', () => {
    const { actions } = renderView({ removed: [] });
    expect(screen.queryByTestId('removed-count')).toBeNull();
    fireEvent.click(screen.getByTestId('view-close'));
    expect(actions.close).toHaveBeenCalledOnce();
  });

  it('lists never-visible elements as one quiet line, not as entries, and does not count them as removed blocks', () => {
    renderView({ removed: [...removed, removal({ id: 'r9', kind: 'hidden', rule: 'hidden-elements', quiet: true, copies: 35, preview: '', html: '', fingerprint: 'fp-h' })] });
    const control = screen.getByTestId('removed-count');
    expect(control.textContent).toBe('3 blocks removed');
    fireEvent.click(control);
    expect(screen.getAllByTestId('removed-item')).toHaveLength(2);
    expect(screen.getByTestId('removed-never-visible').textContent).toContain('35 elements the page kept hidden');
  });

  it('links back to the original page', () => {
    renderView();
    const link = screen.getByTestId('original-link');
    expect(link.getAttribute('href')).toBe('https://harbour.example/keeper');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('opens the reading panel from "Aa", sends each change, and closes it with Esc, focus back on "Aa"', async () => {
    const { actions } = renderView();
    const toggle = screen.getByTestId('reading-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(screen.getByTestId('reading-size-more'));
    expect(actions.changeReading).toHaveBeenLastCalledWith({ typography: { fontSize: 20 } });
    fireEvent.click(screen.getByTestId('reading-font-sans'));
    expect(actions.changeReading).toHaveBeenLastCalledWith({ typography: { fontFamily: 'sans' } });
    fireEvent.click(screen.getByTestId('reading-theme-dark'));
    expect(actions.changeReading).toHaveBeenLastCalledWith({ theme: 'dark' });
    fireEvent.input(screen.getByTestId('reading-spacing'), { target: { value: '1.8' } });
    expect(actions.changeReading).toHaveBeenLastCalledWith({ typography: { lineHeight: 1.8 } });
    fireEvent.keyDown(screen.getByTestId('reading-width'), { key: 'Escape' });
    expect(screen.queryByTestId('reading-panel')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(toggle));
    expect(actions.close).not.toHaveBeenCalled();
  });

  it('says so in the panel when a reading change could not be saved', async () => {
    const { actions } = renderView();
    actions.changeReading.mockRejectedValueOnce(new Error('This change could not be saved, so it applies to this view only.'));
    fireEvent.click(screen.getByTestId('reading-toggle'));
    fireEvent.click(screen.getByTestId('reading-size-less'));
    await waitFor(() => expect(screen.getByTestId('reading-save-problem').textContent).toContain('could not be saved'));
  });
});

describe('ViewMessage', () => {
  it.each([
    ['not-article', 'Nothing to clean here'],
    ['too-large', 'This page is too large to clean'],
    ['restricted', 'This page cannot be cleaned'],
    ['script-error', 'The clean view could not be built'],
  ] as const)('gives %s a calm title, the reason and a way back', (code, title) => {
    const onClose = vi.fn();
    render(<ViewMessage problem={{ code, message: 'The reason, in one sentence.' }} onClose={onClose} testId="view-message" />);
    const message = screen.getByTestId('view-message');
    expect(message.getAttribute('role')).toBe('alert');
    expect(screen.getByRole('heading').textContent).toBe(title);
    expect(message.textContent).toContain('The reason, in one sentence.');
    fireEvent.click(screen.getByTestId('view-message-close'));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
