import { describe, expect, test } from 'vitest';
import { RELATED_HEADINGS } from '../../core/rules/related-lists';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('related-lists', describe, test, expect);

describe('RELATED_HEADINGS', () => {
  test.each(['We Recommend', 'Latest', 'Most read', 'Read also', 'Lesen Sie auch', 'Lire aussi', 'Lee también', 'Leia também', 'Leggi anche', 'Lees ook', 'Czytaj też', 'Mehr zum Thema', 'Empfohlene Beiträge', 'Entdecken Sie jetzt', 'Weitere Beiträge aus der Kolumne:'])('“%s” names a related list', (label) => {
    expect(RELATED_HEADINGS.test(label)).toBe(true);
  });
  test.each(['Unrelated costs', 'Bereitgestellt', 'The latestness of data', 'Empfohlener Verkaufspreis', 'Entdecken Sie die Altstadt'])('“%s” does not', (text) => {
    expect(RELATED_HEADINGS.test(text)).toBe(false);
  });
});
