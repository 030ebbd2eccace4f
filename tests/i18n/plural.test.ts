import { afterEach, describe, expect, it } from 'vitest';
import { plural, uiLocale } from '../../utils/i18n';
import { useLocale } from './fake-messages';

/**
 * plural() at run time, in the interface language the browser reports: the CLDR category that
 * Intl.PluralRules names for the count, and "other" where a locale does not spell a category out.
 * (tests/i18n/locales.test.ts checks that each locale file has the forms; this checks they are picked.)
 */
describe('plural()', () => {
  afterEach(() => useLocale('en'));

  it('English: one and other', () => {
    expect(plural('view.removedCount', 1)).toBe('1 block removed');
    expect(plural('view.removedCount', 5)).toBe('5 blocks removed');
  });

  it('Polish: one, few and many (1 blok, 3 bloki, 5 bloków, 22 bloki, 12 bloków)', () => {
    useLocale('pl');
    expect(uiLocale()).toBe('pl');
    expect([1, 3, 5, 22, 12].map((count) => plural('view.removedCount', count))).toEqual([
      'Usunięto 1 blok',
      'Usunięto 3 bloki',
      'Usunięto 5 bloków',
      'Usunięto 22 bloki',
      'Usunięto 12 bloków',
    ]);
  });

  it('French: "many" (a million), which the locale does not spell out, reads as "other"', () => {
    useLocale('fr');
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(plural('view.removedCount', 1_000_000)).toBe('1\u202f000\u202f000 blocs retirés');
    expect(plural('view.removedCount', 1)).toBe('1 bloc retiré');
  });

  it('German: the count is formatted for the interface language', () => {
    useLocale('de');
    expect(plural('view.removedCount', 1234)).toBe('1.234 Blöcke entfernt');
  });
});
