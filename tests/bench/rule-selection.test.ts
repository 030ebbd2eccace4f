import { describe, expect, it } from 'vitest';
import { ruleSelection } from '../../bench/lib/rule-selection';

describe('ruleSelection', () => {
  it('passes known rule ids through as engine options', () => {
    expect(ruleSelection('bench:x', [], ['newsletter-promos'])).toEqual({ ok: true, options: { skip: ['newsletter-promos'] } });
    expect(ruleSelection('bench:x', ['share-bars'], [])).toEqual({ ok: true, options: { only: ['share-bars'] } });
    expect(ruleSelection('bench:x', [], [])).toEqual({ ok: true, options: {} });
  });

  it('names an unknown id and lists the known ones', () => {
    const selection = ruleSelection('bench:x', [], ['newsletter']);
    expect(selection.ok).toBe(false);
    if (!selection.ok) expect(selection.message).toMatch(/^bench:x: unknown rule id newsletter; known ids: .*newsletter-promos/);
  });
});
