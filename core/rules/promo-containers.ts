import { isComponentNamespace } from '../component-namespace';
import { isDeclaredDiscussion } from '../discussion-page';
import { holdsMuchProse } from '../prose';
import { elementTokens, matchedToken, rawNames, tokenHint, tokenPattern } from '../tokens';
import type { ClutterKind } from '../types';
import { defineRule, type Candidate } from './rule';
import { containsElement, descendantElements, descendantsNamed, hasDescendantNamed } from '../walk';

/**
 * Containers whose own markup says they are a promo: a class, id or role made of whole words
 * such as `newsletter`, `donate`, `share`, `related`, `most-read`, `cookie`, `taboola`, or a
 * page dialog (`modal`, `popup`: sign-in boxes, "you are leaving this site" notices, pop-up
 * offers, which Readability otherwise keeps in the story or even picks as the article). Words
 * are whole tokens (core/tokens.ts), never substrings: `researchgate` is not `search`,
 * `shareholders` is not `share`. Readability drops some of these as "unlikely candidates", but
 * only on its first attempt and only for its own word list, so this rule does not rely on it.
 */
const PROMO_WORDS = [
  // appeals and promos
  'newsletter', 'newsletters', 'newsletter signup', 'signup', 'sign up', 'subscribe', 'subscription', 'subscribe box',
  'donate', 'donation', 'donations', 'fundraising', 'membership cta', 'promo', 'promos', 'promotion', 'upsell', 'house ad',
  // recirculation
  'related', 'relatedposts', 'related posts', 'related articles', 'related stories', 'recommended', 'recommendations',
  'most read', 'mostread', 'most popular', 'mostpopular', 'most viewed', 'trending', 'recirc', 'read next', 'more stories',
  'outbrain', 'taboola', 'zergnet', 'revcontent', 'plista', 'ob widget',
  // sharing
  'share', 'shares', 'sharing', 'sharebar', 'share bar', 'sharethis', 'addthis', 'addtoany', 'a2a kit', 'social', 'social share', 'socialshare', 'social links', 'follow us',
  // nags and discussion
  'cookie', 'cookies', 'cookie banner', 'consent', 'gdpr', 'cmp', 'paywall', 'comments', 'comment respond', 'disqus', 'respond',
  // page dialogs: sign-in and "you are leaving" modals, pop-up offers, filter drawers
  'modal', 'popup',
] as const;
const PROMO_TOKENS = tokenPattern(PROMO_WORDS);
const PROMO_HINT = tokenHint(PROMO_WORDS);
/** The kind a reader sees for each marker word (anything not listed is a newsletter/subscription promo). */
const KIND_OF_WORD: ReadonlyArray<[RegExp, ClutterKind]> = [
  [/donat|fundrais|membership/, 'appeal'],
  [/relat|recommend|most|trending|recirc|read next|more stories|outbrain|taboola|zergnet|revcontent|plista|ob widget/, 'related'],
  [/shar|social|addthis|addtoany|a2a|follow/, 'share'],
  [/cookie|consent|gdpr|cmp|paywall|modal|popup/, 'nag'],
  [/comment|disqus|respond/, 'prompt'],
];
/**
 * Words that, next to a promo word, say the element is the story itself or a part of it:
 * `entry-content share-enabled`, `article-body paywall`, `comments-count` in the byline row.
 */
const CONTENT_TOKENS = tokenPattern(['article body', 'articlebody', 'entry content', 'post content', 'story body', 'content body', 'article content', 'count', 'counter']);
/** Gated story text sits in `.paywall` / `.premium` wrappers; such a wrapper with a real paragraph stays. */
const GATE_TOKENS = tokenPattern(['paywall', 'premium', 'metered', 'subscriber', 'subscribers']);
const LONG_PARAGRAPH_CHARS = 150;
const HAS_TEXT = /\S/;
/** Phrasing elements: a link or span inside running text is part of a sentence, not a container. */
const PHRASING_TAGS = new Set(['a', 'span', 'b', 'i', 'em', 'strong', 'small', 'mark', 'abbr', 'cite', 'q', 'sup', 'sub', 'time', 'label']);
const NEVER_TAGS = new Set(['html', 'body', 'main', 'head', 'script', 'style', 'noscript', 'template', 'svg', 'math']);
/**
 * Words that name a dialog box, never its trigger: `<a class="popup">` opens a note on a sentence
 * of the story and is that sentence, so these words take containers only, not phrasing elements.
 */
const DIALOG_WORDS: ReadonlySet<string> = new Set(['modal', 'popup']);

export default defineRule({
  id: 'promo-containers',
  kind: 'newsletter',
  phase: 'pre',
  summary: 'Removes page containers whose class, id or role names a promo or a page dialog (newsletter, donate, share, related, most-read, cookie, comments, outbrain, modal, popup…), matched as whole words.',
  collect(root) {
    const candidates: Candidate[] = [];
    let lastTaken: Element | null = null;
    // Asked only on a page where `cmp` matched: Adobe's components use it for "component".
    let cmpIsNamespace: boolean | undefined;
    for (const el of descendantElements(root)) {
      if (lastTaken && containsElement(lastTaken, el)) continue;
      if (NEVER_TAGS.has(el.localName) || !PROMO_HINT.test(rawNames(el))) continue;
      const tokens = elementTokens(el);
      if (!tokens) continue;
      const word = matchedToken(tokens, PROMO_TOKENS);
      if (!word || CONTENT_TOKENS.test(tokens)) continue;
      if (word === 'cmp' && (cmpIsNamespace ??= isComponentNamespace(root, 'cmp'))) continue;
      if (DIALOG_WORDS.has(word) && PHRASING_TAGS.has(el.localName)) continue;
      const kind = kindOfWord(word);
      // On a forum thread or a Q&A page the `#comments` wrapper holds the posts: the page itself.
      if (kind === 'prompt' && isDeclaredDiscussion(el)) continue;
      // An empty slot (a script-filled widget) changes no text: not worth a removal record.
      if (!HAS_TEXT.test(el.textContent ?? '') || isInRunningText(el) || holdsStory(el, root, tokens)) continue;
      const what = DIALOG_WORDS.has(word) ? 'Page dialog' : 'Promo container';
      candidates.push({ element: el, reason: `${what} (marked “${word}” in the page’s markup)`, kind });
      lastTaken = el;
    }
    return candidates;
  },
});

function kindOfWord(word: string): ClutterKind {
  return KIND_OF_WORD.find(([pattern]) => pattern.test(word))?.[1] ?? 'newsletter';
}

/** A phrasing element with sentence text around it (`… you can <a class="donate">donate here</a> …`). */
function isInRunningText(el: Element): boolean {
  if (!PHRASING_TAGS.has(el.localName)) return false;
  for (const sibling of el.parentNode?.childNodes ?? []) {
    if (sibling.nodeType === 3 && (sibling.textContent ?? '').trim().length > 1) return true;
  }
  return false;
}

/** The story or part of it: much of the page's prose, or a gate wrapper with a real paragraph in it. */
function holdsStory(el: Element, root: Element, tokens: string): boolean {
  if (el.localName === 'article' || hasDescendantNamed(el, 'h1')) return true;
  if (holdsMuchProse(el, root, 0.25)) return true;
  if (!GATE_TOKENS.test(tokens)) return false;
  for (const p of el.localName === 'p' ? [el] : descendantsNamed(el, 'p')) {
    if ((p.textContent ?? '').length >= LONG_PARAGRAPH_CHARS) return true;
  }
  return false;
}

/* Examples: Newspack `wp-block-newspack-blocks-donate`, Ghost `kg-signup-card`, Jetpack
   `jp-relatedposts`, `sharedaddy`, Arc `c-most-read`, WordPress `#comments` / `#respond`. */
