import { describe, expect, it } from 'vitest';
import { parseReadingPositions, READING_POSITIONS_LIMIT, readingPositionKey, withoutPosition, withPosition, type ReadingPositions } from '../../utils/reading-positions/positions';

const at = (n: number) => ({ block: n, progress: 0.5, at: n });

describe('reading positions', () => {
  it('keys an article by its canonical address on the same site, ignoring tracking, www and #fragments', () => {
    const key = readingPositionKey('https://www.news.example/a/story?utm_source=x#top');
    expect(key).toBe(readingPositionKey('https://news.example/a/story/'));
    expect(readingPositionKey('https://news.example/a/story?page=amp', 'https://news.example/a/story')).toBe(key);
    // A canonical link to another site does not merge two sites' articles.
    expect(readingPositionKey('https://mirror.example/a/story', 'https://news.example/a/story')).not.toBe(key);
    expect(readingPositionKey('https://news.example/b')).not.toBe(key);
    expect(readingPositionKey('file:///home/a.html')).toBeNull();
    // A hash, never the address.
    expect(key).toMatch(/^[0-9a-z]+$/);
  });

  it(`keeps the ${READING_POSITIONS_LIMIT} most recently read, dropping the least recently read first`, () => {
    let positions: ReadingPositions = {};
    for (let n = 1; n <= READING_POSITIONS_LIMIT; n++) positions = withPosition(positions, `k${n}`, at(n));
    // Re-reading k1 makes it the most recent; the next new article evicts k2, not k1.
    positions = withPosition(positions, 'k1', at(1000));
    positions = withPosition(positions, 'new', at(1001));
    expect(Object.keys(positions)).toHaveLength(READING_POSITIONS_LIMIT);
    expect(positions.k1?.at).toBe(1000);
    expect(positions.k2).toBeUndefined();
    expect(positions.k3).toBeDefined();
    expect(Object.keys(withoutPosition(positions, 'k1'))).toHaveLength(READING_POSITIONS_LIMIT - 1);
  });

  it('reads stored positions entry by entry: corrupt ones are dropped and named, the rest kept', () => {
    const { positions, problems } = parseReadingPositions({ good: at(3), bad: { block: -1, progress: 2, at: 'x' }, 'NOT A KEY': at(4) });
    expect(positions).toEqual({ good: at(3) });
    expect(problems).toHaveLength(2);
    expect(parseReadingPositions('junk')).toEqual({ positions: {}, problems: ['is not a map of positions; starting empty'] });
    expect(parseReadingPositions(undefined)).toEqual({ positions: {}, problems: [] });
  });

  it('trims an oversized stored map to the limit on read', () => {
    const raw = Object.fromEntries(Array.from({ length: READING_POSITIONS_LIMIT + 5 }, (_, n) => [`k${n}`, at(n)]));
    const { positions } = parseReadingPositions(raw);
    expect(Object.keys(positions)).toHaveLength(READING_POSITIONS_LIMIT);
    expect(positions.k0).toBeUndefined();
  });
});
