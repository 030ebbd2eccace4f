import { describe, expect, test } from 'vitest';
import { groupRemovals, summarizeRemovals } from '../../components/popup/summarize-removals';
import { removal } from './popup-fixtures';

describe('summarizeRemovals', () => {
  test.each([
    ['nothing', [], 'Nothing removed'],
    ['one block', [removal('r1', 'share')], '1 share or follow bar'],
    ['copies count: an appeal printed twice is 2', [removal('r1', 'appeal', 2)], '2 donation appeals'],
    [
      'most frequent first, then the engine’s kind order',
      [removal('r1', 'related'), removal('r2', 'appeal'), removal('r3', 'appeal'), removal('r4', 'newsletter')],
      '2 donation appeals, 1 newsletter or subscription promo, and 1 related list',
    ],
  ])('%s', (_name, removed, expected) => {
    expect(summarizeRemovals(removed)).toBe(expected);
  });

  test('groups keep each removal for the expanded list', () => {
    const groups = groupRemovals([removal('r1', 'share'), removal('r2', 'share')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.removals.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});
