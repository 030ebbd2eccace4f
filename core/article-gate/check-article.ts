import type { CleanError } from '../types';
import { measureCards, measurePage } from './evidence';
import { judgePage, NOT_ARTICLE_MESSAGES, STORY_CHARS_ALWAYS_ARTICLE } from './verdict';

/**
 * The not-an-article gate (step `gate`): after Readability, before the postclean rules. Readability
 * always returns its best block, so a search page, a home page of teasers or a sign-in form come
 * out as "articles"; this answers the calm `not-article` error for them instead.
 *
 * `page` is the untouched document (Readability strips scripts and inputs from its working copy;
 * the page's JSON-LD and form fields are read here), `article` is Readability's pick.
 *
 * @example
 * const refused = checkArticleGate(document, parsed.content);
 * if (refused) return fail(refused); // { code: 'not-article', reason: 'search-results', message: … }
 */
export function checkArticleGate(page: Document, article: Element): CleanError | null {
  // Most picks have a few paragraphs of story: no verdict can refuse them, and the page-wide
  // signals (a walk of the whole page) are only read for the rest.
  const cards = measureCards(article);
  if (cards.storyChars >= STORY_CHARS_ALWAYS_ARTICLE) return null;
  const reason = judgePage(measurePage(page, article, cards));
  return reason ? { code: 'not-article', reason, message: NOT_ARTICLE_MESSAGES[reason] } : null;
}
