import { describe, expect, it } from 'vitest';
import {
  CLEANING_PREFERENCE_KEYS,
  changesCleaning,
  cleanOptionsFor,
  cleaningSettingsOf,
  isCleaningSettings,
  isCleaningSiteRule,
} from '../../utils/settings/cleaning-settings';
import { DEFAULT_PREFERENCES, DEFAULT_SITE_RULE, type Preferences } from '../../utils/settings/defaults';
import { validatePreferences } from '../../utils/settings/validate';

const prefs = (patch: Partial<Preferences> = {}): Preferences => ({ ...structuredClone(DEFAULT_PREFERENCES), ...patch });
const remembered = { used: 1, blocks: {} };

describe('cleanOptionsFor', () => {
  it('passes global kinds, phrases and selectors, and the site rule as the site override', () => {
    const options = cleanOptionsFor(
      prefs({ kindsOff: ['share'], customPhrases: ['become a member'], customSelectors: ['.promo'], siteMemoryEnabled: false }),
      { kindsOff: ['related'], selectors: ['#recirc'], keep: [{ fingerprint: 'f1', preview: 'x' }] },
      'https://news.example.org/a',
      null,
    );
    expect(options).toEqual({
      url: 'https://news.example.org/a',
      kindsOff: ['share'],
      customPhrases: ['become a member'],
      customSelectors: ['.promo'],
      site: { kindsOff: ['related'], selectors: ['#recirc'], keep: ['f1'] },
    });
  });

  it('adds the site memory only when it is on, even with no entry yet (so the article still gets learned)', () => {
    expect(cleanOptionsFor(prefs({ siteMemoryEnabled: false }), DEFAULT_SITE_RULE, 'https://x.example/', remembered).siteMemory).toBeUndefined();
    expect(cleanOptionsFor(prefs({ siteMemoryEnabled: true }), DEFAULT_SITE_RULE, 'https://x.example/', null).siteMemory?.seenOn('f9', 'https://x.example/')).toBe(0);
  });

  it('copies lists, so the engine cannot change the stored settings', () => {
    const preferences = prefs({ kindsOff: ['share'] });
    const options = cleanOptionsFor(preferences, DEFAULT_SITE_RULE, 'https://x.example/', null);
    options.kindsOff!.push('appeal');
    expect(preferences.kindsOff).toEqual(['share']);
  });
});

describe('cleaningSettingsOf', () => {
  it('keeps exactly the cleaning keys, as copies', () => {
    const preferences = prefs({ kindsOff: ['share'], theme: 'dark' });
    const settings = cleaningSettingsOf(preferences);
    expect(Object.keys(settings).sort()).toEqual([...CLEANING_PREFERENCE_KEYS].sort());
    expect(settings.kindsOff).not.toBe(preferences.kindsOff);
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

describe('the payload check accepts what storage accepts, nothing else', () => {
  const good = cleaningSettingsOf(prefs({ kindsOff: ['appeal'], customPhrases: ['x'] }));

  it('a valid value passes', () => {
    expect(isCleaningSettings(good)).toBe(true);
    expect(isCleaningSiteRule({ kindsOff: ['share'], selectors: ['.x'], keep: [{ fingerprint: 'f1', preview: 'p' }] })).toBe(true);
  });

  it.each([
    ['a list that is not a list', { ...good, kindsOff: 'all' }],
    ['an unknown clutter kind', { ...good, kindsOff: ['everything'] }],
    ['a blank phrase', { ...good, customPhrases: [' '] }],
    ['more phrases than storage keeps', { ...good, customPhrases: Array.from({ length: 501 }, (_, i) => `p${i}`) }],
    ['site memory as text', { ...good, siteMemoryEnabled: 'yes' }],
    ['a missing key', { kindsOff: [], customPhrases: [], customSelectors: [] }],
    ['a key that is not a cleaning setting', { ...good, theme: 'dark' }],
    ['nothing', null],
  ])('%s is refused', (_label, data) => {
    expect(isCleaningSettings(data)).toBe(false);
  });

  it('every value the check refuses, storage validation repairs too (one definition)', () => {
    for (const broken of [{ kindsOff: ['everything'] }, { customPhrases: [' '] }, { siteMemoryEnabled: 'yes' }]) {
      const stored = { ...prefs(), ...broken };
      expect(isCleaningSettings(cleaningSettingsOf(stored as Preferences))).toBe(false);
      expect(validatePreferences(stored).problems).not.toEqual([]);
    }
  });

  it('a site rule with a bad kept block is refused', () => {
    expect(isCleaningSiteRule({ kindsOff: [], selectors: [], keep: [{ fingerprint: '' }] })).toBe(false);
    expect(isCleaningSiteRule({ kindsOff: [], selectors: [], keep: [], autoClean: true })).toBe(false);
  });
});
