import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../core/index';
import type { CleanOptions } from '../../core/types';

const STORY = Array.from({ length: 5 }, (_, i) => `<p class="story-text p-${i}">Paragraph ${i + 1} of the harbour story tells readers how the ferry timetable changes in spring and who decided it.</p>`).join('');
const PAGE = `<html><body><main class="site-main"><article class="post entry"><h1>Ferry timetable changes</h1><div class="entry-content page">${STORY}<figure class="wp-block-image"><img src="/a.jpg" alt=""><figcaption class="caption">The ferry at the quay.</figcaption></figure></div></article></main></body></html>`;

function contentHtml(options: CleanOptions): string {
  const doc = new JSDOM(PAGE, { url: 'https://harbour.example/news/ferry' }).window.document;
  const result = cleanArticle(doc, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.article.contentHtml;
}

describe('the article’s classes', () => {
  // The rules read the page's classes after Readability, so the engine drops them itself, as
  // Readability would; the sanitiser drops every class anyway, so this shows with it off.
  test.each([
    ['the whole engine', { steps: { sanitize: false } }],
    ['the rules after Readability off', { steps: { postclean: false, sanitize: false } }],
  ] as const)('are dropped but “page” with %s', (_, options) => {
    const html = contentHtml(options);
    expect(html).toContain('Paragraph 5 of the harbour story');
    const classes = [...html.matchAll(/class="([^"]*)"/g)].map((match) => match[1]);
    expect(classes.every((value) => value === 'page')).toBe(true);
  });
});
