import { describe, expect, test } from 'vitest';
import { dateLineLeftovers } from '../../core/text/date-line';
import { cleanFixture, describeRuleFixtures, flat, loadRuleFixtures } from './helpers/rule-fixtures';

// strip: stamps above and below the story when the header shows the date and the byline;
// keep: dated headings and sentences inside the story, and stamps the header cannot show.
describeRuleFixtures('date-lines', describe, test, expect);

describe('date-lines keeps what the header cannot show', () => {
  const [fixture] = loadRuleFixtures('date-lines');
  const stamps = fixture!.strip;

  test('keep: without a date in the page’s metadata, the stamps are the only date', () => {
    const html = fixture!.html.replace(/<meta property="article:published_time"[^>]*>/, '');
    const text = flat(cleanFixture({ ...fixture!, html }));
    for (const stamp of stamps) expect(text).toContain(stamp);
  });

  test('keep: a stamp naming someone other than the header’s byline keeps that name', () => {
    const html = fixture!.html.replace('content="Jane Roe"', 'content="Sam Doe"');
    expect(flat(cleanFixture({ ...fixture!, html }))).toContain('Posted by Jane Roe at December 16, 2025 11:15 AM');
  });
});

describe('dateLineLeftovers', () => {
  test.each([
    ['Updated on June 18, 2025 at 12:35 PM', []],
    ['Publié le 3 mars 2025 à 14h05', []],
    ['Am 3. März 2025 um 14:05 Uhr aktualisiert', []],
    ['Montag, 3. März 2025', []],
    ['Publicado el miércoles 12 de marzo de 2025', []],
    ['12 de marzo de 2025', []],
    ['Opublikowano 5 listopada 2025', []],
    ['15 Dec, 2025 · 5 min read', []],
    ['By Jane Roe | 2025-01-13', ['jane', 'roe']],
  ])('a stamp: %s', (text, left) => {
    expect(dateLineLeftovers(text)).toEqual(left);
  });

  test('a sentence with a date leaves its words', () => {
    expect(dateLineLeftovers('Tickets go on sale June 9, 2025 at the box office')).toEqual(['tickets', 'go', 'sale', 'the', 'box', 'office']);
  });

  test('no full date, no stamp: a month and year alone is a period, not a date line', () => {
    expect(dateLineLeftovers('June 2025')).toBeNull();
  });
});
