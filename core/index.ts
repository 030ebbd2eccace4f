export { cleanArticle, DEFAULT_MAX_ELEMENTS } from './clean-article';
export { RULES } from './rules/index';
export type { CleanupRule, Candidate, RuleContext, RulePhase } from './rules/rule';
export * from './types';
export { fingerprintText } from './text/fingerprint';
export { normalizeWhitespace, foldText, previewText } from './text/normalize';
export { findInvalidSelector, selectorError } from './selectors';
