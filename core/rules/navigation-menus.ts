import { linkDensity, linkTextLength, linksOf } from '../link-density';
import { textLength } from '../prose';
import { countWords } from '../text/normalize';
import { wholeTextRegex } from '../text/phrases';
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
/**
 * A table of contents' own title, as the whole text of a short block. Some themes collapse the
 * contents behind that title (`display:none` until it is clicked), so the hidden list is gone
 * before Readability and the title is left over the story, titling nothing. These titles name
 * nothing else; the ambiguous ones below ("Contents", "Inhalt", "Sommaire") also head a book
 * review's summary, so they go only when nothing at all follows them.
 */
const CONTENTS_TITLE = wholeTextRegex([
  'table of contents', 'toggle table of contents', 'on this page', 'in this (?:article|post|guide)', 'jump to(?: section)?',
  'inhaltsverzeichnis', 'auf dieser seite', 'in diesem (?:artikel|beitrag)',
  'table des matières', 'dans cet article', 'sur cette page',
  'índice de contenidos?', 'tabla de contenidos?', 'en este artículo',
  'índice de conteúdos?', 'neste artigo', 'indice dei contenuti', 'in questo articolo',
  'inhoudsopgave', 'in dit artikel', 'spis treści', 'w tym artykule',
]);
const AMBIGUOUS_CONTENTS_TITLE = wholeTextRegex(['contents', 'inhalt', 'sommaire', 'índice', 'contenidos?', 'conteúdos?', 'sumário', 'indice', 'sommario', 'inhoud']);
/** A contents list is links: below this share of link text, what follows a title is story text. */
const CONTENTS_LINK_DENSITY = 0.5;
const MAX_CONTENTS_TITLE_CHARS = 40;
const TITLE_TAGS = new Set(['p', 'div', 'span', 'strong', 'b', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'label']);
/** Levels above the menu a title's box may sit: a table-of-contents plugin wraps its title in one or two. */
const MAX_TITLE_LEVELS = 3;

export default defineRule({
  id: 'navigation-menus',
  kind: 'furniture',
  phase: 'post',
  summary: 'Removes navigation blocks left in the article (`<nav>` or `role="navigation"`: menus, breadcrumbs, previous / next links, tables of contents) while they are mostly links, and a table of contents’ title left without its contents.',
  collect(root) {
    const candidates: Candidate[] = [];
    const rootChars = textLength(root);
    let ids: Set<string> | null = null;
    const articleIds = () => (ids ??= idsIn(root));
    let inside: Element | null = null;
    for (const el of descendantElements(root)) {
      if (inside && containsElement(inside, el)) continue;
      // A title over nothing: its contents were collapsed (hidden) and removed before Readability.
      const title = contentsTitle(el);
      if (title) {
        const box = titleBox(el, root);
        if (titlesNothing(box, title === 'clear')) {
          inside = box;
          candidates.push({ element: box, reason: 'The title of a table of contents left without its contents' });
        }
        continue;
      }
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

/** Whether a short block's whole text is a contents title, and an unmistakable one. */
function contentsTitle(el: Element): 'clear' | 'ambiguous' | null {
  if (!TITLE_TAGS.has(el.localName) || el.childElementCount > 2) return null;
  const n = textLength(el);
  if (n === 0 || n > MAX_CONTENTS_TITLE_CHARS) return null;
  const text = el.textContent ?? '';
  return CONTENTS_TITLE.test(text) ? 'clear' : AMBIGUOUS_CONTENTS_TITLE.test(text) ? 'ambiguous' : null;
}

/** The largest box around the title that holds nothing but it (`<div class="toctitle"><h2>Contents</h2></div>`). */
function titleBox(title: Element, root: Element): Element {
  let box = title;
  const own = textLength(title);
  for (let up = title.parentElement; up && up !== root && textLength(up) === own; up = up.parentElement) box = up;
  return box;
}

/**
 * The title's contents are gone: nothing with text follows its box, or (an unmistakable title)
 * what follows is not a list of links but the story. Readability turns a wrapper left with only
 * the title into the title itself, so the title often ends up just above the story's first
 * paragraph.
 */
function titlesNothing(box: Element, clear: boolean): boolean {
  let next = box.nextElementSibling;
  while (next && textLength(next) === 0) next = next.nextElementSibling;
  return !next || (clear && linkDensity(next) < CONTENTS_LINK_DENSITY);
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
