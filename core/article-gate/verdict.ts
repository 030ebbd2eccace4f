import type { NotArticleReason } from '../types';
import type { PageEvidence } from './evidence';

/**
 * The thresholds that turn the evidence into "not an article". Each verdict needs the page's
 * structure to say so *and* little story text outside it: a real article with a long link list,
 * a sidebar sign-in box or a "results" heading keeps its paragraphs, and those paragraphs win.
 * Measured on the shared corpus with `npx tsx bench/gate-report.ts`: no corpus page is refused,
 * and the closest undeclared page has 39% of its text in cards (five or more of them).
 */
export const GATE_THRESHOLDS = {
  /** Teaser lists: at least this many headline links… */
  minCards: 5,
  /** …holding at least this share of the pick's text… */
  minCardShare: 0.6,
  /** …and less story text than this outside them (a three-paragraph brief has more). */
  maxStoryChars: 400,
  /** A page that declares itself a list, or echoes a search query, needs less. */
  declaredList: { minCards: 3, minCardShare: 0.5, maxStoryChars: 800 },
  /** A search page whose results Readability dropped: less story text than this is left. */
  maxSearchStoryChars: 300,
  /** Sign-in: the pick holds the password field's label and less story text than this… */
  maxSignInStoryChars: 400,
  /** …or the field is elsewhere on the page and the pick has hardly a sentence. */
  maxStoryCharsBesideSignIn: 150,
} as const;

/**
 * Every verdict needs less story text than this, so a pick with more is an article whatever the
 * rest of the page says (checkArticleGate then skips the walk of the whole page).
 */
export const STORY_CHARS_ALWAYS_ARTICLE = Math.max(
  GATE_THRESHOLDS.maxStoryChars,
  GATE_THRESHOLDS.declaredList.maxStoryChars,
  GATE_THRESHOLDS.maxSearchStoryChars,
  GATE_THRESHOLDS.maxSignInStoryChars,
  GATE_THRESHOLDS.maxStoryCharsBesideSignIn,
);

/**
 * Why the page is not an article, or null when it is (or when the evidence is not clear: the
 * gate only speaks when it is sure, since a wrong "not an article" hides a real one).
 *
 * @example
 * judgePage({ textChars: 900, cards: 8, cardChars: 820, storyChars: 0, declared: null, passwordField: null, searchQuery: true, resultsHeading: false });
 * // 'search-results'
 */
export function judgePage(evidence: PageEvidence): NotArticleReason | null {
  const { declared, storyChars, passwordField } = evidence;
  // A page that calls itself an article is one; the gate only overrules silence or a list type.
  if (declared === 'article') return null;
  if (passwordField === 'in-pick' && storyChars < GATE_THRESHOLDS.maxSignInStoryChars) return 'sign-in-form';
  if (passwordField === 'on-page' && storyChars < GATE_THRESHOLDS.maxStoryCharsBesideSignIn) return 'sign-in-form';
  const searching = evidence.searchQuery || declared === 'search';
  if (searching && storyChars < GATE_THRESHOLDS.maxSearchStoryChars) return 'search-results';
  const limits = searching || declared ? GATE_THRESHOLDS.declaredList : GATE_THRESHOLDS;
  const isCardList = evidence.cards >= limits.minCards && evidence.cardChars >= limits.minCardShare * evidence.textChars && storyChars < limits.maxStoryChars;
  if (!isCardList) return null;
  return searching || evidence.resultsHeading ? 'search-results' : 'teaser-list';
}

/** What the reader is told, per reason: calm, and saying why. */
export const NOT_ARTICLE_MESSAGES: Record<NotArticleReason, string> = {
  'no-text': 'This page does not look like an article, so there is nothing to clean.',
  'search-results': 'This looks like a list of search results, not an article.',
  'teaser-list': 'This looks like a page of article teasers (a home or section page), not an article.',
  'sign-in-form': 'This looks like a sign-in form, not an article.',
};
