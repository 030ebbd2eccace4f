// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import type { PopupActions, PopupScreen, PopupState } from '../../components/popup/popup-store';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';
import { ARTICLE, REMOVED } from './popup-fixtures';

afterEach(cleanup);

function fakeActions(): PopupActions {
  return {
    load: vi.fn(async () => {}),
    refreshPreview: vi.fn(async () => {}),
    toggleView: vi.fn(async () => {}),
    setTheme: vi.fn(async () => {}),
    setFontSize: vi.fn(async () => {}),
    setKindEnabled: vi.fn(async () => {}),
    setAutoClean: vi.fn(async () => {}),
    openOptions: vi.fn(),
    dismissNotice: vi.fn(),
    preferencesChanged: vi.fn(),
  };
}

function stateWith(screenState: PopupScreen, extra: Partial<PopupState> = {}): PopupState {
  return {
    screen: screenState,
    tab: { id: 3, url: 'https://news.example.org/story' },
    site: { host: 'news.example.org', origin: 'https://news.example.org' },
    preferences: structuredClone(DEFAULT_PREFERENCES),
    viewActive: false,
    viewBusy: false,
    refreshing: false,
    autoClean: false,
    autoCleanBusy: false,
    notice: null,
    ...extra,
  };
}

const articleScreen: PopupScreen = { kind: 'article', article: ARTICLE, removed: REMOVED };

describe('PopupApp with an article', () => {
  test('shows site, reading time, title, byline and the sanitised content in a focusable pane', () => {
    render(<PopupApp state={stateWith(articleScreen)} actions={fakeActions()} />);
    expect(screen.getByTestId('article-meta').textContent).toBe('Harbour Times · 4 min read');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The Quiet Lighthouse Keeper');
    expect(screen.getByTestId('article-byline').textContent).toBe('By Ada North');
    const pane = screen.getByRole('region', { name: 'Article: The Quiet Lighthouse Keeper' });
    expect(pane.textContent).toContain('The lamp was lit at dusk.');
    expect(pane.getAttribute('tabindex')).toBe('0');
  });

  test('summarises what was removed and expands to each block with its reason', () => {
    render(<PopupApp state={stateWith(articleScreen)} actions={fakeActions()} />);
    expect(screen.getByTestId('removal-summary-text').textContent).toBe('2 donation appeals, 1 newsletter or subscription promo, and 1 related list');
    const items = screen.getAllByTestId('removal-item');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('Reason for r2');
    expect(items[0]!.textContent).toContain('(2 copies)');
  });

  test('the clean-view switch is a labelled switch that calls toggleView', () => {
    const actions = fakeActions();
    render(<PopupApp state={stateWith(articleScreen)} actions={actions} />);
    const toggle = screen.getByRole('switch', { name: /Clean view/ });
    fireEvent.click(toggle);
    expect(actions.toggleView).toHaveBeenCalledOnce();
  });

  test('quick settings: theme, text size and clutter kinds call their actions', () => {
    const actions = fakeActions();
    render(<PopupApp state={stateWith(articleScreen)} actions={actions} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(actions.setTheme).toHaveBeenCalledWith('dark');
    fireEvent.click(screen.getByRole('button', { name: 'Larger text' }));
    expect(actions.setFontSize).toHaveBeenCalledWith(DEFAULT_PREFERENCES.typography.fontSize + 1);
    fireEvent.click(screen.getByRole('checkbox', { name: /“We recommend”/ }));
    expect(actions.setKindEnabled).toHaveBeenCalledWith('related', false);
  });

  test('the theme is applied to the popup', () => {
    render(<PopupApp state={stateWith(articleScreen, { preferences: { ...DEFAULT_PREFERENCES, theme: 'dark' } })} actions={fakeActions()} />);
    expect(screen.getByTestId('popup').getAttribute('data-theme')).toBe('dark');
  });

  test('“Always clean this site” names the site and passes the new value', () => {
    const actions = fakeActions();
    render(<PopupApp state={stateWith(articleScreen)} actions={actions} />);
    const toggle = screen.getByRole('switch', { name: /Always clean this site/ });
    expect(within(screen.getByTestId('popup-footer')).getByText('news.example.org')).toBeTruthy();
    fireEvent.click(toggle);
    expect(actions.setAutoClean).toHaveBeenCalledWith(true);
  });

  test('a notice is an alert that can be dismissed', () => {
    const actions = fakeActions();
    render(<PopupApp state={stateWith(articleScreen, { notice: 'Could not save.' })} actions={actions} />);
    expect(screen.getByRole('alert').textContent).toContain('Could not save.');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(actions.dismissNotice).toHaveBeenCalled();
  });
});

describe('PopupApp state screens', () => {
  test.each<[PopupScreen, string, RegExp]>([
    [{ kind: 'loading' }, 'state-loading', /Reading the page/],
    [{ kind: 'restricted' }, 'state-restricted', /can't read this page/],
    [{ kind: 'not-article', message: 'No article found.' }, 'state-not-article', /doesn't look like an article/],
    [{ kind: 'too-large', message: 'Over 60 000 elements.' }, 'state-too-large', /too large/],
    [{ kind: 'error', title: 'The page could not be read', message: 'Boom.', hint: 'Reload the page.', fixInSettings: false }, 'state-error', /Reload the page/],
  ])('%o has its designed screen', (screenState, testId, text) => {
    render(<PopupApp state={stateWith(screenState)} actions={fakeActions()} />);
    expect(screen.getByTestId(testId).textContent).toMatch(text);
    expect(screen.queryByTestId('quick-settings')).toBeNull();
  });

  test('an error offers to try again, and to open the settings when a rule is at fault', () => {
    const actions = fakeActions();
    render(<PopupApp state={stateWith({ kind: 'error', title: 'One of your rules is not valid', message: 'x', hint: 'y', fixInSettings: true })} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(actions.load).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(actions.openOptions).toHaveBeenCalled();
  });

  test('a restricted page offers no site toggle', () => {
    render(<PopupApp state={stateWith({ kind: 'restricted' })} actions={fakeActions()} />);
    expect(screen.queryByRole('switch', { name: /Always clean/ })).toBeNull();
    expect(screen.getByRole('button', { name: /All settings/ })).toBeTruthy();
  });
});
