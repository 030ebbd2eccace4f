import { describe, expect, test } from 'vitest';
import { cleanFixture, describeRuleFixtures, loadRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('promo-containers', describe, test, expect);

describe('promo-containers names a page dialog as one', () => {
  test('a sign-in pop-up and a "you are leaving" modal are listed as page dialogs, under nags', () => {
    const fixture = loadRuleFixtures('promo-containers').find((page) => page.name === 'page-dialogs')!;
    const dialogs = cleanFixture(fixture, { only: ['promo-containers'], groupRemovals: false }).removed.filter((removal) => removal.rule === 'promo-containers');
    expect(dialogs.map((removal) => removal.reason).sort()).toEqual(['Page dialog (marked “modal” in the page’s markup)', 'Page dialog (marked “popup” in the page’s markup)']);
    expect(dialogs.every((removal) => removal.kind === 'nag')).toBe(true);
  });
});
