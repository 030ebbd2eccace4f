import { meanWordScore, type WordScore } from '../bench/lib/word-score';
import { addCounts, emptyCounts, metrics, scorePage, type Counts } from '../bench/lib/score';
import { FEATURE_COUNT } from '../core/scorer/block-features';
import { predictTrees, trainBoostedTrees, type BoostOptions, type TreeModel } from './boosted-trees';
import { predictSparse, trainLogistic, type LogisticOptions, type RawModel } from './logistic';
import { textWithout, wordScoreWithout, type PageOutcome, type PreparedPage } from './page-eval';

/** The same cap the rule applies (core/rules/block-scorer.ts). */
const MAX_REMOVED_SHARE = 0.45;
export const THRESHOLDS = Array.from({ length: 14 }, (_, i) => Math.round((0.3 + i * 0.05) * 100) / 100);
const READER_PAGE_TYPES = new Set(['article', 'forum', 'documentation']);
/** Snippet pages label a few blocks each, WCXB pages nearly all: no page weighs more than this many blocks. */
const BLOCKS_PER_PAGE = 40;

/** Labelled, unguarded blocks as training rows; each block weighs the square root of its words. */
export function trainingSet(pages: readonly PreparedPage[]) {
  const rows: PreparedPage['rows'] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const p of pages) {
    const labelled = p.page.blocks.map((b, i) => i).filter((i) => p.page.blocks[i]!.label !== null && !p.page.blocks[i]!.guarded);
    const pageWeight = labelled.length ? Math.min(1, BLOCKS_PER_PAGE / labelled.length) : 0;
    for (const i of labelled) {
      const block = p.page.blocks[i]!;
      rows.push(p.rows[i]!);
      labels.push(block.label === 'boilerplate' ? 1 : 0);
      weights.push(Math.sqrt(Math.max(1, block.words)) * pageWeight);
    }
  }
  return { dimensions: FEATURE_COUNT, rows, labels: Uint8Array.from(labels), weights: Float64Array.from(weights) };
}

export type Learner = { kind: 'logistic'; options: LogisticOptions } | { kind: 'trees'; options: BoostOptions };
export type FittedModel = { kind: 'logistic'; model: RawModel } | { kind: 'trees'; model: TreeModel };

export function probabilities(fitted: FittedModel, p: PreparedPage): number[] {
  return fitted.kind === 'logistic' ? p.rows.map((row) => predictSparse(fitted.model, row)) : p.rows.map((row) => predictTrees(fitted.model, row));
}

/** Which blocks the rule would remove at a threshold (guards and the word cap as in the rule). */
export function removedAt(p: PreparedPage, probs: readonly number[], threshold: number): Set<number> {
  const blocks = p.page.blocks;
  const picked = blocks.map((_, i) => i).filter((i) => probs[i]! >= threshold && !blocks[i]!.guarded);
  const budget = blocks.reduce((n, b) => n + b.words, 0) * MAX_REMOVED_SHARE;
  if (picked.reduce((n, i) => n + blocks[i]!.words, 0) <= budget) return new Set(picked);
  const out = new Set<number>();
  let used = 0;
  for (const i of [...picked].sort((a, b) => probs[b]! - probs[a]!)) {
    if (used + blocks[i]!.words > budget) continue;
    used += blocks[i]!.words;
    out.add(i);
  }
  return out;
}

export interface Summary {
  pages: number;
  word: WordScore;
  withRate: number;
  withoutRate: number;
  counts: Counts;
}

export function summarise(outcomes: readonly PageOutcome[]): Summary {
  const words = outcomes.flatMap((o) => (o.word ? [o.word] : []));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  return {
    pages: outcomes.length,
    word: meanWordScore(words),
    withRate: mean(outcomes.map((o) => o.withRate)),
    withoutRate: mean(outcomes.map((o) => o.withoutRate)),
    counts: outcomes.reduce((c, o) => (o.counts ? addCounts(c, o.counts) : c), emptyCounts()),
  };
}

/**
 * The threshold that does best on the *training* pages: mean word F1 of the WCXB pages plus the
 * snippet F1 of the other pages (so neither corpus decides alone). Validation pages never enter.
 */
export function pickThreshold(pages: readonly PreparedPage[], probs: Map<PreparedPage, number[]>): number {
  let best = THRESHOLDS[THRESHOLDS.length - 1]!;
  let bestScore = -Infinity;
  for (const threshold of THRESHOLDS) {
    const words: WordScore[] = [];
    let counts = emptyCounts();
    for (const p of pages) {
      // Reader pages decide: articles, forums and documentation (collection, listing, product and
      // service pages are the not-an-article gate's business).
      if (p.mainTokens && !READER_PAGE_TYPES.has(p.page.pageType)) continue;
      const removed = removedAt(p, probs.get(p)!, threshold);
      const word = wordScoreWithout(p, removed);
      if (word) words.push(word);
      else counts = addCounts(counts, scorePage(textWithout(p, removed), p.with, p.without).counts);
    }
    const score = meanWordScore(words).f1 + metrics(counts).f1;
    if (score > bestScore) {
      bestScore = score;
      best = threshold;
    }
  }
  return best;
}

export function fitModel(pages: readonly PreparedPage[], learner: Learner): { model: FittedModel; threshold: number } {
  const data = trainingSet(pages);
  const model: FittedModel = learner.kind === 'logistic' ? { kind: 'logistic', model: trainLogistic(data, learner.options) } : { kind: 'trees', model: trainBoostedTrees(data, learner.options) };
  const probs = new Map(pages.map((p) => [p, probabilities(model, p)]));
  return { model, threshold: pickThreshold(pages, probs) };
}
