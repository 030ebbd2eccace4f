import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { snapshotProse } from '../../core/recover-lost-text';
import { restoreSiblingSections } from '../../core/restore-sibling-sections';
import { READABILITY_ALONE, cleanRecoveryPage, readRecoveryFixture } from './helpers/recovery-pages';

/**
 * Restored blocks go where they stood on the page. When Readability kept a later part of the
 * story with its heading, what comes back from before that part goes above the heading, not
 * between the heading and its text.
 *
 * The fixture is a walk in four stops (`<section class="stop">`); here the last stop, the chapel,
 * gets the long text, so Readability alone keeps that stop and its heading.
 */
const SERIES = readRecoveryFixture('section-series-article.html');
const stopText = (n: number) => new RegExp(`(<section class="stop" id="stop-${n}">.*?<div class="stop-text">)(.*?)(</div></div></div></section>)`);
const LONG = stopText(1).exec(SERIES)![2]!;
const SHORT = stopText(4).exec(SERIES)![2]!.replace('Services are held on the first Sunday', 'Mass is said on the first Sunday');
const LAST_KEPT = SERIES.replace(stopText(1), `$1${SHORT}$3`).replace(stopText(4), `$1${LONG}$3`);

function text(html: string, options = {}): string {
  return cleanRecoveryPage(html, 'https://walks.example/harbour-walk', options).article.textContent;
}

describe('restored blocks keep their page order around the headings Readability kept', () => {
  test('the fixture is a page Readability alone keeps the last part of', () => {
    const kept = text(LAST_KEPT, READABILITY_ALONE);
    expect(kept).toContain('The chapel');
    expect(kept).not.toContain('From the lighthouse gallery');
  });

  test('paragraphs restored as the lead go above the kept part’s heading', () => {
    const out = text(LAST_KEPT);
    expect(out.indexOf('The island has no cars')).toBeGreaterThan(-1);
    expect(out.indexOf('The island has no cars')).toBeLessThan(out.indexOf('The chapel The first stop'));
  });

  test('the other parts of a series, headings and all, go above the kept part’s heading', () => {
    // Readability moved part 3, heading and text, into its article; parts 1, 2 and 4 come back
    // as a series (restore-sibling-sections.ts).
    const part = (n: number) => `<div class="module" id="module-${n}"><div class="row"><div class="cell"><div class="rich-text"><h2>Tip ${n}: keep a budget</h2><p>Tip number ${n} is to write down what comes in and what goes out each month, so that savings are planned rather than left over.</p><p>Most people who follow tip ${n} for a year find money they did not know they were spending, on subscriptions above all.</p></div></div></div></div>`;
    const { document } = new JSDOM(`<body><main><div class="modules">${[1, 2, 3, 4].map(part).join('')}</div></main></body>`).window;
    const snapshot = snapshotProse(document.body);
    const article = document.createElement('div');
    article.append(...document.querySelector('#module-3 .rich-text')!.children);
    const inArticle = new Map(snapshot.paragraphs.filter((p) => p.element.parentElement === article).map((p) => [p, p.element] as const));
    restoreSiblingSections(snapshot, inArticle, article);
    const order = [...article.children].map((el) => (el.localName === 'h2' ? el.textContent.slice(0, 5) : `p${/\d/.exec(el.textContent)![0]}`));
    expect(order).toEqual(['Tip 1', 'p1', 'p1', 'Tip 2', 'p2', 'p2', 'Tip 3', 'p3', 'p3', 'Tip 4', 'p4', 'p4']);
  });

  test('a heading Readability kept beside the story (an ad box’s title) is no anchor', () => {
    const part = (n: number) => `<div class="module" id="module-${n}"><div class="row"><div class="cell"><div class="rich-text"><h2>Tip ${n}: keep a budget</h2><p>Tip number ${n} is to write down what comes in and what goes out each month, so that savings are planned rather than left over.</p><p>Most people who follow tip ${n} for a year find money they did not know they were spending, on subscriptions above all.</p></div></div></div></div>`;
    const { document } = new JSDOM(`<body><main><div class="box"><h3>Garden tools on sale</h3><a href="/shop">Shop now</a></div><div class="modules">${[1, 2, 3, 4].map(part).join('')}</div></main></body>`).window;
    const snapshot = snapshotProse(document.body);
    // Readability kept part 3 and, after it, the box's title.
    const article = document.createElement('div');
    article.append(...document.querySelector('#module-3 .rich-text')!.children, document.querySelector('.box h3')!);
    const inArticle = new Map(snapshot.paragraphs.filter((p) => p.element.parentElement === article).map((p) => [p, p.element] as const));
    restoreSiblingSections(snapshot, inArticle, article);
    expect(article.lastElementChild?.textContent).toBe('Garden tools on sale');
    expect(article.firstElementChild?.textContent).toBe('Tip 1: keep a budget');
  });
});
