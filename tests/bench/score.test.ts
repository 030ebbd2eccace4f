import { describe, expect, it } from 'vitest';
import { addCounts, blockRetention, emptyCounts, metrics, scorePage } from '../../bench/lib/score';

describe('scorePage (the with/without rule of the corpus READMEs)', () => {
  it('counts a found with as TP, a missing with as FN, a found without as FP and an absent without as TN', () => {
    const score = scorePage('The council voted. Donate now!', ['The council voted.', 'It rained.'], ['Donate now!', 'Sign up']);
    expect(score.counts).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    expect(score.lost).toEqual(['It rained.']);
    expect(score.leftIn).toEqual(['Donate now!']);
  });

  it('collapses whitespace runs, newlines and NBSP in both the text and the snippet', () => {
    const score = scorePage('  The\n\tcouncil\u00a0 voted  ', ['The council voted', 'council\u00a0\u00a0voted'], []);
    expect(score.counts.tp).toBe(2);
  });

  it('ignores soft hyphens on both sides, as a reader does not see them', () => {
    expect(scorePage('Die Bundesregierung beschloss', ['Bundes\u00ADregierung'], []).counts.tp).toBe(1);
    expect(scorePage('Die Bundes\u00ADregierung beschloss', ['Bundesregierung'], []).counts.tp).toBe(1);
    expect(blockRetention(['Die Bundes\u00ADregierung beschloss.'], 'Die Bundesregierung beschloss. Mehr.').kept).toBe(1);
  });

  it('is case-sensitive', () => {
    expect(scorePage('DONATE NOW', [], ['Donate now']).counts).toEqual({ tp: 0, fn: 0, fp: 0, tn: 1 });
  });

  it('scores a failed page (empty text) as every with lost and every without absent', () => {
    expect(scorePage('', ['a', 'b'], ['c']).counts).toEqual({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });

  it('never counts a blank snippet as found', () => {
    expect(scorePage('text', ['  '], ['\u00a0']).counts).toEqual({ tp: 0, fn: 1, fp: 0, tn: 1 });
  });
});

describe('metrics', () => {
  it('computes precision, recall, F1 and accuracy from summed counts', () => {
    const m = metrics({ tp: 8, fp: 2, fn: 2, tn: 8 });
    expect(m.precision).toBeCloseTo(0.8);
    expect(m.recall).toBeCloseTo(0.8);
    expect(m.f1).toBeCloseTo(0.8);
    expect(m.accuracy).toBeCloseTo(0.8);
  });

  it('computes F1 as the harmonic mean when precision and recall differ', () => {
    const m = metrics({ tp: 9, fp: 1, fn: 3, tn: 7 });
    expect(m.precision).toBeCloseTo(0.9);
    expect(m.recall).toBeCloseTo(0.75);
    expect(m.f1).toBeCloseTo((2 * 0.9 * 0.75) / 1.65);
    expect(m.accuracy).toBeCloseTo(0.8);
  });

  it('answers 0 instead of NaN when a denominator is zero', () => {
    expect(metrics(emptyCounts())).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });

  it('adds counts field by field', () => {
    expect(addCounts({ tp: 1, fp: 2, fn: 3, tn: 4 }, { tp: 10, fp: 20, fn: 30, tn: 40 })).toEqual({ tp: 11, fp: 22, fn: 33, tn: 44 });
  });
});

describe('blockRetention', () => {
  it('counts the expected blocks whose normalised text is still in the article', () => {
    const result = blockRetention(['First  paragraph.', 'Second\nparagraph.', 'Gone.'], 'First paragraph. Second paragraph.');
    expect(result).toEqual({ kept: 2, total: 3, missing: ['Gone.'] });
  });
});
