import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './helpers/corpus';
import type { ExtensionSession } from './helpers/launch';

/**
 * Page objects for the popup and the settings page opened as tabs (STYLE.md §7: one per surface),
 * plus the accessibility check both use. The popup as a tab reads `?tabId=N` instead of the active tab.
 */

export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

export async function openPopupFor(ext: ExtensionSession, tabId: number, size = { width: 400, height: 640 }): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export async function openOptions(ext: ExtensionSession): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.locator('[data-testid=options][data-status=ready]').waitFor();
  return page;
}

/** How the popup's article screen is laid out: what overflows, and how much article text shows. */
export function popupLayout(popup: Page) {
  return popup.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const content = document.querySelector('[data-testid=article-content]')!;
    const card = rect('.popup-article__card');
    const text = content.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      switchRight: rect('[data-testid=view-toggle]').right,
      footerBottom: rect('[data-testid=popup-footer]').bottom,
      // The article text the card leaves visible, in lines of its own size.
      visibleLines: (Math.min(card.bottom, text.bottom) - Math.max(card.top, text.top)) / Number.parseFloat(getComputedStyle(content).lineHeight),
      contentScrolls: content.scrollHeight > content.clientHeight && getComputedStyle(content).overflowY === 'auto',
    };
  });
}

/** Waits until the popup left its loading screen and answers which screen it shows. */
export async function popupScreen(popup: Page): Promise<string> {
  const root = popup.locator('[data-testid=popup]:not([data-screen=loading])');
  await root.waitFor();
  return (await root.getAttribute('data-screen')) ?? '';
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Any page that evaluates a script given as text: Playwright's (Chromium) or puppeteer's (Firefox). */
interface ScriptablePage {
  evaluate(script: string): Promise<unknown>;
}

/**
 * Runs axe-core in the page and fails on serious or critical violations, naming each.
 * The script goes in through DevTools (or BiDi) evaluation: extension pages' CSP forbids inline script tags.
 */
export async function expectNoSeriousA11yViolations(page: ScriptablePage): Promise<void> {
  await page.evaluate(fs.readFileSync(axePath, 'utf8'));
  const violations = (await page.evaluate(`(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  })()`)) as AxeViolation[];
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
}
