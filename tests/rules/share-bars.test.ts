import { describe, expect, test } from 'vitest';
import { SHARE_LABEL } from '../../core/rules/share-bars';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('share-bars', describe, test, expect);

describe('SHARE_LABEL', () => {
  test.each(['Share', 'Share this article', 'Share on Facebook', 'Teilen', 'Artikel teilen', 'Partager sur Facebook', 'Compartir en Twitter', 'Condividi', 'Udostępnij', 'Follow us on Instagram'])('“%s” is a share or follow label', (label) => {
    expect(SHARE_LABEL.test(label)).toBe(true);
  });
  test.each(['Shareholders voted against the merger', 'The council will share the cost with the county.', 'Follow-up visits are free'])('“%s” is not', (text) => {
    expect(SHARE_LABEL.test(text)).toBe(false);
  });
});
