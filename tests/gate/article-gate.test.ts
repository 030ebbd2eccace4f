import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { measurePage, readDeclaredType, type PageEvidence } from '../../core/article-gate/evidence';
import { GATE_THRESHOLDS, judgePage, NOT_ARTICLE_MESSAGES, STORY_CHARS_ALWAYS_ARTICLE } from '../../core/article-gate/verdict';
import { checkArticleGate } from '../../core/article-gate/check-article';

/** A page whose body is `body`; the pick is `#pick` when there is one, else the body. */
function page(body: string, head = ''): { doc: Document; pick: Element } {
  const doc = new JSDOM(`<!doctype html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`, { url: 'https://site.example/page' }).window.document;
  return { doc, pick: doc.getElementById('pick') ?? doc.body };
}

const SENTENCE = 'The council met on Tuesday, argued for three hours about the river wall and voted to start the work in June.';
const story = (paragraphs: number) => Array.from({ length: paragraphs }, () => `<p>${SENTENCE}</p>`).join('');
const card = (i: number, blurb = 'A short line about the story.') => `<div><h3><a href="/story-${i}">Headline number ${i} about the town</a></h3><p>${blurb}</p></div>`;
const cards = (n: number) => Array.from({ length: n }, (_, i) => card(i)).join('');

const NONE: PageEvidence = { textChars: 2000, cards: 0, cardChars: 0, storyChars: 2000, declared: null, passwordField: null, searchQuery: false, resultsHeading: false };

describe('judgePage: the thresholds', () => {
  test.each<[string, Partial<PageEvidence>, ReturnType<typeof judgePage>]>([
    ['a story', {}, null],
    ['a teaser list', { cards: 8, cardChars: 900, textChars: 1000, storyChars: 0 }, 'teaser-list'],
    ['a teaser list with a "search results" heading', { cards: 8, cardChars: 900, textChars: 1000, storyChars: 0, resultsHeading: true }, 'search-results'],
    ['a teaser list under a query', { cards: 3, cardChars: 600, textChars: 1000, storyChars: 500, searchQuery: true }, 'search-results'],
    ['four cards are not yet a list', { cards: 4, cardChars: 900, textChars: 1000, storyChars: 0 }, null],
    ['cards under half the text', { cards: 8, cardChars: 500, textChars: 1000, storyChars: 0 }, null],
    ['cards beside a story', { cards: 8, cardChars: 900, textChars: 1300, storyChars: GATE_THRESHOLDS.maxStoryChars }, null],
    ['a declared collection needs only three cards', { cards: 3, cardChars: 600, textChars: 1000, storyChars: 0, declared: 'collection' }, 'teaser-list'],
    ['a declared article is never refused', { cards: 20, cardChars: 1000, textChars: 1000, storyChars: 0, declared: 'article', passwordField: 'in-pick', searchQuery: true }, null],
    ['a sign-in form Readability picked', { storyChars: 120, passwordField: 'in-pick' }, 'sign-in-form'],
    ['a sign-in form beside a near-empty pick', { storyChars: 90, passwordField: 'on-page' }, 'sign-in-form'],
    ['a short story beside a sign-in box', { storyChars: GATE_THRESHOLDS.maxStoryCharsBesideSignIn, passwordField: 'on-page' }, null],
    ['a story with a sign-in form in it', { storyChars: GATE_THRESHOLDS.maxSignInStoryChars, passwordField: 'in-pick' }, null],
    ['a search whose results Readability dropped', { storyChars: 200, searchQuery: true }, 'search-results'],
    ['a "search results" title alone proves nothing', { storyChars: 0, resultsHeading: true }, null],
  ])('%s', (_name, evidence, expected) => {
    expect(judgePage({ ...NONE, ...evidence })).toBe(expected);
  });
});

describe('judgePage: the story-text shortcut checkArticleGate takes is exact', () => {
  // checkArticleGate skips the page walk once the pick has this much story text; every
  // combination of the other signals must then agree that the page is an article.
  const declaredTypes: PageEvidence['declared'][] = [null, 'article', 'search', 'collection', 'profile'];
  const passwordFields: PageEvidence['passwordField'][] = [null, 'in-pick', 'on-page'];
  for (const declared of declaredTypes) {
    for (const passwordField of passwordFields) {
      for (const searchQuery of [false, true]) {
        test(`declared ${declared}, password ${passwordField}, query ${searchQuery}`, () => {
          const evidence: PageEvidence = { textChars: 20_000, cards: 200, cardChars: 19_000, storyChars: STORY_CHARS_ALWAYS_ARTICLE, declared, passwordField, searchQuery, resultsHeading: true };
          expect(judgePage(evidence)).toBeNull();
        });
      }
    }
  }
});

describe('measurePage: cards and story text', () => {
  test('headline links with blurbs are cards; no story text', () => {
    const { doc, pick } = page(`<main id="pick">${cards(6)}</main>`);
    const evidence = measurePage(doc, pick);
    expect(evidence).toMatchObject({ cards: 6, storyChars: 0 });
    expect(evidence.cardChars).toBe(evidence.textChars);
  });

  test('a whole card wrapped in one link counts once per headline', () => {
    const grid = Array.from({ length: 5 }, (_, i) => `<a href="/c${i}"><h3>Card headline number ${i}</h3><span>Label</span></a>`).join('');
    const { doc, pick } = page(`<div id="pick">${grid}</div>`);
    expect(measurePage(doc, pick).cards).toBe(5);
  });

  test('links to places on the same page (a live blog, a table of contents) are not cards', () => {
    const entries = Array.from({ length: 6 }, (_, i) => `<div id="e${i}"><h3><a href="#e${i}">Entry ${i} of the live blog</a></h3><p>Short update.</p></div>`).join('');
    const { doc, pick } = page(`<div id="pick">${entries}</div>`);
    expect(measurePage(doc, pick).cards).toBe(0);
  });

  test('a paragraph is story text, a short label is not', () => {
    const { doc, pick } = page(`<div id="pick"><p>${SENTENCE}</p><p>By Jo Reporter</p></div>`);
    expect(measurePage(doc, pick).storyChars).toBe(SENTENCE.length);
  });

  test('a long paragraph after a headline is story text, not its blurb', () => {
    const long = `${SENTENCE} ${SENTENCE} ${SENTENCE}`;
    const { doc, pick } = page(`<div id="pick">${card(1, long)}</div>`);
    expect(measurePage(doc, pick)).toMatchObject({ cards: 1, storyChars: long.length });
  });

  test('a heading that is not a link ends the card above it', () => {
    const { doc, pick } = page(`<div id="pick">${card(1)}<h2>Why it matters</h2><p>${SENTENCE}</p></div>`);
    expect(measurePage(doc, pick).storyChars).toBe(SENTENCE.length);
  });

  test('a link list after a story leaves the story text standing', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/guide-${i}">Further reading, guide number ${i}</a></li>`).join('');
    const { doc, pick } = page(`<div id="pick">${story(5)}<ul>${links}</ul></div>`);
    expect(measurePage(doc, pick)).toMatchObject({ cards: 12, storyChars: 5 * SENTENCE.length });
  });
});

describe('measurePage: forms and search', () => {
  const form = (label: string) => `<form><label for="pw">${label}</label><input id="pw" type="password"></form>`;

  test.each([
    ['in the pick', `<div id="pick"><h1>Sign in</h1>${form('Password')}</div>`, 'in-pick'],
    ['outside the pick', `<div id="pick">${story(1)}</div><div>${form('Password')}</div>`, 'on-page'],
    ['in a header', `<header>${form('Password')}</header><div id="pick">${story(1)}</div>`, null],
    ['in an aside', `<aside>${form('Password')}</aside><div id="pick">${story(1)}</div>`, null],
    ['in a sidebar by class', `<div class="c-sidebar__login">${form('Password')}</div><div id="pick">${story(1)}</div>`, null],
    ['in a modal by id', `<div id="loginModal">${form('Password')}</div><div id="pick">${story(1)}</div>`, null],
    ['hidden', `<div hidden>${form('Password')}</div><div id="pick">${story(1)}</div>`, null],
    ['hidden by inline style', `<div style="display: none">${form('Password')}</div><div id="pick">${story(1)}</div>`, null],
  ])('a password field %s', (_name, body, expected) => {
    const { doc, pick } = page(body);
    expect(measurePage(doc, pick).passwordField).toBe(expected);
  });

  // The pick mentions the river wall; a query echoed by a results page is in its text.
  test.each([
    ['a search field holding a query the pick repeats', '<form role="search"><input type="search" name="q" value="river wall"></form>', true],
    ['a plain text field named like a search field', '<form><input type="text" name="s" value="Council"></form>', true],
    ['a query the pick does not repeat', '<form role="search"><input type="search" name="q" value="harbour"></form>', false],
    ['an empty search field', '<form role="search"><input type="search" name="q" value=""></form>', false],
    ['a filled text field that is not a search', '<form><input type="text" name="city" value="council"></form>', false],
    // Prompts written into the value by older sites (seen on several corpus pages).
    ['a prompt naming the search', '<form><input type="text" name="q" value="Suchbegriff eingeben"></form>', false],
    ['a prompt that trails off', '<form><input type="text" name="q" value="river…"></form>', false],
    ['a value a script clears on focus', '<form><input type="text" name="q" value="council" onfocus="this.value=\'\'"></form>', false],
    ['a value equal to the placeholder', '<form><input type="search" name="q" value="council" placeholder="council"></form>', false],
  ])('%s', (_name, body, expected) => {
    const { doc, pick } = page(`${body}<div id="pick">${story(1)}</div>`);
    expect(measurePage(doc, pick).searchQuery).toBe(expected);
  });

  test.each([
    ['Search results for “flood”', true],
    ['Suchergebnisse: Radweg', true],
    ['Résultats de la recherche', true],
    ['Election results for the county', false],
    ['Why search engines rank results differently', false],
  ])('title “%s” says search results: %s', (title, expected) => {
    const doc = new JSDOM(`<title>${title}</title><p>x</p>`).window.document;
    expect(measurePage(doc, doc.body).resultsHeading).toBe(expected);
  });
});

describe('readDeclaredType', () => {
  const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
  test.each([
    ['NewsArticle', ld('{"@type":"NewsArticle"}'), 'article'],
    ['an article inside @graph next to WebSite', ld('{"@graph":[{"@type":"WebSite"},{"@type":["WebPage"]},{"@type":"BlogPosting"}]}'), 'article'],
    ['og:type article', '<meta property="og:type" content="article">', 'article'],
    ['SearchResultsPage', ld('{"@type":"SearchResultsPage"}'), 'search'],
    ['CollectionPage', ld('{"@type":"CollectionPage"}'), 'collection'],
    ['ProfilePage', ld('{"@type":"ProfilePage"}'), 'profile'],
    ['an article wins over a breadcrumb list', ld('[{"@type":"BreadcrumbList"},{"@type":"ItemList"},{"@type":"Article"}]'), 'article'],
    ['WebSite alone says nothing', ld('{"@type":"WebSite"}') + '<meta property="og:type" content="website">', null],
    ['broken JSON-LD is skipped', ld('{"@type": "NewsArticle",,}'), null],
  ])('%s', (_name, head, expected) => {
    expect(readDeclaredType(page('<p>x</p>', head).doc)).toBe(expected);
  });
});

describe('checkArticleGate', () => {
  test('a teaser front gets the calm error with its reason', () => {
    const { doc, pick } = page(`<main id="pick">${cards(8)}</main>`);
    expect(checkArticleGate(doc, pick)).toEqual({ code: 'not-article', reason: 'teaser-list', message: NOT_ARTICLE_MESSAGES['teaser-list'] });
  });

  test('a story passes', () => {
    const { doc, pick } = page(`<main id="pick"><h1>Story</h1>${story(6)}${cards(6)}</main>`);
    expect(checkArticleGate(doc, pick)).toBeNull();
  });

  test('every message says why, in one calm sentence', () => {
    for (const message of Object.values(NOT_ARTICLE_MESSAGES)) expect(message).toMatch(/^This (looks like|page does not look like) .+\.$/);
  });
});
