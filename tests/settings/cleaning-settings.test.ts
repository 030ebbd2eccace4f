import { describe, expect, it } from 'vitest';
import { buildCleanOptions, changesCleaning } from '../../entrypoints/reader.content/clean-options';
import { DEFAULT_PREFERENCES, DEFAULT_SITE_RULE, type Preferences } from '../../utils/settings/defaults';

const prefs = (patch: Partial<Preferences> = {}): Preferences => ({ ...structuredClone(DEFAULT_PREFERENCES), ...patch });

describe('buildCleanOptions', () => {
  it('passes global kinds, phrases and selectors, and the site rule as the site override', () => {
    const options = buildCleanOptions(
      prefs({ kindsOff: ['share'], customPhrases: ['become a member'], customSelectors: ['.promo'] }),
      { ...DEFAULT_SITE_RULE, kindsOff: ['related'], selectors: ['#recirc'], keep: [{ fingerprint: 'f1', preview: 'x' }] },
      'https://news.example.org/a',
    );
    expect(options).toEqual({
      url: 'https://news.example.org/a',
      kindsOff: ['share'],
      customPhrases: ['become a member'],
      customSelectors: ['.promo'],
      site: { kindsOff: ['related'], selectors: ['#recirc'], keep: ['f1'] },
    });
  });

  it('copies lists, so the engine cannot change the stored settings', () => {
    const preferences = prefs({ kindsOff: ['share'] });
    const options = buildCleanOptions(preferences, DEFAULT_SITE_RULE, 'https://x.example/');
    options.kindsOff!.push('appeal');
    expect(preferences.kindsOff).toEqual(['share']);
  });
});

describe('changesCleaning', () => {
  it.each([
    ['a theme change', { theme: 'dark' as const }, false],
    ['a font size change', { typography: { ...DEFAULT_PREFERENCES.typography, fontSize: 24 } }, false],
    ['a kind switched off', { kindsOff: ['appeal' as const] }, true],
    ['a new phrase', { customPhrases: ['support us'] }, true],
    ['a new selector', { customSelectors: ['.ad'] }, true],
    ['site memory switched off', { siteMemoryEnabled: !DEFAULT_PREFERENCES.siteMemoryEnabled }, true],
  ])('%s → %s', (_label, patch, expected) => {
    expect(changesCleaning(prefs(), prefs(patch as Partial<Preferences>))).toBe(expected);
  });
});
