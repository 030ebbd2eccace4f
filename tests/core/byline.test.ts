import { describe, expect, it } from 'vitest';
import { splitBylineDate } from '../../core/text/byline';

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
