import { describe, expect, it } from 'vitest';
import { judgeWcxbText } from '../../bench/lib/wcxb-report';

describe('judgeWcxbText', () => {
  const page = { mainContent: 'The council voted on Tuesday.', with: ['council voted'], without: ['Subscribe now'] };

  it('scores words against the main content and counts the snippets still present', () => {
    const judged = judgeWcxbText('The council voted on Tuesday. Subscribe now', page);
    expect(judged.word.recall).toBe(1);
    expect(judged.word.precision).toBeCloseTo(5 / 7);
    expect(judged.withRate).toBe(1);
    expect(judged.withoutRate).toBe(1);
  });

  it('counts a page with no `without` snippet as having none left, not all of them', () => {
    expect(judgeWcxbText('The council voted on Tuesday.', { ...page, without: [] }).withoutRate).toBe(0);
  });
});
