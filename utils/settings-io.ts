import type { ClutterKind } from '../core/types';
import { t, type MessageKey } from './i18n';
import { formatKibibytes, formatList, formatRate } from './i18n/format';
import { kindLabel } from './i18n/kinds';
import { fontName, themeName } from './i18n/reading-names';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_SITE_RULE,
  SETTINGS_VERSION,
  type Preferences,
  type SiteRules,
} from './settings/defaults';
import { PREFERENCES_MIGRATIONS, SITE_RULES_MIGRATIONS, runMigrations } from './settings/migrations';
import { FORBIDDEN_KEYS, validatePreferences, validateSiteRules } from './settings/validate';

/*
 * Export and import of all settings as one JSON file. Import is strict where reading storage is
 * forgiving: storage falls back key by key so the user keeps working, but a file the user chose
 * is either applied whole or not at all, with the reason.
 */

export interface AllSettings {
  preferences: Preferences;
  siteRules: SiteRules;
}

/** The file's identity and shape: `{ app, version, exportedAt, preferences, siteRules }`. */
export const SETTINGS_FILE_APP = 'quiet-reader';
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;
const FILE_KEYS = new Set(['app', 'version', 'exportedAt', 'preferences', 'siteRules']);

/** `error` says why and what to do; the settings page shows it under the heading "Nothing was imported", so it does not repeat that. */
export type ImportResult =
  | { ok: true; settings: AllSettings; fromVersion: number }
  | { ok: false; error: string };

export function serializeSettings(settings: AllSettings, now = new Date()): string {
  const file = { app: SETTINGS_FILE_APP, version: SETTINGS_VERSION, exportedAt: now.toISOString(), ...settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function settingsFileName(now = new Date()): string {
  return `quiet-reader-settings-${now.toISOString().slice(0, 10)}.json`;
}

class RejectedKey extends Error {}

/** JSON.parse that refuses prototype-polluting keys anywhere in the tree. */
function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key: string, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new RejectedKey(t('settingsFile.forbiddenKey', { key }));
    return value;
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value != null && typeof value === 'object' && !Array.isArray(value);

/** The first key of `value` (recursively, for nested objects of `template`) that the schema lacks. */
function findUnknownKey(value: Record<string, unknown>, template: object, path: string): string | null {
  for (const [key, child] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(template, key)) return here;
    const expected = (template as Record<string, unknown>)[key];
    // An empty template object is an open map (`listen.voices`: language → voice); validation checks its entries.
    if (isPlainObject(expected) && Object.keys(expected).length && isPlainObject(child)) {
      const nested = findUnknownKey(child, expected, here);
      if (nested) return nested;
    }
  }
  return null;
}

/** Names a setting as the settings page does, for messages about a file. */
const SETTING_NAMES: Record<string, string> = {
  theme: 'the theme',
  'typography.fontFamily': 'the font',
  'typography.fontSize': 'the text size',
  'typography.lineWidth': 'the line width',
  'typography.lineHeight': 'the line spacing',
  typography: 'the typography',
  kindsOff: 'the clutter kinds switched off',
  customPhrases: 'your phrases',
  customSelectors: 'your CSS selectors',
  siteMemoryEnabled: '“Learn each site’s boilerplate”',
};

/**
 * A validation problem (`typography.fontSize: 99 is not a number from 14 to 28; using 19`, written
 * for the console) in the reader's words: "the text size (99) is not a number from 14 to 28". The
 * "using …" tail is dropped: on import nothing is used, the file is refused whole.
 */
export function readerProblem(problem: string): string {
  const match = /^([\w.]+?)(\[\d+\])?: (.*?)(?:; (?:using|dropped|kept)\b.*)?$/.exec(problem);
  if (!match) return problem;
  const [, path, index, rest] = match;
  const name = SETTING_NAMES[path!] ?? path!;
  const detail = rest!.replace(/^(".*?"|\S+) is /, (_all, value: string) => `(${value.replace(/^"|"$/g, '')}) is `).replace(/\bone of ([\w, -]+)$/, (_all, list: string) => `one of ${list.split(', ').map((item) => item.charAt(0).toUpperCase() + item.slice(1)).join(', ')}`);
  return index ? `an entry in ${name} ${detail}` : `${name} ${detail}`;
}

const listProblems = (problems: string[]): string =>
  problems.slice(0, 3).join('; ') + (problems.length > 3 ? `; ${t('settingsFile.andMore', { count: problems.length - 3 })}` : '');

/**
 * Checks a settings file and returns what it would set, or why it cannot be imported.
 * `byteLength` is the file's size as the browser reports it (checked before reading when known).
 */
export function parseSettingsFile(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, error: t('settingsFile.tooLarge', { size: formatKibibytes(Math.ceil(byteLength / 1024) * 1024, 0), max: formatKibibytes(MAX_SETTINGS_FILE_BYTES, 0) }) };
  }
  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch (error) {
    if (error instanceof RejectedKey) return { ok: false, error: error.message };
    return { ok: false, error: t('settingsFile.damaged') };
  }
  if (!isPlainObject(data) || data.app !== SETTINGS_FILE_APP) {
    return { ok: false, error: t('settingsFile.notOurs') };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: t('settingsFile.noVersion') };
  }
  if (version > SETTINGS_VERSION) {
    return { ok: false, error: t('settingsFile.newer', { version: String(version), supported: String(SETTINGS_VERSION) }) };
  }
  const unknownTop = Object.keys(data).find((key) => !FILE_KEYS.has(key));
  if (unknownTop) return { ok: false, error: t('settingsFile.unknownEntry', { key: unknownTop }) };
  if (!isPlainObject(data.preferences)) return { ok: false, error: t('settingsFile.noPreferences') };
  if (data.siteRules !== undefined && !isPlainObject(data.siteRules)) {
    return { ok: false, error: t('settingsFile.siteRulesNotMap') };
  }

  const preferencesRaw = runMigrations(data.preferences, PREFERENCES_MIGRATIONS, version, SETTINGS_VERSION) as Record<string, unknown>;
  const unknownPreference = findUnknownKey(preferencesRaw, DEFAULT_PREFERENCES, 'preferences');
  if (unknownPreference) return { ok: false, error: t('settingsFile.unknownSetting', { key: unknownPreference }) };
  const preferences = validatePreferences(preferencesRaw);
  if (preferences.problems.length) {
    return { ok: false, error: t('settingsFile.badSettings', { problems: listProblems(preferences.problems.map(readerProblem)) }) };
  }

  const siteRulesRaw = runMigrations(data.siteRules ?? {}, SITE_RULES_MIGRATIONS, version, SETTINGS_VERSION) as Record<string, unknown>;
  for (const [host, rule] of Object.entries(siteRulesRaw)) {
    const unknownRuleKey = isPlainObject(rule) ? findUnknownKey(rule, DEFAULT_SITE_RULE, `siteRules.${host}`) : null;
    if (unknownRuleKey) return { ok: false, error: t('settingsFile.unknownSiteEntry', { key: unknownRuleKey }) };
  }
  const siteRules = validateSiteRules(siteRulesRaw);
  if (siteRules.problems.length) {
    return { ok: false, error: t('settingsFile.badSiteRules', { problems: listProblems(siteRules.problems) }) };
  }
  return { ok: true, settings: { preferences: preferences.value, siteRules: siteRules.value }, fromVersion: version };
}


function describeListChange(label: string, before: readonly string[], after: readonly string[], format = (s: string) => `“${s}”`): string | null {
  const some = (items: string[]) => formatList([...items.slice(0, 3).map(format), ...(items.length > 3 ? [t('settingsFile.andMore', { count: items.length - 3 })] : [])]);
  const added = after.filter((entry) => !before.includes(entry));
  const removed = before.filter((entry) => !after.includes(entry));
  if (!added.length && !removed.length) return null;
  const parts: string[] = [];
  if (added.length) parts.push(t('settingsFile.change.adds', { items: some(added) }));
  if (removed.length) parts.push(t('settingsFile.change.removes', { items: some(removed) }));
  return `${label}: ${parts.join('; ')}`;
}

/** One readable line per thing an import (or any replacement) would change, for the preview. */
export function describeSettingsChanges(current: AllSettings, next: AllSettings): string[] {
  const changes: string[] = [];
  const a = current.preferences;
  const b = next.preferences;
  const kinds = describeListChange(t('settingsFile.change.kindsKept'), a.kindsOff, b.kindsOff, (kind) => kindLabel(kind as ClutterKind));
  if (kinds) changes.push(kinds);
  const phrases = describeListChange(t('settingsFile.change.phrases'), a.customPhrases, b.customPhrases);
  if (phrases) changes.push(phrases);
  const selectors = describeListChange(t('settingsFile.change.selectors'), a.customSelectors, b.customSelectors, (s) => `\`${s}\``);
  if (selectors) changes.push(selectors);
  const change = (key: MessageKey, before: string | number, after: string | number) => {
    if (before !== after) changes.push(t(key, { before: String(before), after: String(after) }));
  };
  const onOff = (on: boolean) => t(on ? 'settingsFile.change.on' : 'settingsFile.change.off');
  change('settingsFile.change.theme', themeName(a.theme), themeName(b.theme));
  change('settingsFile.change.font', fontName(a.typography.fontFamily), fontName(b.typography.fontFamily));
  change('settingsFile.change.textSize', t('reading.pixels', { size: a.typography.fontSize }), t('reading.pixels', { size: b.typography.fontSize }));
  change('settingsFile.change.lineWidth', a.typography.lineWidth, b.typography.lineWidth);
  change('settingsFile.change.lineSpacing', a.typography.lineHeight, b.typography.lineHeight);
  change('settingsFile.change.resume', onOff(a.resumePosition), onOff(b.resumePosition));
  change('settingsFile.change.appendix', onOff(a.exportRemovedAppendix), onOff(b.exportRemovedAppendix));
  change('settingsFile.change.siteMemory', onOff(a.siteMemoryEnabled), onOff(b.siteMemoryEnabled));
  change('settingsFile.change.listenRate', formatRate(a.listen.rate), formatRate(b.listen.rate));
  change('settingsFile.change.listenCaptions', onOff(a.listen.captions), onOff(b.listen.captions));
  const voices = (listen: Preferences['listen']) => formatList(Object.entries(listen.voices).map(([lang, voice]) => `${lang}: ${voice}`)) || t('settingsFile.change.none');
  change('settingsFile.change.listenVoices', voices(a.listen), voices(b.listen));

  const hostsBefore = Object.keys(current.siteRules);
  const hostsAfter = Object.keys(next.siteRules);
  const sameRule = (host: string) => {
    const { updatedAt: _x, ...before } = current.siteRules[host]!;
    const { updatedAt: _y, ...after } = next.siteRules[host]!;
    return JSON.stringify(before) === JSON.stringify(after);
  };
  const siteList = (hosts: string[]) => formatList([...hosts.slice(0, 3), ...(hosts.length > 3 ? [t('settingsFile.andMore', { count: hosts.length - 3 })] : [])]);
  const addedSites = hostsAfter.filter((host) => !hostsBefore.includes(host));
  const removedSites = hostsBefore.filter((host) => !hostsAfter.includes(host));
  const changedSites = hostsAfter.filter((host) => hostsBefore.includes(host) && !sameRule(host));
  if (addedSites.length) changes.push(t('settingsFile.change.sitesAdded', { sites: siteList(addedSites) }));
  if (changedSites.length) changes.push(t('settingsFile.change.sitesChanged', { sites: siteList(changedSites) }));
  if (removedSites.length) changes.push(t('settingsFile.change.sitesRemoved', { sites: siteList(removedSites) }));
  return changes;
}
