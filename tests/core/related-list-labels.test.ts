import { describe, expect, test } from 'vitest';
import { RELATED_HEADINGS } from '../../core/rules/related-lists';
import { cleanThreeWays, loadRuleFixtures } from '../rules/helpers/rule-fixtures';

/**
 * Themes label their "more from this site" lists in longer or singular words than the short
 * labels the rule first knew ("Related Post", "Other Posts You May Enjoy", "Next article"). The
 * rule asks that the phrase be nearly all of a heading, so each of these must match as a whole.
 */
function wholeLabel(label: string): boolean {
  const match = RELATED_HEADINGS.exec(label);
  const letters = label.replace(/\s+/g, ' ').trim();
  return match !== null && match[0].length >= 0.6 * letters.length;
}

describe('related-list labels in the shapes themes print', () => {
  test.each([
    'Related Post', 'Related investing topics', 'Related reads:', 'Related articles that may interest you', 'Other Posts You May Enjoy', 'If you liked this post you might also like:',
    'You may be interested in the following topics as well:', 'What others are reading', 'What to read next...', 'Next article', 'More great bread recipes', 'Recent Posts',
    'Ähnliche Artikel', 'Weiterführender Link', 'Diese Artikel könnten dich auch interessieren:', 'Article suivant', 'D’autres articles', 'Artículos relacionados', 'También te podría interesar',
    'Outros artigos', 'Você também pode gostar', 'Altri articoli', 'Ti potrebbe interessare', 'Volgend artikel', 'Dit vind je misschien ook leuk', 'Inne artykuły', 'Może cię też zainteresować',
  ])('“%s” is a whole related-list label', (label) => {
    expect(wholeLabel(label)).toBe(true);
  });

  test.each(['Related costs of running a greenhouse', 'Other stories of lost tubers, and what went wrong', 'The next article in the code is binding', 'Morefield articles of association'])('“%s” is not', (text) => {
    expect(wholeLabel(text)).toBe(false);
  });

  test('on a page, those labels and their lists go; a story heading that opens with the same words stays', () => {
    const fixture = loadRuleFixtures('related-lists').find((f) => f.name === 'theme-related-labels')!;
    const run = cleanThreeWays(fixture, 'related-lists');
    for (const label of ['Related Post', 'If you liked this post you might also like:', 'Other Posts You May Enjoy', 'Staking dahlias before the summer storms']) {
      expect(run.readabilityAlone).toContain(label);
      expect(run.engine).not.toContain(label);
    }
    expect(run.engine).toContain('Other stories of lost tubers, and what went wrong');
    expect(run.engine).toContain('Most tubers that readers lose rot in a box');
  });
});
