import { describe, expect, it, vi } from 'vitest';
import { judgeWcxbText, printWcxb, wcxbJson, type WcxbOutcome } from '../../bench/lib/wcxb-report';

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

describe('printWcxb', () => {
  const score = { word: { precision: 1, recall: 1, f1: 1 }, withRate: 1, withoutRate: 0 };
  const outcome = (name: string, engine: Partial<WcxbOutcome['engine']>): WcxbOutcome => ({
    name, pageType: 'listing', fold: 0,
    readability: { ...score, ok: true },
    engine: { ...score, ok: true, refusal: null, failure: null, ...engine },
  });

  it('names the pages the engine failed on, apart from the gate’s refusals', () => {
    const outcomes = [
      outcome('a.html', {}),
      outcome('b.html', { ok: false, refusal: 'teaser-list' }),
      outcome('c.html', { ok: false, failure: 'Cleaning failed: "i’m" did not match the QName production.' }),
    ];
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      printWcxb(outcomes, () => undefined);
    } finally {
      log.mockRestore();
    }
    expect(lines).toContain('\nEngine failures other than the gate\'s refusals: 1');
    expect(lines).toContain('  c.html: Cleaning failed: "i’m" did not match the QName production.');
    expect(wcxbJson(outcomes).listing).toMatchObject({ refused: 1, failed: 1 });
  });
});
