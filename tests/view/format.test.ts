import { describe, expect, it } from 'vitest';
import { copiesLabel, countRemovedBlocks, formatPublished, kindLabel, readingTimeLabel, removedCountLabel } from '../../components/view/format';

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

  it('formats a published date in the page language, in UTC', () => {
    expect(formatPublished('2026-03-14T23:30:00Z', 'en')).toBe('March 14, 2026');
    expect(formatPublished('2026-03-14T08:00:00Z', 'de')).toBe('14. März 2026');
  });

  it.each([null, '', 'last Tuesday', 'n/a'])('gives no date for %s', (value) => {
    expect(formatPublished(value, 'en')).toBeNull();
  });

  it('falls back to English for a language tag Intl rejects', () => {
    expect(formatPublished('2026-03-14T08:00:00Z', 'not a tag!')).toBe('March 14, 2026');
  });

  it('says copies only when a block was printed more than once', () => {
    expect(copiesLabel(1)).toBeNull();
    expect(copiesLabel(3)).toBe('3 copies');
  });
});
