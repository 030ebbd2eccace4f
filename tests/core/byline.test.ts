import { describe, expect, it } from 'vitest';
import { bylineNames, splitBylineDate } from '../../core/text/byline';
import { cleanThreeWays, loadRuleFixtures } from '../rules/helpers/rule-fixtures';

describe('splitBylineDate', () => {
  it.each([
    ['By Carrie ArnoldNovember 15, 2019', 'By Carrie Arnold', 'November 15, 2019'],
    ['Jane Doe | Updated 3 March 2024, 10:15 GMT', 'Jane Doe', '3 March 2024, 10:15 GMT'],
    ['Ana Ruiz2024-05-02', 'Ana Ruiz', '2024-05-02'],
    ['By Sam Lee, Published Jan. 4, 2021', 'By Sam Lee', 'Jan. 4, 2021'],
  ])('splits %j', (input, byline, date) => {
    expect(splitBylineDate(input)).toEqual({ byline, date });
  });

  it.each(['By Carrie Arnold', 'Staff writer, The Courier', 'May Jones', 'Words by June Carter'])('leaves %j alone', (input) => {
    expect(splitBylineDate(input)).toEqual({ byline: input, date: null });
  });
});

/**
 * The author-bios rule takes a bio at the article's edge when it opens with a name the byline
 * gives; these are the names it may look for. Brands and labels are not people, so a closing
 * "HR Cloud is built for…" paragraph of a company's own post stays.
 */
describe('bylineNames', () => {
  it.each([
    ['By Jane Roe', ['Jane Roe']],
    ['Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal', ['Manoj Jain', 'Jagpreet Chhatwal', 'The Commercial Appeal']],
    ['Adrien Ramirez, Joanna Nelius', ['Adrien Ramirez', 'Joanna Nelius']],
    ['Christopher S. Penn', ['Christopher S. Penn']],
    ['Von Anna Berres und Jonas Keil', ['Anna Berres', 'Jonas Keil']],
    ['Par Claire Dubois et Piotr Nowak', ['Claire Dubois', 'Piotr Nowak']],
    ['Marna van der Merwe', ['Marna van der Merwe']],
    ['Geschrieben von Jane Roe', ['Jane Roe']],
    ['Author: Ana de la Cruz', ['Ana de la Cruz']],
    // A label ends in a colon or a space: these names start with "di" and "par" and stay whole.
    ['Dianne Parisi', ['Dianne Parisi']],
    ['Paris Hilton', ['Paris Hilton']],
  ])('reads %j', (byline, names) => {
    expect(bylineNames(byline)).toEqual(names);
  });

  it.each(['whova', 'Updated', 'HR Cloud', 'QCY Official', 'page.head.extra.author', 'Human in the Loop', 'Staff'])('finds no person in %j', (byline) => {
    expect(bylineNames(byline)).toEqual([]);
  });
});

describe('a bio under the story that opens with the byline name', () => {
  it('goes with the bare-name line above it; a source who shares the bio verb stays', () => {
    const fixture = loadRuleFixtures('author-bios').find((f) => f.name === 'byline-name-bio-en')!;
    const run = cleanThreeWays(fixture, 'author-bios');
    expect(run.readabilityAlone).toContain('Priya Nandakumar Priya Nandakumar is a city hall reporter');
    expect(run.engine).not.toContain('Priya Nandakumar');
    expect(run.engine).toContain('Tomas Reyes is one of them.');
  });
});
