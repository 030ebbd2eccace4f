import type { CleanupRule } from './rule';
import siteMemory from './site-memory';

/**
 * Every cleanup rule, in the order the pipeline runs them within its phase. A rule file that is
 * not listed here never runs (tests/meta/rules-registered.test.ts checks both ways).
 */
export const RULES: readonly CleanupRule[] = [
  // Last: site memory only sees what the generic rules left (its own wording for each site).
  siteMemory,
];
