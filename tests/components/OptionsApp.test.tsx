// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { useStoreState } from '../../components/shared/use-store-state';
import { createOptionsStore, type OptionsBackend, type OptionsStore } from '../../components/options/options-store';
import { DEFAULT_PREFERENCES, type SiteRules } from '../../utils/settings/defaults';

afterEach(cleanup);

function backend(siteRules: SiteRules = {}): OptionsBackend {
  return {
    loadPreferences: vi.fn(() => Promise.resolve(structuredClone(DEFAULT_PREFERENCES))),
    savePreferences: vi.fn(() => Promise.resolve({ area: 'sync' as const, bytes: 300, quota: 8192 })),
    storageStatus: vi.fn(() => Promise.resolve({ area: 'local' as const, bytes: 9300, quota: 8192 })),
    loadSiteRules: vi.fn(() => Promise.resolve(siteRules)),
    saveSiteRule: vi.fn(async () => {}),
    replaceSiteRules: vi.fn(async () => {}),
    resetAll: vi.fn(async () => {}),
    requestSiteAccess: vi.fn(() => Promise.resolve(true)),
    hasSiteAccess: vi.fn(() => Promise.resolve(true)),
    setAutoClean: vi.fn(async () => {}),
    download: vi.fn(),
  };
}

function Connected({ options }: { options: OptionsStore }) {
  return <OptionsApp state={useStoreState(options.store)} actions={options.actions} />;
}

async function renderOptions(siteRules: SiteRules = {}) {
  const options = createOptionsStore(backend(siteRules), document.createDocumentFragment());
  render(<Connected options={options} />);
  await options.actions.load();
  await screen.findByTestId('section-kinds');
  return options;
}

describe('OptionsApp', () => {
  test('says where the settings are stored when they outgrow sync', async () => {
    await renderOptions();
    expect(screen.getByTestId('save-status').textContent).toBe('Changes are saved on this device only: your settings (9.1 kB) are larger than browser sync allows (8.0 kB).');
  });

  test('every clutter kind is a labelled switch', async () => {
    const options = await renderOptions();
    fireEvent.click(screen.getByRole('switch', { name: 'Donation and membership appeals' }));
    await waitFor(() => expect(options.store.get().preferences.kindsOff).toEqual(['appeal']));
  });

  test('several selectors at once: valid ones are added, each invalid one keeps its own error', async () => {
    const options = await renderOptions();
    const input = screen.getByLabelText('Add selectors');
    fireEvent.input(input, { target: { value: '.promo\n#1abc\n.share-bar\na:::b' } });
    fireEvent.click(screen.getByTestId('selectors-add'));
    const errors = await screen.findByTestId('selectors-errors');
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('“#1abc” is not a valid CSS selector'),
      expect.stringContaining('“a:::b” is not a valid CSS selector'),
    ]);
    expect(options.store.get().preferences.customSelectors).toEqual(['.promo', '.share-bar']);
    expect((input as HTMLTextAreaElement).value).toBe('#1abc\na:::b');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  test('a phrase is added with Enter and removed with its button', async () => {
    const options = await renderOptions();
    const input = screen.getByLabelText('Add phrases');
    fireEvent.input(input, { target: { value: 'Support our journalism' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await screen.findByText('“Support our journalism”');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Support our journalism' }));
    await waitFor(() => expect(options.store.get().preferences.customPhrases).toEqual([]));
    expect(screen.getByTestId('phrases-empty')).toBeTruthy();
  });

  test('the site list is searchable and says when nothing matches', async () => {
    const rule = { autoClean: false, kindsOff: [], selectors: ['.x'], keep: [], updatedAt: 1 };
    await renderOptions({ 'news.example.org': rule, 'blog.example.net': { ...rule, updatedAt: 2 } });
    expect(screen.getAllByTestId('site-row').map((row) => row.querySelector('.options-site__host')!.textContent)).toEqual(['blog.example.net', 'news.example.org']);
    fireEvent.input(screen.getByLabelText('Search sites'), { target: { value: 'news' } });
    expect(screen.getAllByTestId('site-row')).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('Search sites'), { target: { value: 'nothing-here' } });
    expect(screen.getByTestId('sites-no-match').textContent).toContain('No site matches “nothing-here”');
  });

  test('no site rules: an empty state that says how to add one', async () => {
    await renderOptions();
    expect(screen.getByTestId('sites-empty').textContent).toContain('Add a site above');
  });

  test('reset asks for confirmation first', async () => {
    const options = await renderOptions();
    fireEvent.click(screen.getByTestId('reset-start'));
    expect(screen.getByText(/replaces every setting/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('reset-confirm'));
    await screen.findByTestId('reset-done');
    expect(options.store.get().resetDone).toBe(true);
  });

  test('a bad import file shows why and nothing else changes', async () => {
    const options = await renderOptions();
    await options.actions.chooseImportFile({ name: 'x.json', size: 10, text: () => Promise.resolve('{"app":"other"}') });
    expect((await screen.findByTestId('import-error')).textContent).toContain('not a Quiet Reader settings file');
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });
});
