import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import rule from '../../core/rules/engagement-prompts';
import type { RuleContext } from '../../core/rules/rule';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('engagement-prompts', describe, test, expect);

const STORY = `<p>${'The council voted on the new bus line after a long debate about costs and routes. '.repeat(8)}</p>`;

/** The rule's reasons for one short block between two story paragraphs. */
function reasonsFor(text: string): string[] {
  const doc = new JSDOM('<body></body>').window.document;
  const root = doc.createElement('div');
  root.innerHTML = `${STORY}<p>${text}</p>${STORY}`;
  return rule.collect(root, { doc } as unknown as RuleContext).map((candidate) => candidate.reason);
}

describe('engagement-prompts: ad slots', () => {
  test('an ad label with the slot’s note after it is one label, also in other languages', () => {
    for (const text of ['Advertisement - Continue Reading Below', 'Advertisement (gone after registration)', 'Sponsored content — continue reading below', 'Anzeige – Weiterlesen nach der Anzeige', 'Publicité · La suite après cette publicité', 'Story continues below advertisement']) {
      expect(reasonsFor(text), text).toEqual(['Advertising label']);
    }
  });

  test('keep: a sentence that starts like a note, and a bare "Continue reading", are no ad label', () => {
    expect(reasonsFor('Continue reading the story of the bus line, which opens in May')).toEqual([]);
    expect(reasonsFor('Ad blockers continue below the fold of most pages')).toEqual([]);
    expect(reasonsFor('Continue reading')).not.toContain('Advertising label');
  });
});
