import { describe, expect, it } from 'vitest';
import { evenSample, median, quantile } from '../../bench/lib/stats';

describe('median and quantile', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates p95 between closest ranks', () => {
    const values = Array.from({ length: 21 }, (_, i) => i * 10); // 0..200
    expect(quantile(values, 0.95)).toBeCloseTo(190);
    expect(quantile([1, 2], 0.95)).toBeCloseTo(1.95);
  });

  it('answers NaN for no values rather than a made-up number', () => {
    expect(median([])).toBeNaN();
  });
});

describe('evenSample', () => {
  it('takes items evenly across the list, the same every run', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(evenSample(items, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(evenSample(items, 3)).toEqual([0, 3, 6]);
  });

  it('takes everything when the limit is absent or not smaller', () => {
    expect(evenSample([1, 2], null)).toEqual([1, 2]);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
  });
});
