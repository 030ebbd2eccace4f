import { phraseRegex, attributeTokens } from '../text/phrases';
import { normalizeWhitespace } from '../text/normalize';
import { descendantElements, descendantsNamed } from '../walk';

/**
 * Structural evidence on whether Readability's pick is an article or something else that merely
 * has text: a list of teasers, search results, a sign-in form. Only structure and page
 * declarations are read (never the address or the site's name), so the same measures hold on
 * pages we have never seen.
 */
export interface PageEvidence {
  /** Whitespace-collapsed text length of the pick. */
  textChars: number;
  /** Headline links (a heading or a whole block that is one link to another page). */
  cards: number;
  /** Text in cards: the headline links plus the short blurb, date or byline lines under each. */
  cardChars: number;
  /** Text outside links and cards, in blocks long enough to be sentences (≥ MIN_STORY_BLOCK). */
  storyChars: number;
  /** What the page declares itself to be (JSON-LD `@type`, `og:type`), strongest first. */
  declared: DeclaredType;
  /**
   * A visible password field outside the site's chrome (header, menu, sidebar, pop-up):
   * `in-pick` when Readability's pick holds its label (the form is what it picked), `on-page`
   * when it is elsewhere on the page, null when there is none.
   */
  passwordField: 'in-pick' | 'on-page' | null;
  /**
   * A search field holds a query that the pick's text repeats: only a page showing a search's
   * results echoes one. Older sites write their prompt ("Search this site…") into the field's
   * value; such prompts are not queries.
   */
  searchQuery: boolean;
  /** The title or a top heading says "search results" (in one of eight languages). */
  resultsHeading: boolean;
}

export type DeclaredType = 'article' | 'search' | 'collection' | 'profile' | null;

/** A block shorter than this is a label, a date or a button caption, not a sentence of the story. */
export const MIN_STORY_BLOCK = 80;
/** Lines under a headline up to this many characters are its blurb; past it the text is prose. */
export const MAX_CARD_BODY = 500;
/** One blurb line is a sentence or two; a longer block under a headline is a story's paragraph. */
export const MAX_BLURB = 300;
/** A headline link is at least a few words and at most a long title. */
const HEADLINE_CHARS = { min: 12, max: 250 };

/** Leaf text blocks, as Readability leaves them (it turns phrasing-only divs into paragraphs). */
const BLOCK_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'blockquote', 'pre', 'figcaption', 'div', 'section', 'article']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** schema.org types of an article's page (the `*Article` family is matched by its suffix). */
const ARTICLE_TYPES = new Set(['article', 'blogposting', 'liveblogposting', 'report', 'recipe', 'howto', 'faqpage', 'qapage', 'socialmediaposting', 'discussionforumposting', 'review']);
const NON_ARTICLE_TYPES: Record<string, DeclaredType> = { searchresultspage: 'search', collectionpage: 'collection', itemlist: 'collection', profilepage: 'profile' };

/** Headings and titles that echo a search, in the eight languages the rules know. */
const RESULTS_HEADING = phraseRegex([
  'search results', 'you searched for',
  'suchergebnisse', 'treffer für', 'ihre suche nach',
  'résultats de (?:la )?recherche', 'votre recherche',
  'resultados de (?:la )?búsqueda', 'resultados da pesquisa', 'resultados de pesquisa',
  'risultati della ricerca',
  'zoekresultaten',
  'wyniki wyszukiwania',
]);
/** Names search fields go by (`q`, `s`, `query`, …); matched as whole attribute tokens. */
const SEARCH_FIELD_TOKENS = new Set(['q', 's', 'query', 'search', 'searchterm', 'keyword', 'keywords', 'k', 'term', 'suche', 'recherche', 'busqueda', 'zoeken', 'szukaj']);
/** Words a search field's prompt is made of, in the eight languages. */
const SEARCH_PROMPT = phraseRegex([
  'search\\w*', 'suche\\w*', 'suchbegriff\\w*', 'recherch\\w*', 'busca\\w*', 'búsqueda', 'pesquis\\w*', 'cerca\\w*', 'ricerca', 'zoek\\w*', 'szukaj\\w*', 'wyszukaj',
  'enter', 'type', 'eingeben', 'saisi\\w*', 'introduce', 'keywords?', 'stichwort\\w*', 'mot-clé', 'palabra clave', 'trefwoord',
]);
/** Containers that hold a site's chrome, where a sign-in box is not the page's subject. */
const CHROME_TAGS = new Set(['header', 'nav', 'aside', 'footer', 'dialog']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'menu']);
const CHROME_TOKENS = new Set(['header', 'nav', 'navbar', 'menu', 'sidebar', 'aside', 'footer', 'modal', 'popup', 'dropdown', 'overlay', 'drawer', 'widget', 'masthead', 'toolbar']);

/**
 * Measures Readability's pick (`article`) and the untouched page (`page`).
 *
 * @example
 * const evidence = measurePage(document, parsedContent);
 * evidence.cards; // 12 on a section front, 0 on a story
 */
export function measurePage(page: Document, article: Element, cards: CardEvidence = measureCards(article)): PageEvidence {
  const text = normalizeWhitespace(article.textContent ?? '');
  // One walk of the page for every page-level signal (a TreeWalker: selector queries cost more in jsdom).
  const marks = page.documentElement ? descendantsNamed(page.documentElement, 'script', 'meta', 'input', 'h1', 'h2') : [];
  const inputs = marks.filter((el) => el.localName === 'input');
  return {
    ...cards,
    textChars: text.length,
    declared: readDeclaredType(page, marks),
    passwordField: findPasswordField(inputs, text),
    searchQuery: holdsSearchQuery(inputs, text.toLowerCase()),
    resultsHeading: saysSearchResults(page.title, marks.filter((el) => el.localName === 'h1' || el.localName === 'h2')),
  };
}

export type CardEvidence = Pick<PageEvidence, 'cards' | 'cardChars' | 'storyChars'>;

/** Cards and story text, in one pass over the pick's leaf blocks. */
export function measureCards(article: Element): CardEvidence {
  let cards = 0;
  let cardChars = 0;
  let storyChars = 0;
  // Text under the current headline; -1 before the first headline and after a card's body ran long.
  let bodyChars = -1;
  for (const block of leafBlocks(article)) {
    const chars = normalizeWhitespace(block.textContent ?? '').length;
    if (chars === 0) continue;
    if (isHeadlineLink(block, article, chars)) {
      cards++;
      cardChars += chars;
      bodyChars = 0;
      continue;
    }
    // A heading that is not a link opens a new section: whatever follows is not the last card's blurb.
    const startsSection = HEADING_TAGS.has(block.localName);
    if (bodyChars >= 0 && !startsSection && chars <= MAX_BLURB && bodyChars + chars <= MAX_CARD_BODY) {
      bodyChars += chars;
      cardChars += chars;
      continue;
    }
    bodyChars = -1;
    const unlinked = chars - linkedChars(block, article);
    if (unlinked >= MIN_STORY_BLOCK) storyChars += unlinked;
  }
  return { cards, cardChars, storyChars };
}

/** Block elements with no block element inside, in document order (one walk, ancestors marked once). */
function leafBlocks(root: Element): Element[] {
  const blocks = descendantElements(root).filter((el) => BLOCK_TAGS.has(el.localName));
  const hasBlockInside = new Set<Element>();
  for (const block of blocks) {
    for (let node = block.parentElement; node && node !== root && !hasBlockInside.has(node); node = node.parentElement) hasBlockInside.add(node);
  }
  return blocks.filter((block) => !hasBlockInside.has(block));
}

/**
 * A teaser's headline: a heading that is (almost) all link, or a block that is one link and
 * nothing else, pointing to another page. Links to a place on the same page (a live blog's
 * entry permalinks, a FAQ's table of contents) are not teasers.
 */
function isHeadlineLink(block: Element, root: Element, chars: number): boolean {
  if (chars < HEADLINE_CHARS.min || chars > HEADLINE_CHARS.max) return false;
  const enclosing = closestWithin(block, 'a', root);
  const links = enclosing ? [enclosing] : descendantsNamed(block, 'a').filter((link) => link.hasAttribute('href'));
  if (!links.length || links.some(isSamePageLink)) return false;
  const linked = linkedChars(block, root);
  return HEADING_TAGS.has(block.localName) ? linked >= 0.7 * chars : linked >= 0.95 * chars && links.length === 1;
}

function linkedChars(block: Element, root: Element): number {
  if (closestWithin(block, 'a', root)) return normalizeWhitespace(block.textContent ?? '').length;
  let sum = 0;
  for (const link of descendantsNamed(block, 'a')) sum += normalizeWhitespace(link.textContent ?? '').length;
  return sum;
}

function isSamePageLink(link: Element): boolean {
  const href = link.getAttribute('href') ?? '';
  return href === '' || href.startsWith('#');
}

/** `el.closest(tag)`, but never above `root`. */
function closestWithin(el: Element, tag: string, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.localName === tag) return node;
  }
  return null;
}

/**
 * The page's own word on its type. An article declaration wins over any other: sites put
 * `WebSite` and `WebPage` on every page, and a story page may also carry a breadcrumb `ItemList`.
 */
export function readDeclaredType(page: Document, marks = page.documentElement ? descendantsNamed(page.documentElement, 'script', 'meta') : []): DeclaredType {
  const types = jsonLdTypes(marks.filter((el) => el.localName === 'script' && el.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json'));
  const og = marks.find((el) => el.localName === 'meta' && el.getAttribute('property') === 'og:type')?.getAttribute('content')?.trim().toLowerCase();
  if (og) types.push(og);
  if (types.some((type) => ARTICLE_TYPES.has(type) || type.endsWith('article'))) return 'article';
  for (const type of types) if (NON_ARTICLE_TYPES[type]) return NON_ARTICLE_TYPES[type];
  return null;
}

/** Every `@type` in the page's JSON-LD (top level, `@graph`, `mainEntity`), lower-cased. */
function jsonLdTypes(scripts: Element[]): string[] {
  const types: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 3 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    for (const name of Array.isArray(type) ? type : [type]) if (typeof name === 'string') types.push(name.toLowerCase());
    visit(record['@graph'], depth + 1);
    visit(record['mainEntity'], depth + 1);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block is common and says nothing about the page; skip it.
    }
  }
  return types;
}

/**
 * A password field the reader can see, outside the site's chrome. Readability drops inputs from
 * its pick but keeps their labels, so a label found in the pick's text places the form there.
 */
function findPasswordField(inputs: Element[], pickText: string): PageEvidence['passwordField'] {
  let found: PageEvidence['passwordField'] = null;
  for (const field of inputs) {
    if (field.getAttribute('type')?.toLowerCase() !== 'password' || isInChromeOrHidden(field)) continue;
    const label = normalizeWhitespace(labelOf(field));
    if (label.length >= 3 && pickText.includes(label)) return 'in-pick';
    found = 'on-page';
  }
  return found;
}

function labelOf(field: Element): string {
  const id = field.getAttribute('id');
  const byFor = id ? [...field.ownerDocument.querySelectorAll('label[for]')].find((label) => label.getAttribute('for') === id) : undefined;
  const label = byFor ?? field.closest('label');
  if (!label) return '';
  // The label's own words, without the text of the field's siblings inside a wrapping label.
  return [...label.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent ?? '').join(' ') || (label.textContent ?? '');
}

function isInChromeOrHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (CHROME_TAGS.has(node.localName) || node.localName === 'template') return true;
    if (CHROME_ROLES.has(node.getAttribute('role') ?? '')) return true;
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(node.getAttribute('style') ?? '')) return true;
    const tokens = attributeTokens(`${node.getAttribute('class') ?? ''} ${node.id}`);
    if (tokens.some((token) => CHROME_TOKENS.has(token))) return true;
  }
  return false;
}

/** The page shows a search it ran: its search field holds a query the pick repeats. */
function holdsSearchQuery(inputs: Element[], pickText: string): boolean {
  for (const field of inputs) {
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'search' && type !== 'text') continue;
    const value = normalizeWhitespace((field as HTMLInputElement).value ?? field.getAttribute('value') ?? '');
    if (!value || isPrompt(value, field) || !pickText.includes(value.toLowerCase())) continue;
    const names = attributeTokens(`${field.getAttribute('name') ?? ''} ${field.id} ${field.getAttribute('role') ?? ''}`);
    if (type === 'search' || names.some((token) => SEARCH_FIELD_TOKENS.has(token)) || field.closest('[role="search" i], search')) return true;
  }
  return false;
}

/**
 * A prompt written into the field's value: it names the search ("Suchbegriff eingeben",
 * "Search this site"), trails off ("Keyword…"), repeats the placeholder, or a script clears it on focus.
 */
function isPrompt(value: string, field: Element): boolean {
  if (/[.…]{1,3}$/.test(value) || value === field.getAttribute('placeholder')) return true;
  if (field.hasAttribute('onfocus') || field.hasAttribute('onclick') || field.hasAttribute('onblur')) return true;
  return SEARCH_PROMPT.test(value);
}

function saysSearchResults(title: string, headings: Element[]): boolean {
  const texts = [title, ...headings.slice(0, 3).map((h) => h.textContent ?? '')];
  return texts.some((text) => RESULTS_HEADING.test(normalizeWhitespace(text)));
}
