import { linkDensity } from './link-density';
import { holdsMuchProse, textLength } from './prose';
import { hiddenReason } from './rules/hidden-elements';
import { elementTokens, tokenPattern } from './tokens';

/**
 * Recall recovery: story text Readability loses, put back. Two steps around Readability, both
 * switched by `options.steps.recover`:
 *
 * 1. `revealHiddenProse` (before): consent and paywall overlays set `aria-hidden="true"` or
 *    `display:none` on the wrapper of the whole page while their dialog is open. Readability
 *    drops every hidden node, so it would drop the story; the hidden-elements rule already
 *    refuses to remove such a subtree, and this step takes the hiding attributes off it.
 * 2. `snapshotProse` (before) + `restoreDroppedParagraphs` (after): Readability scores
 *    paragraphs by their container and keeps the best container plus well-scored siblings; it
 *    drops paragraphs that sit in the same story container but in a low-scoring wrapper (a
 *    page-builder column, a `div` with a picture, a box its `_cleanConditionally` judged
 *    link-heavy). A paragraph the page had, that is long, has few links, sits inside the
 *    container holding the paragraphs Readability kept, and has no clutter word on its own
 *    wrappers, is put back after the kept paragraph that preceded it on the page. The wording
 *    rules run afterwards, so a restored appeal is still removed.
 */

/** A restored paragraph must read like story prose: this long, with this few links. */
const MIN_PARAGRAPH_CHARS = 80;
const MAX_LINK_DENSITY = 0.3;
/** Wrappers (between the story container and the paragraph) that mark clutter, as whole words. */
const CLUTTER_WRAPPER = tokenPattern([
  'comment', 'comments', 'reply', 'replies', 'respond', 'disqus', 'sidebar', 'widget', 'related', 'recommended', 'recirc', 'promo', 'newsletter', 'subscribe',
  'donate', 'donation', 'share', 'social', 'footer', 'header', 'nav', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'ad', 'ads', 'advert', 'advertisement', 'sponsor',
  'sponsored', 'teaser', 'teasers', 'author', 'bio', 'byline', 'meta', 'tags', 'popup', 'modal', 'banner', 'cookie', 'consent', 'paywall', 'signup', 'cta',
]);
/** Readability's own landmarks that never hold story paragraphs worth restoring. */
const CLUTTER_TAGS = new Set(['aside', 'nav', 'footer', 'header', 'form', 'dialog', 'menu']);

/** Takes the hiding attributes off hidden subtrees that hold much of the page's prose. */
export function revealHiddenProse(body: Element): number {
  let revealed = 0;
  const reveal = (el: Element) => {
    el.removeAttribute('hidden');
    if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
    const style = el.getAttribute('style');
    if (style) el.setAttribute('style', style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?/gi, ''));
    revealed++;
  };
  // Readability checks <html> and <body> too.
  for (const el of [body.ownerDocument.documentElement, body]) if (el && hiddenReason(el)) reveal(el);
  for (const el of body.getElementsByTagName('*')) {
    if (hiddenReason(el) && holdsMuchProse(el, body, 0.5)) reveal(el);
  }
  return revealed;
}

interface ProseParagraph {
  element: Element;
  /** Ancestors before Readability moved anything, nearest first, up to <body>. */
  ancestors: Element[];
}

/** The page's story-like paragraphs with their original ancestors, before Readability moves them. */
export interface ProseSnapshot {
  paragraphs: ProseParagraph[];
}

export function snapshotProse(body: Element): ProseSnapshot {
  const paragraphs: ProseParagraph[] = [];
  for (const p of body.getElementsByTagName('p')) {
    if (textLength(p) < MIN_PARAGRAPH_CHARS || linkDensity(p) > MAX_LINK_DENSITY) continue;
    const ancestors: Element[] = [];
    for (let up = p.parentElement; up && up !== body; up = up.parentElement) ancestors.push(up);
    paragraphs.push({ element: p, ancestors });
  }
  return { paragraphs };
}

/**
 * Puts back snapshot paragraphs Readability dropped from inside the container of the ones it
 * kept. Returns the restored paragraphs (in page order).
 */
export function restoreDroppedParagraphs(article: Element, snapshot: ProseSnapshot): Element[] {
  const { paragraphs } = snapshot;
  const kept = paragraphs.filter((p) => article.contains(p.element));
  if (kept.length < 2 || kept.length === paragraphs.length) return [];
  const container = storyContainer(kept);
  if (!container) return [];
  const restored: Element[] = [];
  let previousKept: Element | null = null;
  for (const paragraph of paragraphs) {
    if (article.contains(paragraph.element)) {
      previousKept = paragraph.element;
      continue;
    }
    if (!previousKept || !isRestorable(paragraph, container)) continue;
    previousKept.after(paragraph.element);
    previousKept = paragraph.element;
    restored.push(paragraph.element);
  }
  return restored;
}

/** The deepest original ancestor shared by every kept paragraph (Readability's story container). */
function storyContainer(kept: ProseParagraph[]): Element | null {
  let shared = kept[0]!.ancestors;
  for (const { ancestors } of kept.slice(1)) {
    const set = new Set(ancestors);
    shared = shared.filter((el) => set.has(el));
    if (!shared.length) return null;
  }
  return shared[0] ?? null;
}

function isRestorable(paragraph: ProseParagraph, container: Element): boolean {
  const index = paragraph.ancestors.indexOf(container);
  if (index < 0) return false;
  for (const wrapper of paragraph.ancestors.slice(0, index)) {
    if (CLUTTER_TAGS.has(wrapper.localName) || CLUTTER_WRAPPER.test(elementTokens(wrapper)) || hiddenReason(wrapper)) return false;
  }
  return !paragraph.element.closest('aside, nav, footer, form, dialog');
}
