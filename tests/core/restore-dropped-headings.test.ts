import { describe, expect, test } from 'vitest';
import type { CleanOptions } from '../../core/types';
import { READABILITY_ALONE, cleanRecoveryPage, readRecoveryFixture } from './helpers/recovery-pages';

/**
 * A newsletter post whose section headings carry the class `header-anchor-post`: Readability's
 * unlikely-candidate test matches `header` in it and removes both headings from the story.
 */
const POST = readRecoveryFixture('header-class-headings.html');
const HEADINGS = ['Consistency beats brilliance', 'Write to one person'];

function articleHtml(html: string, options: CleanOptions = {}): string {
  return cleanRecoveryPage(html, 'https://letter.example/p/five-years', options).article.contentHtml;
}

describe('recall recovery puts back section headings Readability dropped from the story', () => {
  test('the fixture is a page Readability alone loses the headings of', () => {
    const html = articleHtml(POST, READABILITY_ALONE);
    expect(html).toContain('The issues that readers remember');
    for (const heading of HEADINGS) expect(html).not.toContain(heading);
  });

  test('each heading comes back as a heading, before the paragraph it introduced', () => {
    const html = articleHtml(POST);
    for (const heading of HEADINGS) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html.indexOf(HEADINGS[0]!)).toBeGreaterThan(html.indexOf('I have learned more from it'));
    expect(html.indexOf(HEADINGS[0]!)).toBeLessThan(html.indexOf('The issues that readers remember'));
    expect(html.indexOf(HEADINGS[1]!)).toBeGreaterThan(html.indexOf('quietly stopped opening it'));
    expect(html.indexOf(HEADINGS[1]!)).toBeLessThan(html.indexOf('My best issues read like letters'));
    expect(html.match(/Write to one person/g)).toHaveLength(1);
  });

  test('a heading after the story’s last kept paragraph is not put back', () => {
    const trailing = POST.replace('</div></div></article>', '<h2 class="header-anchor-post">More from the archive</h2></div></div></article>');
    expect(articleHtml(trailing)).not.toContain('More from the archive');
  });
});
