import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { snapshotProse } from '../../core/recover-lost-text';
import { restoreSiblingSections } from '../../core/restore-sibling-sections';
import type { CleanOptions } from '../../core/types';
import { READABILITY_ALONE, cleanRecoveryPage, readRecoveryFixture } from './helpers/recovery-pages';

/**
 * A walk in four stops, each stop a `<section class="stop">` with a picture, a meta line and its
 * text several levels down: Readability alone keeps the longest stop and drops the other three.
 */
const SERIES = readRecoveryFixture('section-series-article.html');
const LATER_STOPS = ['From the lighthouse gallery', 'The island has no cars', 'Services are held on the first Sunday'];

function clean(html: string, options: CleanOptions = {}): string {
  return cleanRecoveryPage(html, 'https://walks.example/harbour-walk', options).article.textContent;
}

describe('restoreSiblingSections (recall recovery: a story told as a series of like sections)', () => {
  test('the fixture is a page Readability alone cuts short', () => {
    const text = clean(SERIES, READABILITY_ALONE);
    expect(text).toContain('The first stop on the tour is the old harbour');
    for (const stop of LATER_STOPS) expect(text).not.toContain(stop);
  });

  test('puts back the other stops’ paragraphs and headings, in page order', () => {
    const text = clean(SERIES);
    const at = (snippet: string) => text.indexOf(snippet);
    for (const snippet of ['The lighthouse', ...LATER_STOPS, 'The chapel Services']) expect(at(snippet), snippet).toBeGreaterThan(-1);
    expect(at('usually by noon')).toBeLessThan(at('The lighthouse From'));
    expect(at('From the lighthouse gallery')).toBeLessThan(at('The island has no cars'));
    expect(at('The island has no cars')).toBeLessThan(at('Services are held'));
    expect(text.match(/From the lighthouse gallery/g)).toHaveLength(1);
    expect(text).not.toContain('Registered charity number');
  });

  test('a series whose sections carry their own headline is a feed of stories, not parts of one', () => {
    const feed = SERIES.replace(/<h2>/g, '<h1>').replace(/<\/h2>/g, '</h1>');
    const text = clean(feed);
    for (const stop of LATER_STOPS) expect(text).not.toContain(stop);
  });

  test('a series whose kept part carries the page’s headline is a feed, even after Readability turned that <h1> into an <h2>', () => {
    const headlineInFirst = SERIES.replace('<h1>Four stops on the harbour walk</h1>', '').replace('<div class="stop-copy"><h2>The harbour</h2>', '<div class="stop-copy"><h1>Four stops on the harbour walk</h1><h2>The harbour</h2>');
    expect(clean(headlineInFirst, READABILITY_ALONE)).not.toContain(LATER_STOPS[0]);
    const text = clean(headlineInFirst);
    for (const stop of LATER_STOPS) expect(text).not.toContain(stop);
  });

  test('link-heavy sibling sections are teaser cards, not parts of the story', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<li><a href="/walks/${i}">Another walk along the coast path, number ${i + 1} in the guide</a></li>`).join('');
    const teasers = SERIES.replace(/<div class="stop-copy">(?=<h2>The (?:lighthouse|island|chapel))/g, `<div class="stop-copy"><ul>${links}</ul>`);
    expect(clean(teasers, READABILITY_ALONE)).not.toContain(LATER_STOPS[0]);
    const text = clean(teasers);
    for (const stop of LATER_STOPS) expect(text).not.toContain(stop);
  });

  test('sections of another kind (no class in common) stay out', () => {
    const unlike = SERIES.replace(/<section class="stop" id="stop-([234])">/g, '<section class="card" id="card-$1">');
    const text = clean(unlike);
    for (const stop of LATER_STOPS) expect(text).not.toContain(stop);
  });

  test('switched off with the recover step', () => {
    const text = clean(SERIES, { steps: { recover: false } });
    for (const stop of LATER_STOPS) expect(text).not.toContain(stop);
  });

  test('a page builder’s parts, each seven wrappers above its paragraphs, come back too', () => {
    // Row, column, cell and module wrappers: the climb from the kept paragraphs reaches the
    // series only at the module, seven levels up.
    const part = (n: number) => `<div class="module" id="module-${n}"><div class="row-wrapper"><div class="row"><div class="cell"><div class="cell-inner"><div class="module-inner"><div class="rich-text"><h2>Tip ${n}: keep a budget</h2><p>Tip number ${n} is to write down what comes in and what goes out each month, so that savings are planned rather than left over.</p><p>Most people who follow tip ${n} for a year find money they did not know they were spending, on subscriptions above all.</p></div></div></div></div></div></div></div>`;
    const { document } = new JSDOM(`<body><main><div class="modules">${[1, 2, 3, 4].map(part).join('')}</div></main></body>`).window;
    const snapshot = snapshotProse(document.body);
    const inArticle = new Map(snapshot.paragraphs.filter((p) => /number 2 |tip 2 /.test(p.text)).map((p) => [p, p.element] as const));
    const restored = restoreSiblingSections(snapshot, inArticle, document.createElement('div')).map((el) => el.textContent ?? '');
    for (const n of [1, 3, 4]) expect(restored.some((text) => text.startsWith(`Tip number ${n} is`)), `tip ${n}`).toBe(true);
  });

  test('when Readability kept parts of two sections, their shared wrapper is the series: the other sections come back', () => {
    const part = (n: number) => `<div class="option" id="option-${n}"><div class="option-label">Option ${n}</div><h2>Way number ${n} to pay for the car</h2><div class="option-text"><p>Way number ${n} spreads the cost of the car over several years, with a deposit at the start and a fixed payment each month.</p><p>It suits a driver who keeps a car for a long time; the total cost depends on the rate and on the deposit paid for way ${n}.</p></div></div>`;
    const { document } = new JSDOM(`<body><main><div class="options">${[1, 2, 3, 4, 5].map(part).join('')}</div></main></body>`).window;
    const snapshot = snapshotProse(document.body);
    // Readability's pick held the paragraphs of options 2 and 3: their wrapper is the container.
    const inArticle = new Map(snapshot.paragraphs.filter((p) => /number [23] /.test(p.text)).map((p) => [p, p.element] as const));
    const restored = restoreSiblingSections(snapshot, inArticle, document.createElement('div')).map((el) => el.textContent ?? '');
    for (const n of [1, 4, 5]) expect(restored.some((text) => text.startsWith(`Way number ${n} spreads`)), `option ${n}`).toBe(true);
    expect(restored).toContain('Way number 4 to pay for the car');
    expect(restored.some((text) => /number [23] /.test(text))).toBe(false);
  });
});
