import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { isComponentNamespace } from '../../core/component-namespace';
import promoContainers from '../../core/rules/promo-containers';
import type { RuleContext } from '../../core/rules/rule';

/**
 * `cmp` marks a consent manager's dialog, but Adobe Experience Manager names every component
 * `cmp-…` ("component"). A story built of AEM text components holds its prose in many boxes, none
 * with a quarter of the page's prose, so without the namespace test each box is removed as a nag.
 */
const PARAGRAPH = (topic: string) => `<p>The history of ${topic} is a long one, crossing cultures and continents over many centuries of trade, conquest and habit.</p>`;
const AEM_PAGE = `<div class="cmp-container"><div class="cmp-title"><h2>Where it began</h2></div>
  ${['coffee', 'tea', 'cocoa', 'sugar', 'spice'].map((topic) => `<div class="cmp-text">${PARAGRAPH(topic)}</div>`).join('')}
  <div class="cmp-image"><img src="a.jpg" alt=""></div></div>`;
const CONSENT_DIALOG = `<div class="cmp-banner"><p class="cmp-banner__text">We and our partners use cookies to personalise content.</p><button class="cmp-banner__button">Accept all</button></div>`;

function removedClasses(body: string): string[] {
  const { document } = new JSDOM(`<html><body>${body}</body></html>`).window;
  return promoContainers.collect(document.body, { doc: document } as RuleContext).map((candidate) => candidate.element.className);
}

describe('promo-containers and the cmp- component namespace', () => {
  test("an AEM page's cmp-text boxes are the story and stay", () => {
    expect(removedClasses(AEM_PAGE)).toEqual([]);
  });

  test('a consent dialog marked cmp is still removed, alone or beside a story', () => {
    expect(removedClasses(CONSENT_DIALOG + ['salt', 'pepper', 'rice'].map(PARAGRAPH).join(''))).toEqual(['cmp-banner']);
  });

  test('three different components make a namespace; one component with its BEM parts does not', () => {
    const page = (body: string) => new JSDOM(`<body>${body}</body>`).window.document.body;
    expect(isComponentNamespace(page(AEM_PAGE), 'cmp')).toBe(true);
    expect(isComponentNamespace(page(CONSENT_DIALOG), 'cmp')).toBe(false);
    expect(isComponentNamespace(page('<div class="cmp-text--large"></div><div class="cmp-text__body"></div><div class="cmp-banner"></div>'), 'cmp')).toBe(false);
  });
});
