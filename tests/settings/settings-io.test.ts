// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { DEFAULT_PREFERENCES, SETTINGS_VERSION, type Preferences } from '../../utils/settings/defaults';
import { MAX_SETTINGS_FILE_BYTES, describeSettingsChanges, parseSettingsFile, serializeSettings, settingsFileName, type AllSettings } from '../../utils/settings-io';

const settings = (preferences: Partial<Preferences> = {}, siteRules: AllSettings['siteRules'] = {}): AllSettings => ({
  preferences: { ...structuredClone(DEFAULT_PREFERENCES), ...preferences },
  siteRules,
});

const fileWith = (patch: Record<string, unknown>) =>
  JSON.stringify({ app: 'quiet-reader', version: SETTINGS_VERSION, preferences: DEFAULT_PREFERENCES, siteRules: {}, ...patch });

const rejection = (text: string, size?: number): string => {
  const result = parseSettingsFile(text, size);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
};

describe('export → import round trip', () => {
  test('every setting survives', () => {
    const original = settings(
      { theme: 'dark', kindsOff: ['related'], customPhrases: ['Support us'], customSelectors: ['.promo > p'], typography: { fontFamily: 'sans', fontSize: 21, lineWidth: 60, lineHeight: 1.8 } },
      { 'news.example.org': { autoClean: true, kindsOff: ['share'], selectors: ['aside.more'], keep: [{ fingerprint: 'abc', preview: 'Editor’s note' }], updatedAt: 99 } },
    );
    const result = parseSettingsFile(serializeSettings(original, new Date('2026-11-24T10:00:00Z')));
    expect(result).toEqual({ ok: true, settings: original, fromVersion: SETTINGS_VERSION });
  });

  test('the file name carries the date', () => {
    expect(settingsFileName(new Date('2026-11-24T10:00:00Z'))).toBe('quiet-reader-settings-2026-11-24.json');
  });

  test('a version 1 file is migrated on import', () => {
    const result = parseSettingsFile(fileWith({
      version: 1,
      preferences: { ...DEFAULT_PREFERENCES, customPhrases: [' Donate ', 'donate'] },
      siteRules: { 'a.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [] } },
    }));
    expect(result.ok && result.settings.preferences.customPhrases).toEqual(['Donate']);
    expect(result.ok && result.settings.siteRules['a.example.org']?.updatedAt).toBe(0);
  });
});

describe('a bad file is rejected with the reason', () => {
  test.each([
    ['malformed JSON', '{"app": "quiet-reader", ', /cannot be read as settings: its text is damaged/],
    ['not a settings file', JSON.stringify({ hello: 'world' }), /not a Quiet Reader settings file/],
    ['an array', '[1,2]', /not a Quiet Reader settings file/],
    ['a newer version', fileWith({ version: SETTINGS_VERSION + 1 }), /newer Quiet Reader/],
    ['a version that is not a number', fileWith({ version: '2' }), /does not say which settings version/],
    ['an unknown top-level entry', fileWith({ extra: true }), /unknown entry "extra"/],
    ['an unknown preference', fileWith({ preferences: { ...DEFAULT_PREFERENCES, fontColour: 'red' } }), /unknown setting "preferences.fontColour"/],
    ['an unknown typography key', fileWith({ preferences: { ...DEFAULT_PREFERENCES, typography: { ...DEFAULT_PREFERENCES.typography, kerning: 1 } } }), /preferences.typography.kerning/],
    ['a wrong type', fileWith({ preferences: { ...DEFAULT_PREFERENCES, theme: 7 } }), /the theme \(7\) is not one of System, Light, Sepia, Dark\.$/],
    ['no preferences', fileWith({ preferences: undefined }), /no "preferences"/],
    ['a bad site host', fileWith({ siteRules: { 'not a host': {} } }), /"not a host" is not a host name/],
    ['an unknown site-rule key', fileWith({ siteRules: { 'a.example.org': { autoClean: true, script: 'x' } } }), /siteRules.a.example.org.script/],
  ])('%s', (_name, text, reason) => {
    const error = rejection(text);
    expect(error).toMatch(reason);
    // The settings page shows the reason under the heading "Nothing was imported".
    expect(error).not.toMatch(/nothing was imported/i);
  });

  test('an invalid selector is named', () => {
    const error = rejection(fileWith({ preferences: { ...DEFAULT_PREFERENCES, customSelectors: ['.ok', '#1abc'] } }));
    expect(error).toContain('an entry in your CSS selectors (#1abc) is not a valid CSS selector');
    expect(error).not.toMatch(/querySelector|DocumentFragment|; dropped|using "/);
  });

  test.each(['__proto__', 'constructor', 'prototype'])('a "%s" key anywhere is refused', (key) => {
    const text = `{"app":"quiet-reader","version":${SETTINGS_VERSION},"preferences":{"theme":"dark","${key}":{"polluted":true}},"siteRules":{}}`;
    expect(rejection(text)).toContain(`the key "${key}"`);
    expect(rejection(text)).not.toMatch(/nothing was imported/i);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a file over 1 MB is refused before parsing', () => {
    expect(rejection('{}', MAX_SETTINGS_FILE_BYTES + 1)).toMatch(/too large to be a Quiet Reader settings file \(1,025 KB; they are at most 1,024 KB\)\. Choose the file you exported/);
    const huge = fileWith({ preferences: { ...DEFAULT_PREFERENCES, customPhrases: ['x'.repeat(MAX_SETTINGS_FILE_BYTES)] } });
    expect(rejection(huge)).toMatch(/too large to be a Quiet Reader settings file \(1,025 KB; they are at most 1,024 KB\)/);
  });
});

describe('the preview of what an import changes', () => {
  test('lists each changed setting and site in words', () => {
    const current = settings({ customPhrases: ['Old phrase'] }, {
      'same.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 1 },
      'gone.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 1 },
      'edit.example.org': { autoClean: false, kindsOff: [], selectors: ['.a'], keep: [], updatedAt: 1 },
    });
    const next = settings({ theme: 'dark', kindsOff: ['related'], customPhrases: ['New phrase'], typography: { ...DEFAULT_PREFERENCES.typography, fontSize: 22 } }, {
      'same.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 50 },
      'edit.example.org': { autoClean: false, kindsOff: [], selectors: ['.b'], keep: [], updatedAt: 1 },
      'new.example.org': { autoClean: true, kindsOff: [], selectors: [], keep: [], updatedAt: 1 },
    });
    expect(describeSettingsChanges(current, next)).toEqual([
      'Clutter kinds kept (not removed): adds related lists',
      'Custom phrases: adds “New phrase”; removes “Old phrase”',
      'Theme: System → Dark',
      'Typography: text size 19 px → 22 px',
      'Site rules added: new.example.org',
      'Site rules changed: edit.example.org',
      'Site rules removed: gone.example.org',
    ]);
  });

  test('identical settings change nothing', () => {
    expect(describeSettingsChanges(settings(), settings())).toEqual([]);
  });
});
