import { linkTextLength, linksOf } from '../link-density';
import { textLength } from '../prose';
import { countWords } from '../text/normalize';
import { containsElement, descendantElements, hasDescendantNamed } from '../walk';
import { defineRule, type Candidate } from './rule';

/**
 * Navigation blocks Readability keeps inside the article: a site menu, a breadcrumb trail, a
 * "previous / next post" pair, a table of contents. The page's markup says what they are
 * (`<nav>`, `role="navigation"`); they lead elsewhere and are not part of the story. Labelled
 * whole-page main content (wcxb-dev) leaves them out: of the `<nav>` blocks the engine kept on
 * training-site pages, 76 of 85 are wholly outside the main content.
 *
 * A `<nav>` is taken only while it reads as navigation: mostly links (a few words of label or the
 * current page's title around them), and never the article's bulk, whatever a theme wraps in it.
 */

/** Words outside links a menu or breadcrumb carries ("You are here", the current page's title). */
const MAX_LOOSE_WORDS = 25;
/** A navigation block holding this share of the article's text or more is the article's wrapper. */
const MAX_SHARE_OF_ARTICLE = 0.4;
/** Words of a box's own title beside the menu ("Table of Contents", "On this page", "Contents:"). */
const MAX_TITLE_WORDS = 5;
/** Levels above the menu a title's box may sit: a table-of-contents plugin wraps its title in one or two. */
const MAX_TITLE_LEVELS = 3;

export default defineRule({
  id: 'navigation-menus',
  kind: 'furniture',
  phase: 'post',
  summary: 'Removes navigation blocks left in the article (`<nav>` or `role="navigation"`: menus, breadcrumbs, previous / next links, tables of contents) while they are mostly links.',
  collect(root) {
    const candidates: Candidate[] = [];
    const rootChars = textLength(root);
    let ids: Set<string> | null = null;
    const articleIds = () => (ids ??= idsIn(root));
    let inside: Element | null = null;
    for (const el of descendantElements(root)) {
      if (inside && containsElement(inside, el)) continue;
      if (!isNavigation(el)) continue;
      inside = el;
      const reason = navigationReason(el, articleIds, rootChars);
      if (reason) candidates.push({ element: titledBox(el, root), reason });
    }
    return candidates;
  },
});

/**
 * The menu with its own title: table-of-contents plugins put "Table of Contents" in a box beside
 * the `<nav>` (`<div class="toc"><p>Table of Contents</p><nav>…</nav></div>`), and a title left
 * over a removed menu titles nothing. Grows while the box holds nothing but the menu and a short
 * title: no link, picture, table or `<h1>` of its own, and never the article’s root.
 */
function titledBox(nav: Element, root: Element): Element {
  let box = nav;
  const navWords = countWords(nav.textContent ?? '');
  const navLinks = linksOf(nav).length;
  for (let level = 0, parent = nav.parentElement; level < MAX_TITLE_LEVELS && parent && parent !== root; level++, parent = parent.parentElement) {
    const titleWords = countWords(parent.textContent ?? '') - navWords;
    if (titleWords > MAX_TITLE_WORDS) break;
    if (linksOf(parent).length !== navLinks || hasDescendantNamed(parent, 'h1', 'img', 'picture', 'video', 'iframe', 'table', 'svg', 'form', 'input', 'button')) break;
    box = parent;
  }
  return box;
}

/** `<nav>` or `role="navigation"`; read as attributes, not with a selector, on every element of the article. */
function isNavigation(el: Element): boolean {
  return el.localName === 'nav' || el.getAttribute('role') === 'navigation';
}

function navigationReason(nav: Element, articleIds: () => Set<string>, rootChars: number): string | null {
  const chars = textLength(nav);
  if (chars >= rootChars * MAX_SHARE_OF_ARTICLE) return null;
  const text = nav.textContent ?? '';
  const links = linksOf(nav);
  const looseWords = countWords(text) - links.reduce((sum, link) => sum + countWords(link.textContent ?? ''), 0);
  // An empty or link-free nav is a label left of a menu ("Post navigation"); prose in one is not.
  if (looseWords > MAX_LOOSE_WORDS || (links.length && linkTextLength(nav) < chars / 2 && looseWords > 8)) return null;
  // A table of contents links to the story's own headings; "#search" or "#main" is a menu's skip link.
  const fragments = links.map(fragmentOf).filter(Boolean);
  if (links.length && fragments.length >= links.length / 2) {
    const ids = articleIds();
    if (fragments.filter((id) => ids.has(id)).length >= links.length / 2) return 'A table of contents (links to the article’s own sections, marked as navigation)';
  }
  return 'A navigation menu or breadcrumb (marked as navigation in the page’s markup)';
}

/**
 * The ids inside the article, read from its elements: Readability's article is not attached to
 * the document while the rules run, so `getElementById` cannot find them.
 */
function idsIn(root: Element): Set<string> {
  return new Set(descendantElements(root).map((el) => el.id).filter(Boolean));
}

/** The element id an in-page link points at ("" for any other link). */
function fragmentOf(link: Element): string {
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return '';
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}
