import type { CleanupRule } from './rule';

/**
 * Every cleanup rule, in the order the pipeline runs them within its phase. A rule file that is
 * not listed here never runs (tests/meta/rules-registered.test.ts checks both ways).
 */
export const RULES: readonly CleanupRule[] = [];
