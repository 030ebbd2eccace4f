import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchDemoBrowser, unpackedExtensionId, type DemoBrowser } from '../../scripts/start/demo-browser';
import { extensionBuildDir, findChromium } from './helpers/launch';

// The browser `npm start` opens (scripts/start/demo-browser.ts), on the shipped build.
describe('npm start’s Chromium', () => {
  let demo: DemoBrowser | undefined;
  let worker: Worker;
  beforeAll(async () => {
    const executable = findChromium();
    if (!executable) throw new Error('Chromium not found: install it with `apt-get install -y chromium`.');
    demo = await launchDemoBrowser({ executable, extensionDir: extensionBuildDir('prod'), headless: true });
    worker = demo.context.serviceWorkers()[0] ?? (await demo.context.waitForEvent('serviceworker', { timeout: 60_000 }));
  });
  afterAll(async () => demo?.close());

  it('knows the id Chromium gives the unpacked extension', () => {
    expect(new URL(worker.url()).host).toBe(unpackedExtensionId(extensionBuildDir('prod')));
  });

  it('has the Quiet Reader button pinned to the toolbar', async () => {
    const settings = await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getUserSettings(): Promise<{ isOnToolbar: boolean }> } } }).chrome.action.getUserSettings());
    expect(settings.isOnToolbar).toBe(true);
  });
});
