import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { keptCopies, restoreDroppedParagraphs, snapshotProse } from '../../core/recover-lost-text';

/**
 * Readability sometimes keeps one box of a story (its intro, in a box of its own) and drops the
 * rest, which sits in other boxes of the same `<article>`. The paragraphs it kept then share only
 * their box, and the restore looked no further; the page's own landmark says where the story is.
 */
const sentence = (topic: string) => `The ${topic} grows best in a corner that gets an hour of morning light, kept a little dry between waterings through the winter months.`;
const box = (cls: string, ...topics: string[]) => `<div class="${cls}">${topics.map((topic) => `<p>${sentence(topic)}</p>`).join('')}</div>`;

function restoreFrom(html: string, keptTopics: string[]): string {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const snapshot = snapshotProse(document.body);
  // What Readability kept: copies of the intro's paragraphs in an article of its own.
  const article = document.createElement('div');
  for (const topic of keptTopics) article.insertAdjacentHTML('beforeend', `<p>${sentence(topic)}</p>`);
  const inArticle = keptCopies(article, snapshot);
  restoreDroppedParagraphs(snapshot, inArticle, article);
  return article.textContent ?? '';
}

describe('a story Readability kept one box of comes back from the rest of its <article>', () => {
  const page = `<main><article>
    ${box('intro', 'fern', 'ivy')}
    <div class="plant-grid"><div class="row"><div class="col">${box('card-body', 'pothos', 'snake plant')}</div><div class="col">${box('card-body', 'zz plant', 'cast-iron plant')}</div></div></div>
    <div class="comments">${box('comment-body', 'reader comment')}</div>
    <aside>${box('note', 'sidebar note')}</aside>
  </article></main>`;

  test('the other boxes of the article come back, in page order', () => {
    const text = restoreFrom(page, ['fern', 'ivy']);
    const at = ['fern', 'ivy', 'pothos', 'snake plant', 'zz plant', 'cast-iron plant'].map((topic) => text.indexOf(sentence(topic)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('comments and asides inside the article stay out', () => {
    const text = restoreFrom(page, ['fern', 'ivy']);
    expect(text).not.toContain(sentence('reader comment'));
    expect(text).not.toContain(sentence('sidebar note'));
  });

  test('when the kept box is most of the article, the restore stays inside it', () => {
    const small = `<article>${box('intro', 'fern', 'ivy', 'moss')}<div class="extra">${box('card-body', 'pothos')}</div></article>`;
    expect(restoreFrom(small, ['fern', 'ivy', 'moss'])).not.toContain(sentence('pothos'));
  });
});
