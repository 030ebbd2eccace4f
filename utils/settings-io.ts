import { CLUTTER_KIND_LABELS, type ClutterKind } from '../core/types';
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
    if (FORBIDDEN_KEYS.has(key)) throw new RejectedKey(`The file contains the key "${key}", which settings never use.`);
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
    if (isPlainObject(expected) && isPlainObject(child)) {
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
  problems.slice(0, 3).join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : '');

/**
 * Checks a settings file and returns what it would set, or why it cannot be imported.
 * `byteLength` is the file's size as the browser reports it (checked before reading when known).
 */
export function parseSettingsFile(text: string, byteLength = new TextEncoder().encode(text).length): ImportResult {
  if (byteLength > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, error: `This file is too large to be a Quiet Reader settings file (${Math.ceil(byteLength / 1024).toLocaleString('en')} KB; they are at most ${(MAX_SETTINGS_FILE_BYTES / 1024).toLocaleString('en')} KB). Choose the file you exported from Quiet Reader.` };
  }
  let data: unknown;
  try {
    data = parseJsonSafely(text);
  } catch (error) {
    if (error instanceof RejectedKey) return { ok: false, error: error.message };
    return { ok: false, error: 'This file cannot be read as settings: its text is damaged or it is another kind of file. Export your settings again to get a good file.' };
  }
  if (!isPlainObject(data) || data.app !== SETTINGS_FILE_APP) {
    return { ok: false, error: 'This is not a Quiet Reader settings file (it has no "app": "quiet-reader").' };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This file does not say which settings version it holds, so it cannot be read. Export your settings again to get a good file.' };
  }
  if (version > SETTINGS_VERSION) {
    return { ok: false, error: `The file was made by a newer Quiet Reader (settings version ${version}; this one reads up to ${SETTINGS_VERSION}). Update the extension, then import it again.` };
  }
  const unknownTop = Object.keys(data).find((key) => !FILE_KEYS.has(key));
  if (unknownTop) return { ok: false, error: `The file has an unknown entry "${unknownTop}".` };
  if (!isPlainObject(data.preferences)) return { ok: false, error: 'The file has no "preferences" object.' };
  if (data.siteRules !== undefined && !isPlainObject(data.siteRules)) {
    return { ok: false, error: 'The file\'s "siteRules" is not a map of sites.' };
  }

  const preferencesRaw = runMigrations(data.preferences, PREFERENCES_MIGRATIONS, version, SETTINGS_VERSION) as Record<string, unknown>;
  const unknownPreference = findUnknownKey(preferencesRaw, DEFAULT_PREFERENCES, 'preferences');
  if (unknownPreference) return { ok: false, error: `The file has an unknown setting "${unknownPreference}".` };
  const preferences = validatePreferences(preferencesRaw);
  if (preferences.problems.length) {
    return { ok: false, error: `Some settings in the file cannot be used: ${listProblems(preferences.problems.map(readerProblem))}.` };
  }

  const siteRulesRaw = runMigrations(data.siteRules ?? {}, SITE_RULES_MIGRATIONS, version, SETTINGS_VERSION) as Record<string, unknown>;
  for (const [host, rule] of Object.entries(siteRulesRaw)) {
    const unknownRuleKey = isPlainObject(rule) ? findUnknownKey(rule, DEFAULT_SITE_RULE, `siteRules.${host}`) : null;
    if (unknownRuleKey) return { ok: false, error: `The file has an unknown site-rule entry "${unknownRuleKey}".` };
  }
  const siteRules = validateSiteRules(siteRulesRaw);
  if (siteRules.problems.length) {
    return { ok: false, error: `Some site rules in the file are invalid: ${listProblems(siteRules.problems)}.` };
  }
  return { ok: true, settings: { preferences: preferences.value, siteRules: siteRules.value }, fromVersion: version };
}

const kindLabel = (kind: string) => CLUTTER_KIND_LABELS[kind as ClutterKind]?.many ?? kind;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function describeListChange(label: string, before: readonly string[], after: readonly string[], format = (s: string) => `“${s}”`): string | null {
  const added = after.filter((entry) => !before.includes(entry));
  const removed = before.filter((entry) => !after.includes(entry));
  if (!added.length && !removed.length) return null;
  const parts: string[] = [];
  if (added.length) parts.push(`adds ${added.slice(0, 3).map(format).join(', ')}${added.length > 3 ? ` and ${added.length - 3} more` : ''}`);
  if (removed.length) parts.push(`removes ${removed.slice(0, 3).map(format).join(', ')}${removed.length > 3 ? ` and ${removed.length - 3} more` : ''}`);
  return `${label}: ${parts.join('; ')}`;
}

/** One readable line per thing an import (or any replacement) would change, for the preview. */
export function describeSettingsChanges(current: AllSettings, next: AllSettings): string[] {
  const changes: string[] = [];
  const a = current.preferences;
  const b = next.preferences;
  const kinds = describeListChange('Clutter kinds kept (not removed)', a.kindsOff, b.kindsOff, kindLabel);
  if (kinds) changes.push(kinds);
  const phrases = describeListChange('Custom phrases', a.customPhrases, b.customPhrases);
  if (phrases) changes.push(phrases);
  const selectors = describeListChange('Custom selectors', a.customSelectors, b.customSelectors, (s) => `\`${s}\``);
  if (selectors) changes.push(selectors);
  if (a.theme !== b.theme) changes.push(`Theme: ${capitalise(a.theme)} → ${capitalise(b.theme)}`);
  const typography: [keyof Preferences['typography'], string, string][] = [
    ['fontFamily', 'font', ''],
    ['fontSize', 'text size', ' px'],
    ['lineWidth', 'line width', ' characters'],
    ['lineHeight', 'line height', ''],
  ];
  for (const [key, label, unit] of typography) {
    if (a.typography[key] !== b.typography[key]) changes.push(`Typography: ${label} ${a.typography[key]}${unit} → ${b.typography[key]}${unit}`);
  }
  if (a.resumePosition !== b.resumePosition) changes.push(`Keep my place: ${a.resumePosition ? 'on' : 'off'} → ${b.resumePosition ? 'on' : 'off'}`);
  if (a.exportRemovedAppendix !== b.exportRemovedAppendix) changes.push(`Removed list in exports: ${a.exportRemovedAppendix ? 'on' : 'off'} → ${b.exportRemovedAppendix ? 'on' : 'off'}`);
  if (a.siteMemoryEnabled !== b.siteMemoryEnabled) changes.push(`Site memory: ${a.siteMemoryEnabled ? 'on' : 'off'} → ${b.siteMemoryEnabled ? 'on' : 'off'}`);

  const hostsBefore = Object.keys(current.siteRules);
  const hostsAfter = Object.keys(next.siteRules);
  const sameRule = (host: string) => {
    const { updatedAt: _x, ...before } = current.siteRules[host]!;
    const { updatedAt: _y, ...after } = next.siteRules[host]!;
    return JSON.stringify(before) === JSON.stringify(after);
  };
  const siteList = (hosts: string[]) => hosts.slice(0, 3).join(', ') + (hosts.length > 3 ? ` and ${hosts.length - 3} more` : '');
  const addedSites = hostsAfter.filter((host) => !hostsBefore.includes(host));
  const removedSites = hostsBefore.filter((host) => !hostsAfter.includes(host));
  const changedSites = hostsAfter.filter((host) => hostsBefore.includes(host) && !sameRule(host));
  if (addedSites.length) changes.push(`Site rules added: ${siteList(addedSites)}`);
  if (changedSites.length) changes.push(`Site rules changed: ${siteList(changedSites)}`);
  if (removedSites.length) changes.push(`Site rules removed: ${siteList(removedSites)}`);
  return changes;
}
