import { hiddenReason } from './hidden';
import { storyStartAfter, type ProseParagraph, type ProseSnapshot } from './recover-lost-text';
import { countWords, foldText, normalizeWhitespace } from './text/normalize';
import { elementTokens, tokenPattern } from './tokens';

/**
 * The standfirst (dek, lead, chapô): the sentence or two between the headline and the story that
 * sums the story up. Pages put it in the article's header, in a hero block or in a box of its own
 * (`h2.article-deck`, `p.lead`, `div.teaser-intro`), outside the container whose paragraphs
 * Readability scores, so Readability leaves it behind; `restoreLead` (recover-lost-text.ts)
 * brings back only story paragraphs a few levels above that container, with no clutter word on
 * their wrappers.
 *
 * What marks a standfirst whatever its markup: publishers write it as the page's description, so
 * its text is the page's `og:description` / `twitter:description` / `<meta name="description">`
 * (or that text cut short). A paragraph or heading of the page before the story's first kept
 * paragraph whose text is the description comes back in front of the story, as a paragraph.
 */

/** A description this short ("Latest news", a site slogan) says nothing specific about one block. */
const MIN_DESCRIPTION_WORDS = 8;
/** A description cut short ("…") matches a longer block only from this many characters on. */
const MIN_CUT_DESCRIPTION_CHARS = 80;
const DESCRIPTION_META = ['meta[property="og:description"]', 'meta[name="twitter:description"]', 'meta[name="description"]'];
const CUT_MARK = /\s*(?:\.{3}|…|\[…\]|\[\.\.\.\])$/u;
/** A copy of the description in a share dialog, a teaser card or a footer is no standfirst. */
const OTHER_COPY_TAGS: ReadonlySet<string> = new Set(['aside', 'nav', 'footer', 'form', 'dialog', 'figure', 'li', 'a', 'table', 'blockquote']);
const OTHER_COPY_WRAPPER = tokenPattern([
  'share', 'sharing', 'social', 'modal', 'popup', 'dialog', 'related', 'recommended', 'recirc', 'comment', 'comments', 'newsletter', 'subscribe', 'signup',
  'footer', 'sidebar', 'widget', 'nav', 'navigation', 'menu', 'cookie', 'consent', 'paywall', 'promo', 'card', 'slider', 'carousel', 'search',
]);

/** The page's own description, when it is long enough to identify a block by. */
export function pageDescription(doc: Document): string | null {
  for (const selector of DESCRIPTION_META) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    if (!content) continue;
    const text = normalizeWhitespace(content);
    if (countWords(text, MIN_DESCRIPTION_WORDS) >= MIN_DESCRIPTION_WORDS) return text;
  }
  return null;
}

/** Whether a block's text is the description, or starts with a description that was cut short. */
export function isDescriptionText(text: string, description: string): boolean {
  const block = foldText(text);
  const wanted = foldText(description).replace(CUT_MARK, '');
  if (block === wanted) return true;
  return wanted.length >= MIN_CUT_DESCRIPTION_CHARS && block.startsWith(wanted);
}

/**
 * Before Readability: the snapshot paragraphs and headings whose text is the page's description,
 * in page order (a share dialog or a teaser may carry a copy too; `restoreStandfirst` tells them apart).
 */
export function findStandfirsts(doc: Document, snapshot: ProseSnapshot): ProseParagraph[] {
  const description = pageDescription(doc);
  if (!description) return [];
  return [...snapshot.paragraphs, ...snapshot.headings]
    .filter((block) => block.element.localName !== 'ul' && block.element.localName !== 'ol' && isDescriptionText(block.text, description))
    .sort((a, b) => a.order - b.order);
}

/**
 * After Readability and the other recovery steps: puts the standfirst back in front of the story
 * when Readability dropped it: the first of `candidates` that came before the story's first kept
 * paragraph, in the story's part of the page. Returns the restored element, or null.
 */
export function restoreStandfirst(candidates: readonly ProseParagraph[], snapshot: ProseSnapshot, inArticle: ReadonlyMap<ProseParagraph, Element>, article: Element): Element | null {
  if (!candidates.length) return null;
  // The snapshot lists paragraphs in page order: the first kept one opens the story.
  const first = snapshot.paragraphs.find((p) => inArticle.has(p));
  if (!first) return null;
  const standfirst = candidates.find((block) => block.order < first.order && isInStory(block, first));
  if (!standfirst || article.contains(standfirst.element)) return null;
  // Kept already, as a copy (a retry of Readability) or as the story's own first paragraph.
  if (foldText(article.textContent ?? '').includes(foldText(standfirst.text))) return null;
  const anchor = storyStartAfter(standfirst.order, first, snapshot, article, inArticle);
  // A standfirst set as a heading is not a section of the story: it comes back as a paragraph.
  let element = standfirst.element;
  if (element.localName !== 'p') {
    const paragraph = element.ownerDocument.createElement('p');
    paragraph.append(...element.childNodes);
    element = paragraph;
  }
  anchor.before(element, '\n');
  return element;
}

/** Not a copy of the description in a share box, a teaser or the page's chrome: its wrappers up to the story's are plain. */
function isInStory(standfirst: ProseParagraph, first: ProseParagraph): boolean {
  if (hiddenReason(standfirst.element)) return false;
  const storyAncestors = new Set(first.ancestors);
  for (const wrapper of standfirst.ancestors) {
    if (storyAncestors.has(wrapper)) return true;
    if (OTHER_COPY_TAGS.has(wrapper.localName) || hiddenReason(wrapper) || OTHER_COPY_WRAPPER.test(elementTokens(wrapper))) return false;
  }
  return false;
}
