import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { isCollapsedPanel } from '../../core/collapsed-panels';
import type { CleanOptions } from '../../core/types';
import { READABILITY_ALONE, cleanRecoveryPage, readRecoveryFixture } from './helpers/recovery-pages';

/**
 * A step-by-step guide told in an accordion: the first step open, the next two closed (one with
 * `hidden`, one with an inline `display:none`), each opened by the button in its heading. The same
 * page hides a menu (opened by a toggle that is no heading) and a newsletter dialog.
 */
const GUIDE = readRecoveryFixture('accordion-guide.html');
const CLOSED_STEPS = ['An engineer checks the roof', 'Your installer files the building'];

function clean(html: string, options: CleanOptions = {}) {
  return cleanRecoveryPage(html, 'https://energy.example/solar-installation', options);
}

function documentOf(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('collapsed accordion panels (recall recovery opens them)', () => {
  test('the fixture is a page Readability alone loses the closed steps of', () => {
    const text = clean(GUIDE, READABILITY_ALONE).article.textContent;
    expect(text).toContain('Gather twelve months');
    for (const step of CLOSED_STEPS) expect(text).not.toContain(step);
  });

  test('the closed steps are shown open, in page order, and not listed as removed', () => {
    const result = clean(GUIDE);
    const text = result.article.textContent;
    const at = (snippet: string) => text.indexOf(snippet);
    expect(at('Gather twelve months')).toBeGreaterThan(-1);
    expect(at(CLOSED_STEPS[0]!)).toBeGreaterThan(at('Gather twelve months'));
    expect(at(CLOSED_STEPS[1]!)).toBeGreaterThan(at(CLOSED_STEPS[0]!));
    expect(at('Once the system passes')).toBeGreaterThan(at(CLOSED_STEPS[1]!));
    expect(result.removed.map((removal) => removal.preview).join(' ')).not.toContain('An engineer checks');
  });

  test('isCollapsedPanel asks for a hidden element, prose, and a heading that controls it', () => {
    const doc = documentOf(GUIDE);
    const byId = (id: string) => doc.getElementById(id)!;
    expect(isCollapsedPanel(byId('step-2'))).toBe(true);
    expect(isCollapsedPanel(byId('step-3'))).toBe(true);
    // Open already: nothing to open.
    expect(isCollapsedPanel(byId('step-1'))).toBe(false);
    // Opened by a toggle that is no heading.
    expect(isCollapsedPanel(byId('site-menu'))).toBe(false);
    // A dialog, even one a heading's button opens.
    expect(isCollapsedPanel(byId('newsletter'))).toBe(false);
    // No control names it.
    const orphan = documentOf(GUIDE.replace('aria-controls="step-2"', 'aria-controls="elsewhere"'));
    expect(isCollapsedPanel(orphan.getElementById('step-2')!)).toBe(false);
    // A short label is no prose.
    const short = documentOf(GUIDE.replace(/<p>An engineer[^<]*<\/p>/, '<p>Site visit.</p>'));
    expect(isCollapsedPanel(short.getElementById('step-2')!)).toBe(false);
  });
});
