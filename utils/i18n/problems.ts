import type { CleanError, NotArticleReason } from '../../core/types';
import { t, type MessageKey } from './index';
import { formatNumber } from './format';

const NOT_ARTICLE: Record<NotArticleReason, MessageKey> = {
  'no-text': 'problems.notArticle.noText',
  'search-results': 'problems.notArticle.searchResults',
  'teaser-list': 'problems.notArticle.teaserList',
  'sign-in-form': 'problems.notArticle.signInForm',
};

/**
 * The engine's error in the interface language. The engine (core/) speaks English to the CLI and
 * the benchmarks; its error carries a code and the facts (reason, limit, entry) the reader's
 * sentence is made from here. Anything without those facts keeps the engine's own sentence.
 */
export function cleanErrorMessage(error: CleanError): string {
  switch (error.code) {
    case 'not-article':
      return error.reason ? t(NOT_ARTICLE[error.reason]) : error.message;
    case 'too-large': {
      if (!error.limit) return error.message;
      // Which limit: the engine names it in its sentence (core/limits.ts LIMIT_WORDING).
      const key: MessageKey = / levels /.test(error.message) ? 'problems.tooLarge.depth' : / characters /.test(error.message) ? 'problems.tooLarge.text' : 'problems.tooLarge.elements';
      return t(key, { limit: formatNumber(error.limit) });
    }
    case 'invalid-option': {
      const reason = /: (.*)$/.exec(error.message)?.[1];
      return error.entry && reason ? t('problems.invalidSelector', { selector: error.entry, reason }) : error.message;
    }
    default:
      return t('problems.internal', { reason: error.message.replace(/^Cleaning failed: |\. The page was left untouched\.$/g, '') });
  }
}
