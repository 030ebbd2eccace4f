import type { CleanError, NotArticleReason, PageLimitName } from '../../core/types';
import { t, type MessageKey } from './index';
import { formatNumber } from './format';

const NOT_ARTICLE: Record<NotArticleReason, MessageKey> = {
  'no-text': 'problems.notArticle.noText',
  'search-results': 'problems.notArticle.searchResults',
  'teaser-list': 'problems.notArticle.teaserList',
  'sign-in-form': 'problems.notArticle.signInForm',
};

const TOO_LARGE: Record<PageLimitName, MessageKey> = {
  elements: 'problems.tooLarge.elements',
  depth: 'problems.tooLarge.depth',
  text: 'problems.tooLarge.text',
};

/**
 * The engine's error in the interface language. The engine (core/) speaks English to the CLI and
 * the benchmarks; its error carries a code and the facts (reason, limit, entry, detail) the reader's
 * sentence is made from here, never from the engine's English. Anything without those facts keeps
 * the engine's own sentence.
 */
export function cleanErrorMessage(error: CleanError): string {
  switch (error.code) {
    case 'not-article':
      return error.reason ? t(NOT_ARTICLE[error.reason]) : error.message;
    case 'too-large':
      return error.exceeded && error.limit !== undefined ? t(TOO_LARGE[error.exceeded], { limit: formatNumber(error.limit) }) : error.message;
    case 'invalid-option':
      return error.entry && error.detail ? t('problems.invalidSelector', { selector: error.entry, reason: error.detail }) : error.message;
    default:
      return error.detail ? t('problems.internal', { reason: error.detail }) : error.message;
  }
}
