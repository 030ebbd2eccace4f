import { describe, expect, test } from 'vitest';
import { SHARE_LABEL } from '../../core/rules/share-bars';
import type { CleanOptions } from '../../core/types';
import { cleanFixture, loadRuleFixtures, describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('share-bars', describe, test, expect);

describe('SHARE_LABEL', () => {
  test.each(['Share', 'Share this article', 'Share on Facebook', 'Teilen', 'Artikel teilen', 'Partager sur Facebook', 'Compartir en Twitter', 'Condividi', 'Udostępnij', 'Follow us on Instagram'])('“%s” is a share or follow label', (label) => {
    expect(SHARE_LABEL.test(label)).toBe(true);
  });
  test.each(['Shareholders voted against the merger', 'The council will share the cost with the county.', 'Follow-up visits are free'])('“%s” is not', (text) => {
    expect(SHARE_LABEL.test(text)).toBe(false);
  });
});

describe('a photo with a share button over it', () => {
  const fixture = loadRuleFixtures('share-bars').find((candidate) => candidate.name === 'photos-with-pin-buttons')!;
  test.each<[string, CleanOptions]>([['the rule alone', { only: ['share-bars'] }], ['the whole engine', {}]])('keeps both photos and lists only the buttons as share bars, with %s', (_name, options) => {
    const result = cleanFixture(fixture, options);
    expect(result.article.contentHtml).toContain('bougainvillea-1200x630.jpg');
    expect(result.article.contentHtml).toContain('pruning-hands.jpg');
    const shares = result.removed.filter((removal) => removal.rule === 'share-bars');
    expect(shares.length).toBeGreaterThan(0);
    for (const removal of shares) expect(removal.html).not.toMatch(/<img/);
  });
});
