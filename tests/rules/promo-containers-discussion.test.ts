import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { withElementIndex } from '../../core/element-index';
import promoContainers from '../../core/rules/promo-containers';
import type { RuleContext } from '../../core/rules/rule';

/**
 * Forum software wraps a thread's posts in `#comments` (Invision, WordPress bbPress, Discourse's
 * noscript view). Below a story that wrapper is clutter; on a page that declares itself a
 * discussion it is the page. The thread here holds under a quarter of the page's prose (a long
 * privacy panel outweighs it), so only the declaration can save it.
 */
const POSTS = [
  'Not sure if this is the right place for this question, but does anyone know what the two small headers next to the front intake are for?',
  'The outer one is for the optional front display module; the inner one is a spare header for a second intake fan on the hub.',
].map((text) => `<article class="post"><p>${text}</p></article>`).join('');
const PANEL = '<p>These technologies help us understand how our site is used or performs, how users interact with our site, and how we can improve it for everyone who visits.</p>'.repeat(6);

function commentsRemoved(head: string, threadAttributes = ''): boolean {
  const { document } = new JSDOM(`<html><head>${head}</head><body><h2>Front fan header on the new case?</h2><div id="comments" class="topic-feed"${threadAttributes}>${POSTS}</div><div class="privacy-centre">${PANEL}</div></body></html>`).window;
  const ctx = { doc: document } as RuleContext;
  return promoContainers.collect(document.body, ctx).some((candidate) => candidate.element.id === 'comments');
}

describe('promo-containers on a discussion page', () => {
  test('below a story, a #comments wrapper is removed', () => {
    expect(commentsRemoved('<script type="application/ld+json">{"@type":"NewsArticle"}</script>')).toBe(true);
  });

  test('a page declaring a forum thread (JSON-LD DiscussionForumPosting) keeps its #comments wrapper', () => {
    expect(commentsRemoved('<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Front fan header"}</script>')).toBe(false);
  });

  test('a Q&A page (QAPage in a @graph) or microdata DiscussionForumPosting keeps it too', () => {
    expect(commentsRemoved('<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"QAPage"}]}</script>')).toBe(false);
    expect(commentsRemoved('', ' itemscope itemtype="https://schema.org/DiscussionForumPosting"')).toBe(false);
  });

  test('the declaration is read from the body and from the root element too, with the phase\'s element index active', () => {
    const declaration = '<script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script>';
    const inBody = new JSDOM(`<html><head></head><body><div id="comments">${POSTS}</div>${declaration}<div>${PANEL}</div></body></html>`).window.document;
    const onRoot = new JSDOM(`<html><head></head><body><div id="comments">${POSTS}</div><div>${PANEL}</div></body></html>`).window.document;
    // A page's own scripts can append to the root element, which the HTML parser never does.
    onRoot.documentElement.append(onRoot.createRange().createContextualFragment(declaration));
    const takesComments = (document: Document) =>
      withElementIndex(document.body, () => promoContainers.collect(document.body, { doc: document } as RuleContext)).some((candidate) => candidate.element.id === 'comments');
    expect(takesComments(inBody)).toBe(false);
    expect(takesComments(onRoot)).toBe(false);
    expect(onRoot.documentElement.lastElementChild?.localName).toBe('script');
  });

  test('the declaration spares discussion wrappers only: a share bar on the thread page still goes', () => {
    const { document } = new JSDOM(`<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script></head><body><div class="share-links"><a href="/s">Share this topic</a></div><div id="comments">${POSTS}</div></body></html>`).window;
    const removed = promoContainers.collect(document.body, { doc: document } as RuleContext).map((candidate) => candidate.element.className);
    expect(removed).toEqual(['share-links']);
  });
});
