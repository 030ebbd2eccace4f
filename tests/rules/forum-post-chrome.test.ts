import { describe, expect, test } from 'vitest';
import { LIKE_COUNT_LINE, POSTER_LABEL, POSTER_STAT_LINE } from '../../core/rules/forum-post-chrome';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('forum-post-chrome', describe, test, expect);

describe('panel labels and lines', () => {
  test.each(['Joined', 'Messages', 'Reaction score', 'Trophy Points:', 'Beiträge', 'Inscrit le', 'Mensajes:', 'Dołączył(a)'])('“%s” is a panel label', (label) => {
    expect(POSTER_LABEL.test(label)).toBe(true);
  });
  test.each(['Registered: 2024-01-27', 'Messages: 3', '1,109 posts · Joined 2022', 'Beiträge: 5.421', 'Mitglied seit: 08.02.2017'])('“%s” is a stat line', (line) => {
    expect(POSTER_STAT_LINE.test(line)).toBe(true);
  });
  test.each(['Joined the club in 2017 after moving to town', 'Messages from readers poured in', 'Points scored in the final quarter', 'Registered voters: more than a million across the state'])('“%s” is not', (text) => {
    expect(POSTER_STAT_LINE.test(text)).toBe(false);
  });
  test.each(['2 Likes', '1 Like', '1.2K likes', '3 Reaktionen', '12 J’aime', '4 me gusta', '5 curtidas', '2 mi piace', '8 polubień'])('“%s” is a like count', (line) => {
    expect(LIKE_COUNT_LINE.test(line)).toBe(true);
  });
  test.each(['It got 40 likes in an hour', 'Likes 2', '2 Likes and a reply'])('“%s” is not', (text) => {
    expect(LIKE_COUNT_LINE.test(text)).toBe(false);
  });
});
