import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { isDescriptionText, pageDescription } from '../../core/recover-standfirst';
import type { CleanOptions } from '../../core/types';
import { READABILITY_ALONE, cleanRecoveryPage, readRecoveryFixture } from './helpers/recovery-pages';

/**
 * A news page whose standfirst (an `<h2 class="article-deck">` in the hero block, the page's
 * og:description) sits far above the story's container: Readability keeps the story and leaves
 * the standfirst behind.
 */
const PAGE = readRecoveryFixture('standfirst-article.html');
const URL = 'https://courier.example/news/ferry-pier';
const STANDFIRST = 'The council voted to close the old ferry pier for a year';
const FIRST_PARAGRAPH = 'The harbour council met on Tuesday evening';

function clean(html: string, options: CleanOptions = {}) {
  return cleanRecoveryPage(html, URL, options).article;
}

describe('recall recovery puts back the standfirst Readability left above the story', () => {
  test('the fixture is a page Readability alone drops the standfirst of', () => {
    const text = clean(PAGE, READABILITY_ALONE).textContent;
    expect(text).toContain(FIRST_PARAGRAPH);
    expect(text).not.toContain(STANDFIRST);
  });

  test('the standfirst comes back once, in front of the story, as a paragraph', () => {
    const article = clean(PAGE);
    expect(article.textContent.indexOf(STANDFIRST)).toBeGreaterThanOrEqual(0);
    expect(article.textContent.indexOf(STANDFIRST)).toBeLessThan(article.textContent.indexOf(FIRST_PARAGRAPH));
    expect(article.textContent.split(STANDFIRST)).toHaveLength(2);
    expect(article.contentHtml).toMatch(/<p>The council voted to close/);
    expect(article.contentHtml).not.toMatch(/<h2[^>]*>The council voted/);
  });

  test('without the page description nothing marks the block, and it stays out', () => {
    const text = clean(PAGE.replace(/<meta property="og:description"[^>]*>/, '')).textContent;
    expect(text).not.toContain(STANDFIRST);
  });

  test('a copy of the description in a share dialog is not a standfirst', () => {
    const shared = PAGE.replace(/<h2 class="article-deck">([^<]*)<\/h2>/, '<div class="share-dialog"><p>$1</p><a href="https://www.facebook.com/sharer/sharer.php">Share</a></div>');
    expect(shared).toContain('share-dialog');
    expect(clean(shared).textContent).not.toContain(STANDFIRST);
  });

  test('a description the story opens with is not printed twice', () => {
    const description = PAGE.match(/og:description" content="([^"]*)"/)![1]!;
    const opening = PAGE.replace('<div class="story-body">', `<div class="story-body">\n<p>${description}</p>`);
    expect(clean(opening).textContent.split(STANDFIRST)).toHaveLength(2);
  });

  test('with the recover step off, Readability’s pick stands', () => {
    expect(clean(PAGE, { steps: { recover: false } }).textContent).not.toContain(STANDFIRST);
  });
});

describe('the page description as a standfirst’s mark', () => {
  const doc = (head: string) => new JSDOM(`<!doctype html><html><head>${head}</head><body></body></html>`).window.document;

  test('og:description first, then twitter:description, then the description meta', () => {
    const long = 'Eight words or more make a description specific enough';
    expect(pageDescription(doc(`<meta name="description" content="${long} here."><meta property="og:description" content="${long} there.">`))).toBe(`${long} there.`);
    expect(pageDescription(doc(`<meta name="twitter:description" content="  ${long}\n again. ">`))).toBe(`${long} again.`);
  });

  test('a short description (a slogan) marks nothing', () => {
    expect(pageDescription(doc('<meta property="og:description" content="News from the harbour, daily.">'))).toBeNull();
  });

  test('a block matches the description whole, or starts with a description cut short', () => {
    const description = 'Repairs will take most of a year, the engineers said, because the new pilings must be driven in at…';
    expect(isDescriptionText('Repairs will take most of a year, the engineers said, because the new pilings must be driven in at low tide.', description)).toBe(true);
    expect(isDescriptionText('  repairs WILL take most of a year, the engineers said, because the new pilings must be driven in at ', description)).toBe(true);
    expect(isDescriptionText('Repairs will take most of a year.', description)).toBe(false);
    expect(isDescriptionText('Short and cut', 'Short and cut…')).toBe(true);
    expect(isDescriptionText('Short and cut short, then more', 'Short and cut…')).toBe(false);
  });
});
