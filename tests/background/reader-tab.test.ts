import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureReader, toggleViewInTab, viewStateOf } from '../../entrypoints/background/reader-tab';

/*
 * The background's injection path. fakeBrowser has tabs but no `scripting`, so executeScript is a
 * spy; no content script answers messages here, so every tab starts "not injected". Nor has it
 * `offscreen`: the cleaning context each injection opens ahead is left out.
 */
vi.mock('../../entrypoints/background/page-cleaner', () => ({ prepareCleaningContext: () => Promise.resolve() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('ensureReader', () => {
  it('injects the reader script into the tab when it is not there yet', async () => {
    const tabId = await openTab('https://news.example.org/story');
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await ensureReader(tabId)).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/reader.js'] });
  });

  it('does not try to inject into a browser page, and says why', async () => {
    const tabId = await openTab('chrome://settings/');
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    expect(await ensureReader(tabId)).toMatchObject({ ok: false, problem: { code: 'restricted' } });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('turns an injection failure into a reason (no activeTab yet)', async () => {
    const tabId = await openTab('https://news.example.org/story');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const result = await ensureReader(tabId);
    expect(result).toMatchObject({ ok: false, problem: { code: 'restricted', message: expect.stringContaining('toolbar button') as unknown } });
  });
});

describe('toggleViewInTab / viewStateOf', () => {
  it('reports the problem instead of throwing when the page cannot be scripted', async () => {
    const tabId = await openTab('https://chromewebstore.google.com/detail/x');
    expect(await toggleViewInTab(tabId)).toMatchObject({ status: 'unavailable', problem: { code: 'restricted' } });
  });

  it('treats a tab without the reader as closed, without injecting', async () => {
    const tabId = await openTab('https://news.example.org/story');
    const executeScript = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    expect(await viewStateOf(tabId)).toEqual({ status: 'closed' });
    expect(executeScript).not.toHaveBeenCalled();
  });
});
