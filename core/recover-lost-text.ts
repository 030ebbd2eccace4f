import { isCollapsedPanel } from './collapsed-panels';
import { activeElementIndex } from './element-index';
import { linkDensity } from './link-density';
import { pageProseChars, proseCharsBelow, textLength } from './prose';
import { hiddenReason } from './hidden';
import { countWords, normalizeWhitespace } from './text/normalize';
import { elementTokens, tokenPattern } from './tokens';
import { closestNamed, descendantsNamed, hasDescendantNamed } from './walk';

/**
 * Recall recovery: story text Readability loses, put back. Two steps around Readability, both
 * switched by `options.steps.recover`:
 *
 * 1. `revealHiddenProse` (before): consent and paywall overlays set `aria-hidden="true"` or
 *    `display:none` on the wrapper of the whole page while their dialog is open. Readability
 *    drops every hidden node, so it would drop the story; the hidden-elements rule already
 *    refuses to remove such a subtree, and this step takes the hiding attributes off it. It
 *    also opens an accordion's closed sections (collapsed-panels.ts), as a reader would.
 * 2. `snapshotProse` (before) + `restoreDroppedParagraphs` (after): Readability scores
 *    paragraphs by their container and keeps the best container plus well-scored siblings; it
 *    drops paragraphs that sit in the same story container but in a low-scoring wrapper (a
 *    page-builder column, a `div` with a picture, a box its `_cleanConditionally` judged
 *    link-heavy). A paragraph the page had, that is long, has few links, sits inside the
 *    container holding the paragraphs Readability kept, and has no clutter word on its own
 *    wrappers, is put back after the kept paragraph that preceded it on the page. So is a list
 *    of sentences (a guide's bullet points in a box Readability dropped from the story), with
 *    the heading of its box. The wording rules run afterwards, so a restored appeal is still
 *    removed.
 *
 * The same snapshot serves `restoreSiblingSections` (restore-sibling-sections.ts), which puts back
 * the other parts of a story told as a series of like sections, and `restoreDroppedHeadings`,
 * which puts back section headings Readability took for page headers.
 */

/** A restored paragraph must read like story prose: this long, with this few links. */
const MIN_PARAGRAPH_CHARS = 80;
const MIN_HEADING_CHARS = 3;
/** Sections are compared by their children (restore-sibling-sections.ts); wider elements are not sections. */
const MAX_SECTION_CHILDREN = 40;
const MAX_LINK_DENSITY = 0.3;
/** Wrappers (between the story container and the paragraph) that mark clutter, as whole words. */
const CLUTTER_WRAPPER = tokenPattern([
  'comment', 'comments', 'reply', 'replies', 'respond', 'disqus', 'sidebar', 'widget', 'related', 'recommended', 'recirc', 'promo', 'newsletter', 'subscribe',
  'donate', 'donation', 'share', 'social', 'footer', 'header', 'nav', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'ad', 'ads', 'advert', 'advertisement', 'sponsor',
  'sponsored', 'teaser', 'teasers', 'author', 'bio', 'byline', 'meta', 'tags', 'popup', 'modal', 'banner', 'cookie', 'consent', 'paywall', 'signup', 'cta',
]);
/** Readability's unlikely-candidate word that also names headings (`header-anchor`, `section-header`). */
const HEADER_NAME = /header/i;
const HEADER_TOKEN = / header(?= )/g;
/** Readability's own landmarks that never hold story paragraphs worth restoring. */
const CLUTTER_TAGS = new Set(['aside', 'nav', 'footer', 'header', 'form', 'dialog', 'menu']);
const CAPTION_TAGS = new Set(['figure', 'figcaption', 'caption', 'table']);
/** The article's own `<header>` is where a standfirst lives. */
const LEAD_WRAPPER_TAGS: ReadonlySet<string> = new Set(['header']);
const NO_TAGS: ReadonlySet<string> = new Set();
const MAX_LEAD_PARAGRAPHS = 3;
const MAX_LEAD_CLIMB = 4;
/** A hidden subtree is un-hidden when it holds this share of the page's prose. */
const REVEAL_PROSE_SHARE = 0.5;

/** Takes the hiding attributes off hidden subtrees that hold much of the page's prose. */
export function revealHiddenProse(body: Element): number {
  let revealed = 0;
  const reveal = (el: Element) => {
    el.removeAttribute('hidden');
    if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
    const style = el.getAttribute('style');
    if (style) el.setAttribute('style', style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?/gi, ''));
    activeElementIndex()?.attributesChanged(el);
    revealed++;
  };
  // Readability checks <html> and <body> too.
  for (const el of [body.ownerDocument.documentElement, body]) if (el && hiddenReason(el)) reveal(el);
  // Only an element holding half the page's prose (`holdsMuchProse(el, body, 0.5)`) qualifies:
  // found from the paragraphs up, instead of reading every element's attributes.
  for (const [el, chars] of proseCharsBelow(body)) {
    if (chars > 0 && hiddenReason(el) && (chars >= REVEAL_PROSE_SHARE * pageProseChars(body) || isCollapsedPanel(el))) reveal(el);
  }
  return revealed;
}

export interface ProseParagraph {
  element: Element;
  /** Position among the snapshot's paragraphs and headings, in page order. */
  order: number;
  /** Whitespace-collapsed text: Readability re-parses the page when it retries, so a kept
   *  paragraph is found by its text, not only by identity. */
  text: string;
  /** Ancestors before Readability moved anything, nearest first, up to <body>. */
  ancestors: Element[];
}

/** The page's story-like paragraphs with their original ancestors, before Readability moves them. */
export interface ProseSnapshot {
  /** Story-like paragraphs, and lists of sentences (`isProseList`), in page order. */
  paragraphs: ProseParagraph[];
  /** The page's section headings (h2–h4), for restoring whole sections (restore-sibling-sections.ts). */
  headings: ProseParagraph[];
  /**
   * The elements that held an `<h1>` before Readability ran (it turns the article's `<h1>` into an
   * `<h2>`): a section holding one starts a story of its own.
   */
  titleHolders: Set<Element>;
  /**
   * The original children of the snapshot blocks' ancestors, read before Readability moves and
   * trims them (restore-sibling-sections.ts compares sections by them).
   */
  children: Map<Element, Element[]>;
}

export function snapshotProse(body: Element): ProseSnapshot {
  const snapshot: ProseSnapshot = { paragraphs: [], headings: [], titleHolders: new Set(), children: new Map() };
  let order = 0;
  const entry = (el: Element): ProseParagraph => {
    const ancestors: Element[] = [];
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) {
      ancestors.push(up);
      if (!snapshot.children.has(up)) snapshot.children.set(up, fewChildren(up));
    }
    return { element: el, order: order++, text: normalizeWhitespace(el.textContent ?? ''), ancestors };
  };
  for (const el of descendantsNamed(body, 'p', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol')) {
    if (el.localName === 'ul' || el.localName === 'ol') {
      if (isProseList(el)) snapshot.paragraphs.push(entry(el));
      continue;
    }
    if (el.localName === 'h1') {
      for (let up = el.parentElement; up && up !== body && !snapshot.titleHolders.has(up); up = up.parentElement) snapshot.titleHolders.add(up);
    }
    else if (el.localName !== 'p') {
      if (textLength(el) >= MIN_HEADING_CHARS) snapshot.headings.push(entry(el));
    } else if (textLength(el) >= MIN_PARAGRAPH_CHARS && linkDensity(el) <= MAX_LINK_DENSITY) snapshot.paragraphs.push(entry(el));
  }
  return snapshot;
}

/** A list item reads as a sentence when it ends like one or is this long: headlines, crumbs and feature fragments do neither. */
const SENTENCE_END = /[.!?:;]["'”’)]*$/u;
const LIST_SENTENCE_WORDS = 12;

/** A list of sentences (not links, not blocks): a story's own list, kept whole, never inside another list or a paragraph. */
function isProseList(el: Element): boolean {
  if (el.parentElement && closestNamed(el.parentElement, 'ul', 'ol', 'p', 'li')) return false;
  if (hasDescendantNamed(el, 'p', 'div', 'ul', 'ol', 'table', 'h2', 'h3', 'h4')) return false;
  if (textLength(el) < MIN_PARAGRAPH_CHARS || linkDensity(el) > MAX_LINK_DENSITY) return false;
  let items = 0;
  let sentences = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName !== 'li') continue;
    items++;
    const text = normalizeWhitespace(child.textContent ?? '');
    if (SENTENCE_END.test(text) || countWords(text) >= LIST_SENTENCE_WORDS) sentences++;
  }
  return items >= 2 && sentences * 2 >= items;
}

/** The children of a section-sized element; none for a wide one (a page wrapper, a long list), which is never compared. */
function fewChildren(el: Element): Element[] {
  const children: Element[] = [];
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (children.length === MAX_SECTION_CHILDREN) return [];
    children.push(child);
  }
  return children;
}

/**
 * Puts back snapshot paragraphs Readability dropped from inside the container of the ones it
 * kept, or from the story's landmark around that container when it kept only a box of the story
 * (`storyLandmark`). `inArticle` (from `keptCopies`) gains the restored paragraphs, so the next
 * recovery step need not look for them again. Returns the restored paragraphs.
 */
export function restoreDroppedParagraphs(snapshot: ProseSnapshot, inArticle: Map<ProseParagraph, Element>, article: Element): Element[] {
  const { paragraphs } = snapshot;
  const kept = paragraphs.filter((p) => inArticle.has(p));
  if (kept.length < 2 || kept.length === paragraphs.length) return [];
  const shared = storyContainer(kept);
  if (!shared) return [];
  const container = storyLandmark(shared, kept, paragraphs);
  const restored: Element[] = restoreLead(snapshot, kept, shared, inArticle, article);
  let previousKept: Element | null = null;
  for (const paragraph of paragraphs) {
    const copy = inArticle.get(paragraph);
    if (copy) {
      previousKept = copy;
      continue;
    }
    if (!previousKept || !isRestorable(paragraph, container)) continue;
    const heading = droppedHeadingOf(paragraph, snapshot, previousKept, container);
    if (heading) {
      previousKept.after('\n', heading, '\n', paragraph.element);
      restored.push(heading);
    } else previousKept.after('\n', paragraph.element);
    previousKept = paragraph.element;
    restored.push(paragraph.element);
  }
  const restoredSet = new Set(restored);
  for (const paragraph of paragraphs) if (restoredSet.has(paragraph.element)) inArticle.set(paragraph, paragraph.element);
  return restored;
}

/** A story landmark holding this many times the prose of the paragraphs Readability kept. */
const LANDMARK_PROSE_FACTOR = 2;

/**
 * When Readability kept a fragment of the story (one box of it), the container of what it kept is
 * that box; the page's own landmark for the story (`<article>`, `<main>`, `role="main"`) around
 * it says where the rest is. The landmark replaces the box when it holds much more prose.
 */
function storyLandmark(container: Element, kept: ProseParagraph[], paragraphs: ProseParagraph[]): Element {
  const ancestors = kept[0]!.ancestors;
  const landmark = ancestors.slice(ancestors.indexOf(container) + 1).find((el) => el.localName === 'article' || el.localName === 'main' || el.getAttribute('role') === 'main');
  if (!landmark) return container;
  const keptChars = kept.reduce((n, p) => n + p.text.length, 0);
  const landmarkChars = paragraphs.reduce((n, p) => n + (p.ancestors.includes(landmark) ? p.text.length : 0), 0);
  return landmarkChars >= LANDMARK_PROSE_FACTOR * keptChars ? landmark : container;
}

/**
 * Puts back section headings Readability dropped from between two blocks of the story it kept:
 * its unlikely-candidate test removes any element whose class or id says `header` (a newsletter
 * platform's `<h2 class="header-anchor-post">`). A heading comes back only when it was dropped for
 * that word alone (`isHeaderNamedHeading`), the blocks on both sides of it are in the article, it
 * sat inside the story container, and no wrapper in between is clutter. Returns the restored
 * headings.
 */
export function restoreDroppedHeadings(snapshot: ProseSnapshot, inArticle: ReadonlyMap<ProseParagraph, Element>, article: Element): Element[] {
  const { paragraphs, headings } = snapshot;
  const kept = paragraphs.filter((p) => inArticle.has(p));
  if (kept.length < 2) return [];
  const container = storyContainer(kept);
  if (!container) return [];
  const root = article.getRootNode();
  // After a retry Readability's article holds copies: a heading it kept is then found by its text.
  const keptHeadings = headingsByText(article);
  const restored: Element[] = [];
  let at = 0;
  for (const heading of headings) {
    while (at < paragraphs.length && paragraphs[at]!.order < heading.order) at++;
    const before = paragraphs[at - 1];
    const after = paragraphs[at];
    if (!before || !after || !inArticle.has(before) || !inArticle.has(after)) continue;
    if (!isHeaderNamedHeading(heading.element) || heading.element.getRootNode() === root || keptHeadings.has(heading.text) || !isRestorable(heading, container)) continue;
    inArticle.get(after)!.before(heading.element, '\n');
    restored.push(heading.element);
  }
  return restored;
}

/**
 * A heading Readability removed for the word `header` in its class or id (its unlikely-candidate
 * pattern reads it as page chrome), with no other clutter word. Headings it removed for a clutter
 * class ("promo", "related", "sponsor"…) stay out: measured on wcxb-dev, putting back every dropped
 * heading brought back newsletter and "related articles" titles.
 */
function isHeaderNamedHeading(heading: Element): boolean {
  const named = `${heading.getAttribute('class') ?? ''} ${heading.id}`;
  if (!HEADER_NAME.test(named)) return false;
  return !CLUTTER_WRAPPER.test(elementTokens(heading).replace(HEADER_TOKEN, ' '));
}

/**
 * The heading right before a restored list in its own box (`<div><h3>Why…</h3><ul>…</ul></div>`),
 * when Readability dropped it with the list: the box comes back with its title.
 */
function droppedHeadingOf(paragraph: ProseParagraph, { headings }: ProseSnapshot, previousKept: Element, container: Element): Element | null {
  // Paragraphs: measured on wcxb-dev, putting their box's heading back too gained nothing on
  // validation sites and lost on training ones; a list without its title reads as a fragment.
  if (paragraph.element.localName === 'p') return null;
  const heading = headings.find((h) => h.order === paragraph.order - 1);
  if (!heading || heading.ancestors[0] !== paragraph.ancestors[0]) return null;
  // Still in the article (Readability kept it): nothing to put back.
  if (heading.element.getRootNode() === previousKept.getRootNode()) return null;
  return isRestorable(heading, container) ? heading.element : null;
}

/** For each snapshot paragraph Readability kept, its element in the article (itself or, after a retry, its copy). */
export function keptCopies(article: Element, { paragraphs }: ProseSnapshot): Map<ProseParagraph, Element> {
  const byText = new Map<string, Element>();
  for (const p of descendantsNamed(article, 'p', 'ul', 'ol')) {
    const text = normalizeWhitespace(p.textContent ?? '');
    if (!byText.has(text)) byText.set(text, p);
  }
  const kept = new Map<ProseParagraph, Element>();
  for (const paragraph of paragraphs) {
    const copy = article.contains(paragraph.element) ? paragraph.element : byText.get(paragraph.text);
    if (copy) kept.set(paragraph, copy);
  }
  return kept;
}

/**
 * The standfirst: story paragraphs just before the first kept one, in the story container's
 * parent (`<div class="chapo"><p>…</p></div>` beside `<div class="body">`). Readability scores
 * the body's container and leaves the lead behind. Only the run of restorable paragraphs right
 * before the first kept one comes back, in order, in front of it (or of the heading Readability
 * kept above it).
 */
function restoreLead(snapshot: ProseSnapshot, kept: ProseParagraph[], container: Element, inArticle: Map<ProseParagraph, Element>, article: Element): Element[] {
  const { paragraphs } = snapshot;
  const first = kept[0]!;
  const firstIndex = paragraphs.indexOf(first);
  if (firstIndex <= 0) return [];
  // The story container itself or its nearest ancestor (a few levels up at most) that also holds
  // the paragraph just before the story: page builders put the lead in a column of its own.
  const at = first.ancestors.indexOf(container);
  const above = first.ancestors.slice(at, at + 1 + MAX_LEAD_CLIMB);
  const before = new Set(paragraphs[firstIndex - 1]!.ancestors);
  const outer = above.find((el) => before.has(el));
  if (!outer) return [];
  const lead: ProseParagraph[] = [];
  for (let i = firstIndex - 1; i >= 0 && lead.length < MAX_LEAD_PARAGRAPHS; i--) {
    const paragraph = paragraphs[i]!;
    if (inArticle.has(paragraph) || !isRestorable(paragraph, outer, LEAD_WRAPPER_TAGS)) break;
    lead.unshift(paragraph);
  }
  if (!lead.length) return [];
  const anchor = storyStartAfter(lead[lead.length - 1]!.order, first, snapshot, article, inArticle);
  for (const { element } of lead) anchor.before(element, '\n');
  return lead.map(({ element }) => element);
}

/**
 * Where text from before the story goes back (a lead, a standfirst): in front of the story's first
 * kept block, its first kept paragraph `first` or a heading Readability kept between page position
 * `order` and that paragraph (such text does not go between a heading and its section).
 */
export function storyStartAfter(order: number, first: ProseParagraph, snapshot: ProseSnapshot, article: Element, inArticle: ReadonlyMap<ProseParagraph, Element>): Element {
  let anchor = inArticle.get(first)!;
  let anchorOrder = first.order;
  for (const [heading, element] of keptHeadingsOf(snapshot, article, inArticle)) {
    if (heading.order > order && heading.order < anchorOrder) {
      anchor = element;
      anchorOrder = heading.order;
    }
  }
  return anchor;
}

/**
 * The headings of the kept parts of the story, each with its element in the article: a heading
 * Readability kept whose next block on the page is a paragraph it kept. Found by text (after a
 * retry the article holds copies), so only a heading whose text is the only one of its kind on
 * the page: each product's "Pros" would otherwise all point at the kept product's. A heading of
 * a box Readability kept beside the story (an ad's title, removed later) is no part's heading.
 */
export function keptHeadingsOf(snapshot: ProseSnapshot, article: Element, inArticle: ReadonlyMap<ProseParagraph, Element>): Map<ProseParagraph, Element> {
  const inArticleByText = headingsByText(article);
  const onPage = new Map<string, number>();
  for (const { text } of snapshot.headings) onPage.set(text, (onPage.get(text) ?? 0) + 1);
  const headings = new Set(snapshot.headings);
  const blocks = [...snapshot.paragraphs, ...snapshot.headings].sort((a, b) => a.order - b.order);
  const kept = new Map<ProseParagraph, Element>();
  blocks.forEach((block, i) => {
    if (!headings.has(block)) return;
    const copy = inArticleByText.get(block.text);
    const next = blocks[i + 1];
    if (copy && onPage.get(block.text) === 1 && next && inArticle.has(next)) kept.set(block, copy);
  });
  return kept;
}

/** The article's headings by their collapsed text; null for a text more than one heading has. */
function headingsByText(article: Element): Map<string, Element | null> {
  const byText = new Map<string, Element | null>();
  for (const heading of descendantsNamed(article, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')) {
    const text = normalizeWhitespace(heading.textContent ?? '');
    byText.set(text, byText.has(text) ? null : heading);
  }
  return byText;
}

/** The deepest original ancestor shared by every kept paragraph (Readability's story container). */
export function storyContainer(kept: ProseParagraph[]): Element | null {
  let shared = kept[0]!.ancestors;
  for (const { ancestors } of kept.slice(1)) {
    const set = new Set(ancestors);
    shared = shared.filter((el) => set.has(el));
    if (!shared.length) return null;
  }
  return shared[0] ?? null;
}

export function isRestorable(paragraph: ProseParagraph, container: Element, allowedTags: ReadonlySet<string> = NO_TAGS): boolean {
  const index = paragraph.ancestors.indexOf(container);
  if (index < 0) return false;
  for (const wrapper of paragraph.ancestors.slice(0, index)) {
    if (allowedTags.has(wrapper.localName)) continue;
    if (CLUTTER_TAGS.has(wrapper.localName) || CAPTION_TAGS.has(wrapper.localName) || CLUTTER_WRAPPER.test(elementTokens(wrapper)) || hiddenReason(wrapper)) return false;
  }
  return !hiddenReason(paragraph.element) && !closestNamed(paragraph.element, 'aside', 'nav', 'footer', 'form', 'dialog', 'figure');
}
