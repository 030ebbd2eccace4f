import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import { showNoscriptFallback } from '../../core/noscript-fallback';
import { READABILITY_ALONE, cleanRecoveryPage, readRecoveryFixture } from './helpers/recovery-pages';

/**
 * A forum thread read from its HTML: the body is a splash screen and a script, and the whole
 * thread waits in `<noscript>` for readers without JavaScript (tests/fixtures/recover/).
 */
const THREAD = readRecoveryFixture('noscript-forum-thread.html');
const THREAD_URL = 'https://forum.harbour.example/t/winter-storage-for-a-wooden-dinghy/4812';
const POSTS = ['I have a clinker-built dinghy of larch on oak', 'Upside down on trestles, with the trestles under the frames', 'I will put her on trestles at the frames'];
/** An article with its own text and a long "turn JavaScript on" note in `<noscript>`. */
const ARTICLE = readRecoveryFixture('noscript-note-article.html');
const ARTICLE_URL = 'https://harbour.example/guides/tarring-a-rope';

describe('recall recovery shows a <noscript> fallback that holds the page’s text', () => {
  test('Readability alone finds no article in the thread', () => {
    const result = cleanArticle(new JSDOM(THREAD, { url: THREAD_URL }).window.document, READABILITY_ALONE);
    const text = result.ok ? result.article.textContent : '';
    for (const post of POSTS) expect(text).not.toContain(post);
  });

  test('the engine reads the thread’s posts, in order', () => {
    const text = cleanRecoveryPage(THREAD, THREAD_URL).article.textContent;
    const at = POSTS.map((post) => text.indexOf(post));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain('Loading…');
  });

  test('a page with its own text keeps its JavaScript note out of the article', () => {
    const doc = new JSDOM(ARTICLE, { url: ARTICLE_URL }).window.document;
    expect(showNoscriptFallback(doc)).toBe(0);
    expect(doc.getElementsByTagName('noscript')).toHaveLength(1);
    const text = cleanRecoveryPage(ARTICLE, ARTICLE_URL).article.textContent;
    expect(text).toContain('Tarred hemp used to be the ordinary rope');
    expect(text).not.toContain('This site works best with JavaScript');
  });

  test('a fallback held as text (a live page, or the extension’s escaped copy) is left as it is', () => {
    const doc = new JSDOM(THREAD, { url: THREAD_URL }).window.document;
    const noscript = doc.querySelector('noscript')!;
    noscript.textContent = noscript.innerHTML;
    expect(showNoscriptFallback(doc)).toBe(0);
    expect(doc.querySelector('noscript')).toBe(noscript);
    expect(doc.querySelectorAll('.crawler-post')).toHaveLength(0);
  });

  test('the thread’s fallback is shown in place of the <noscript>, the splash screen left to the rules', () => {
    const doc = new JSDOM(THREAD, { url: THREAD_URL }).window.document;
    expect(showNoscriptFallback(doc)).toBe(1);
    expect(doc.getElementsByTagName('noscript')).toHaveLength(0);
    expect(doc.querySelectorAll('.crawler-post .post p')).toHaveLength(5);
    expect(doc.querySelector('#splash + script + header')).not.toBeNull();
  });
});
