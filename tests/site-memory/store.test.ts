import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fingerprintText } from '../../core/text/fingerprint';
import type { ArticleBlock } from '../../core/types';
import { forgetAllSiteMemory, forgetSiteMemory, getSiteMemoryEntry, getSiteMemoryStatus, learnSiteMemory } from '../../utils/site-memory-store';

const rawLocal = async (key: string) => (await fakeBrowser.storage.local.get(key))[key] as { sites: Record<string, unknown> };
const rawSync = async (): Promise<Record<string, unknown>> => fakeBrowser.storage.sync.get(null);
const blocks = (...texts: string[]): ArticleBlock[] => texts.map((text) => ({ fingerprint: fingerprintText(text), length: text.length }));
const PROMO = 'The Thursday Lantern walks the week to your door.';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

test('learning is stored locally, never in sync storage, as hashes', async () => {
  await learnSiteMemory('https://www.lantern.example/a', blocks(PROMO, 'A paragraph of the first story.'));
  const stored = await rawLocal('siteMemory');
  expect(Object.keys(stored.sites)).toEqual(['lantern.example']);
  expect(JSON.stringify(stored)).not.toContain('Lantern walks');
  expect(await rawSync()).toEqual({});
});

test('the entry for a page of the site counts the other articles', async () => {
  await learnSiteMemory('https://www.lantern.example/a', blocks(PROMO));
  await learnSiteMemory('https://news.lantern.example/b', blocks(PROMO));
  const entry = await getSiteMemoryEntry('https://lantern.example/c');
  expect(entry?.blocks[fingerprintText(PROMO)]?.articles).toHaveLength(2);
  expect(await getSiteMemoryEntry('https://other.example/c')).toBeNull();
  expect(await getSiteMemoryEntry('file:///tmp/a.html')).toBeNull();
});

test('two tabs learning at once both count', async () => {
  await Promise.all([learnSiteMemory('https://lantern.example/a', blocks(PROMO)), learnSiteMemory('https://lantern.example/b', blocks(PROMO))]);
  expect((await getSiteMemoryEntry('https://lantern.example/c'))?.blocks[fingerprintText(PROMO)]?.articles).toHaveLength(2);
});

test('forget this site, then forget everything', async () => {
  await learnSiteMemory('https://lantern.example/a', blocks(PROMO));
  await learnSiteMemory('https://other.example/a', blocks(PROMO));
  await learnSiteMemory('https://lantern.example/b', blocks(PROMO));
  await learnSiteMemory('https://lantern.example/c', blocks(PROMO, 'Only here.'));
  expect((await getSiteMemoryStatus()).list).toEqual([
    { site: 'lantern.example', blocks: 2, removable: 1 },
    { site: 'other.example', blocks: 1, removable: 0 },
  ]);
  expect(await forgetSiteMemory('https://www.lantern.example/any')).toBe(true);
  expect(await forgetSiteMemory('lantern.example')).toBe(false);
  expect((await getSiteMemoryStatus()).sites).toBe(1);
  await forgetAllSiteMemory();
  expect(await getSiteMemoryStatus()).toMatchObject({ sites: 0, blocks: 0 });
});

test('a corrupt stored part is dropped with a warning, the rest is read', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await learnSiteMemory('https://lantern.example/a', blocks(PROMO));
  const stored = await rawLocal('siteMemory');
  stored.sites['broken.example'] = { used: 'never', blocks: {} };
  await fakeBrowser.storage.local.set({ siteMemory: stored });
  const status = await getSiteMemoryStatus();
  expect(status.sites).toBe(1);
  expect(warn).toHaveBeenCalledWith('[quiet-reader] local:siteMemory: site “broken.example” needs “used” (a whole number) and “blocks” (an object); dropped');
});
