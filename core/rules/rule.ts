import type { BlockModel } from '../scorer/block-model';
import type { BlockScorerOptions, ClutterKind, SiteMemoryView } from '../types';

/** Where a rule runs: on the whole page before Readability, or on Readability's article after it. */
export type RulePhase = 'pre' | 'post';

export interface RuleContext {
  /** The working clone (never the live page). */
  doc: Document;
  url: URL | null;
  /** The page's headline as Readability or the <title> gives it; guards use it to tell the topic. */
  title: string;
  /** Folded custom phrases / selectors, for the user-rule files. */
  customPhrases: readonly string[];
  customSelectors: readonly string[];
  /** The page address as given (site memory keys on it). */
  pageUrl: string;
  siteMemory: SiteMemoryView | null;
  /** The site's name from the page's metadata, once Readability has read it. */
  siteName: string | null;
  /** The date the reading view's header shows (core/metadata.ts), once Readability has read the page. */
  publishedTime: string | null;
  /** The byline the reading view's header shows, without a date glued to it. */
  byline: string | null;
  /** The learned scorer's model and training hook (core/rules/block-scorer.ts). */
  blockScorer: { model: BlockModel | null; observe?: BlockScorerOptions['observe'] } | null;
}

/** One element a rule wants gone, with the sentence a reader sees. */
export interface Candidate {
  element: Element;
  reason: string;
  /** Copies this candidate stands for (a repeated block removed once per copy counts them). */
  copies?: number;
  /**
   * The kind of this block when it differs from the rule's (a promo container marked `share` is a
   * share bar). The reader sees this kind, and switching it off keeps the block.
   */
  kind?: ClutterKind;
}

/**
 * A cleanup rule: one named kind of clutter. It only *collects*; the pipeline removes all
 * candidates in one pass afterwards and records each removal, so a rule never sees a half-edited tree.
 */
export interface CleanupRule {
  /** Equals the file name under core/rules/, e.g. `donation-appeals`. */
  id: string;
  kind: ClutterKind;
  phase: RulePhase;
  /** One line for the README and the settings page. */
  summary: string;
  collect: (root: Element, ctx: RuleContext) => Candidate[];
}

export function defineRule(rule: CleanupRule): CleanupRule {
  return rule;
}

/**
 * Candidates of a rule whose finds can nest (a list's heading, then the box around it): of two
 * nested elements the one found first is the candidate, and the other is skipped.
 */
export function nonNestedCandidates(): { candidates: Candidate[]; take: (element: Element, reason: string) => void } {
  const candidates: Candidate[] = [];
  const take = (element: Element, reason: string) => {
    if (candidates.some(({ element: t }) => t.contains(element) || element.contains(t))) return;
    candidates.push({ element, reason });
  };
  return { candidates, take };
}
