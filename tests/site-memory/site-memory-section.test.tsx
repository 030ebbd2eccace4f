// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SiteMemorySection } from '../../components/options/SiteMemorySection';
import { SITE_MEMORY_LIMITS } from '../../core/site-memory/model';
import { createSiteMemoryPanel, type SiteMemoryBackend } from '../../components/options/site-memory-panel';
import type { SiteMemoryStatus } from '../../utils/site-memory-store';

afterEach(cleanup);

const STATUS: SiteMemoryStatus = {
  sites: 2,
  blocks: 13,
  bytes: 2413,
  limits: SITE_MEMORY_LIMITS,
  list: [
    { site: 'millbrook-ledger.example', blocks: 12, removable: 4 },
    { site: 'lantern.example', blocks: 1, removable: 0 },
  ],
};

describe('SiteMemorySection', () => {
  test('lists each site with its counts, the storage used and the caps', () => {
    render(<SiteMemorySection status={STATUS} enabled notice={null} error={null} onForgetSite={() => {}} onForgetAll={() => {}} />);
    expect(screen.getByTestId('site-memory-usage').textContent).toBe('Remembers 2 sites in 2.4 kB; at most 100 sites of 120 blocks each.');
    const rows = within(screen.getByTestId('site-memory-sites')).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual(['millbrook-ledger.example · 12 blocks, 4 removed on every articleForget', 'lantern.example · 1 block, 0 removed on every articleForget']);
  });

  test('"Forget" names its site, "Forget everything" forgets all', () => {
    const onForgetSite = vi.fn();
    const onForgetAll = vi.fn();
    render(<SiteMemorySection status={STATUS} enabled notice={null} error={null} onForgetSite={onForgetSite} onForgetAll={onForgetAll} />);
    fireEvent.click(screen.getByRole('button', { name: 'Forget lantern.example' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    expect(onForgetSite).toHaveBeenCalledWith('lantern.example');
    expect(onForgetAll).toHaveBeenCalledTimes(1);
  });

  test('empty, and switched off', () => {
    render(<SiteMemorySection status={{ ...STATUS, sites: 0, blocks: 0, bytes: 31, list: [] }} enabled={false} notice={null} error={null} onForgetSite={() => {}} onForgetAll={() => {}} />);
    expect(screen.getByText('Nothing remembered yet.')).toBeTruthy();
    expect(screen.getByTestId('site-memory-usage').textContent).toMatch(/^Switched off: nothing is learned or removed\. Remembers 0 sites in 31 bytes/);
    // Still available: it also forgets where you stopped in each article.
    expect(screen.getByTestId<HTMLButtonElement>('forget-all').disabled).toBe(false);
  });
});

describe('site-memory panel store', () => {
  function backend(overrides: Partial<SiteMemoryBackend> = {}): SiteMemoryBackend {
    return { status: vi.fn(() => Promise.resolve(STATUS)), forget: vi.fn(() => Promise.resolve({ forgotten: true })), ...overrides };
  }

  test('forgetting a site tells the background, says so and reloads the list', async () => {
    const fake = backend();
    const panel = createSiteMemoryPanel(fake);
    await panel.actions.load();
    await panel.actions.forgetSite('lantern.example');
    expect(fake.forget).toHaveBeenCalledWith('lantern.example');
    expect(fake.status).toHaveBeenCalledTimes(2);
    expect(panel.store.get()).toMatchObject({ notice: 'Forgot lantern.example.', error: null });
    await panel.actions.forgetAll();
    expect(fake.forget).toHaveBeenLastCalledWith(null);
    expect(panel.store.get().notice).toBe('Forgot every site.');
  });

  test('a failure is a readable message, not a crash', async () => {
    const panel = createSiteMemoryPanel(backend({ status: async () => Promise.reject(new Error('no background')), forget: async () => Promise.reject(new Error('storage full')) }));
    await panel.actions.load();
    expect(panel.store.get().error).toBe('The site memory could not be read: no background');
    await panel.actions.forgetAll();
    expect(panel.store.get()).toMatchObject({ notice: null, error: 'Nothing was forgotten: storage full' });
  });
});
