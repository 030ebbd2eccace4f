import { describe, expect, it } from 'vitest';
import { copiesLabel, countRemovedBlocks, kindLabel, readingTimeLabel, removedCountLabel } from '../../components/view/format';
import { formatDate } from '../../utils/i18n/format';

describe('clean view text', () => {
  it.each([
    [0, '0 blocks removed'],
    [1, '1 block removed'],
    [12, '12 blocks removed'],
  ])('removedCountLabel(%i) = %s', (n, label) => expect(removedCountLabel(n)).toBe(label));

  it('counts every removed copy, and at least one per record', () => {
    expect(countRemovedBlocks([{ copies: 2 }, { copies: 1 }, { copies: 0 }])).toBe(4);
  });

  it.each([
    [0.2, '1 min read'],
    [4, '4 min read'],
    [6.6, '7 min read'],
  ])('readingTimeLabel(%f) = %s', (minutes, label) => expect(readingTimeLabel(minutes)).toBe(label));

  it('labels kinds in the singular with a capital', () => {
    expect(kindLabel('appeal')).toBe('Donation appeal');
    expect(kindLabel('site-memory')).toBe('Block repeated on this site');
  });

  it('formats a published date in the interface language, in UTC (tests/i18n/ checks the other languages)', () => {
    expect(formatDate('2026-03-14T23:30:00Z')).toBe('March 14, 2026');
  });

  it.each([null, '', 'last Tuesday', 'n/a'])('gives no date for %s', (value) => {
    expect(formatDate(value)).toBeNull();
  });

  it('says copies only when a block was printed more than once', () => {
    expect(copiesLabel(1)).toBeNull();
    expect(copiesLabel(3)).toBe('3 copies');
  });
});
