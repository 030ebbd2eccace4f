import { describe, expect, test } from 'vitest';
import type { CleanOptions } from '../../core/types';
import { READABILITY_ALONE, cleanRecoveryPage, readRecoveryFixture } from './helpers/recovery-pages';

/**
 * A guide whose bullet list sits in a Bootstrap "media" box between two blocks of story text.
 * Readability weighs the class `media` as clutter and drops the box with its heading and list.
 */
const GUIDE = readRecoveryFixture('list-box-article.html');
const ITEMS = ['Classes that run asynchronously', 'charge in-state tuition', 'without paying to move there', 'Career services, tutoring'];

function clean(html: string, options: CleanOptions = {}): string {
  return cleanRecoveryPage(html, 'https://guides.example/online-degrees', options).article.textContent;
}

describe('recall recovery puts back a story’s own list that Readability dropped', () => {
  test('the fixture is a page Readability alone cuts a list out of', () => {
    const text = clean(GUIDE, READABILITY_ALONE);
    expect(text).toContain('no parking permit');
    expect(text).toContain('None of that makes the work lighter');
    for (const item of ITEMS) expect(text).not.toContain(item);
  });

  test('the list comes back in page order, with the heading of its box', () => {
    const text = clean(GUIDE);
    const at = (snippet: string) => text.indexOf(snippet);
    for (const item of ITEMS) expect(at(item), item).toBeGreaterThan(at('no parking permit'));
    for (const item of ITEMS) expect(at(item), item).toBeLessThan(at('None of that makes the work lighter'));
    expect(at('Why students choose an online programme')).toBeGreaterThan(at('no parking permit'));
    expect(at('Why students choose an online programme')).toBeLessThan(at(ITEMS[0]!));
    expect(text.match(/Classes that run asynchronously/g)).toHaveLength(1);
  });

  test('a list of headlines in the same place is not story text and stays out', () => {
    const headlines = ['Ten cheapest online degrees this year', 'How we rank universities', 'The best laptops for students', 'Student loans explained in five charts'];
    const teasers = GUIDE.replace(/<ul>[\s\S]*?<\/ul>/, `<ul>${headlines.map((h) => `<li>${h}</li>`).join('')}</ul>`);
    const text = clean(teasers);
    for (const headline of headlines) expect(text).not.toContain(headline);
  });

  test('a list of links is not story text either', () => {
    const links = GUIDE.replace(/<li>([^<]*)<\/li>/g, '<li><a href="/guides/more">$1</a></li>');
    const text = clean(links);
    for (const item of ITEMS) expect(text).not.toContain(item);
  });
});
