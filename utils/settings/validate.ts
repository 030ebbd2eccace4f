import { CLUTTER_KINDS, type ClutterKind } from '../../core/types';
import { selectorError } from '../../core/selectors';
import {
  DEFAULT_PREFERENCES,
  DEFAULT_SITE_RULE,
  FONT_FAMILIES,
  LIST_LIMITS,
  LISTEN_RATE_LIMITS,
  LISTEN_VOICES_MAX,
  THEMES,
  TYPOGRAPHY_LIMITS,
  type ListenPreferences,
  type Preferences,
  type SiteRule,
  type SiteRules,
  type Typography,
} from './defaults';

/*
 * Validation on read, key by key (darkreader's validation.ts): a bad value falls back to that
 * key's default and adds a readable problem; every other key keeps what the user stored.
 */

export interface Checked<T> {
  value: T;
  /** One sentence per thing that was wrong, naming the key: `theme: "neon" is not a theme; using "system"`. */
  problems: string[];
}

type Validator<T> = (raw: unknown, path: string, problems: string[]) => T;

const show = (raw: unknown): string => {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Keys that must never become object properties from stored or imported data. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function oneOf<T extends string>(allowed: readonly T[], fallback: T): Validator<T> {
  return (raw, path, problems) => {
    if (allowed.includes(raw as T)) return raw as T;
    problems.push(`${path}: ${show(raw)} is not one of ${allowed.join(', ')}; using "${fallback}"`);
    return fallback;
  };
}

function numberIn(range: { min: number; max: number }, fallback: number): Validator<number> {
  return (raw, path, problems) => {
    if (typeof raw === 'number' && Number.isFinite(raw) && raw >= range.min && raw <= range.max) return raw;
    problems.push(`${path}: ${show(raw)} is not a number from ${range.min} to ${range.max}; using ${fallback}`);
    return fallback;
  };
}

function boolean(fallback: boolean): Validator<boolean> {
  return (raw, path, problems) => {
    if (typeof raw === 'boolean') return raw;
    problems.push(`${path}: ${show(raw)} is not true or false; using ${fallback}`);
    return fallback;
  };
}

/** A list keeps its good entries; a bad entry is dropped and named, a non-list falls back whole. */
function listOf<T>(entry: (raw: unknown) => string, fallback: T[]): Validator<T[]> {
  return (raw, path, problems) => {
    if (!Array.isArray(raw)) {
      problems.push(`${path}: ${show(raw)} is not a list; using the default`);
      return [...fallback];
    }
    const kept: T[] = [];
    raw.forEach((item, index) => {
      const reason = entry(item);
      if (reason) problems.push(`${path}[${index}]: ${show(item)} ${reason}; dropped`);
      else if (kept.length < LIST_LIMITS.entries) kept.push(item as T);
    });
    if (raw.length > LIST_LIMITS.entries) problems.push(`${path}: more than ${LIST_LIMITS.entries} entries; kept the first ${LIST_LIMITS.entries}`);
    return kept;
  };
}

const textEntry = (raw: unknown): string => {
  if (typeof raw !== 'string') return 'is not text';
  if (!raw.trim()) return 'is empty';
  if (raw.length > LIST_LIMITS.entryLength) return `is longer than ${LIST_LIMITS.entryLength} characters`;
  return '';
};

const kindEntry = (raw: unknown): string => (CLUTTER_KINDS.includes(raw as ClutterKind) ? '' : 'is not a clutter kind');

/**
 * Selectors are checked against the DOM where there is one (popup, options, content script); the
 * background worker has none and checks the type only. Either way the engine rejects a bad selector
 * by name (`invalid-option`), so a stale one can never silently remove content.
 */
const selectorEntry = (raw: unknown): string => {
  const textProblem = textEntry(raw);
  if (textProblem || typeof document === 'undefined') return textProblem;
  const reason = selectorError(document.createDocumentFragment(), raw as string);
  return reason ? `is not a valid CSS selector (${reason})` : '';
};

function objectOf<T extends object>(validators: { [K in keyof T]: Validator<T[K]> }, fallback: T): Validator<T> {
  return (raw, path, problems) => {
    if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) {
      if (raw !== undefined) problems.push(`${path}: ${show(raw)} is not an object; using the defaults`);
      return structuredClone(fallback);
    }
    const source = raw as Record<string, unknown>;
    const value = {} as T;
    for (const key of Object.keys(validators) as (keyof T & string)[]) {
      // A missing key is not corruption (a newer build added it): it quietly takes its default.
      value[key] = key in source ? validators[key](source[key], path ? `${path}.${key}` : key, problems) : structuredClone(fallback[key]);
    }
    return value;
  };
}

const typographyValidators: { [K in keyof Typography]: Validator<Typography[K]> } = {
  fontFamily: oneOf(FONT_FAMILIES, DEFAULT_PREFERENCES.typography.fontFamily),
  fontSize: numberIn(TYPOGRAPHY_LIMITS.fontSize, DEFAULT_PREFERENCES.typography.fontSize),
  lineWidth: numberIn(TYPOGRAPHY_LIMITS.lineWidth, DEFAULT_PREFERENCES.typography.lineWidth),
  lineHeight: numberIn(TYPOGRAPHY_LIMITS.lineHeight, DEFAULT_PREFERENCES.typography.lineHeight),
};

/** Language → voice: a bad entry is dropped and named, the rest kept. */
const voicesByLanguage: Validator<Record<string, string>> = (raw, path, problems) => {
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${path}: ${show(raw)} is not a map of languages to voices; using none`);
    return {};
  }
  const kept: Record<string, string> = {};
  for (const [lang, voice] of Object.entries(raw as Record<string, unknown>)) {
    if (!/^[a-z]{2,3}$/.test(lang) || typeof voice !== 'string' || !voice || voice.length > LIST_LIMITS.entryLength) problems.push(`${path}.${lang}: ${show(voice)} is not a voice for a language; dropped`);
    else if (Object.keys(kept).length < LISTEN_VOICES_MAX) kept[lang] = voice;
  }
  return kept;
};

const listenValidators: { [K in keyof ListenPreferences]: Validator<ListenPreferences[K]> } = {
  rate: numberIn(LISTEN_RATE_LIMITS, DEFAULT_PREFERENCES.listen.rate),
  voices: voicesByLanguage,
  captions: boolean(DEFAULT_PREFERENCES.listen.captions),
};

/** One validator per preference; the mapped type makes a new key without a validator a type error. */
const preferenceValidators: { [K in keyof Preferences]: Validator<Preferences[K]> } = {
  kindsOff: listOf<ClutterKind>(kindEntry, DEFAULT_PREFERENCES.kindsOff),
  customPhrases: listOf<string>(textEntry, DEFAULT_PREFERENCES.customPhrases),
  customSelectors: listOf<string>(selectorEntry, DEFAULT_PREFERENCES.customSelectors),
  theme: oneOf(THEMES, DEFAULT_PREFERENCES.theme),
  typography: objectOf(typographyValidators, DEFAULT_PREFERENCES.typography),
  siteMemoryEnabled: boolean(DEFAULT_PREFERENCES.siteMemoryEnabled),
  resumePosition: boolean(DEFAULT_PREFERENCES.resumePosition),
  exportRemovedAppendix: boolean(DEFAULT_PREFERENCES.exportRemovedAppendix),
  listen: objectOf(listenValidators, DEFAULT_PREFERENCES.listen),
};

const validatePreferenceObject = objectOf(preferenceValidators, DEFAULT_PREFERENCES);

export function validatePreferences(raw: unknown): Checked<Preferences> {
  const problems: string[] = [];
  const value = validatePreferenceObject(raw ?? undefined, '', problems);
  return { value, problems };
}

const keepEntry = (raw: unknown): string => {
  if (raw == null || typeof raw !== 'object') return 'is not a kept block';
  const { fingerprint, preview } = raw as Record<string, unknown>;
  return typeof fingerprint === 'string' && fingerprint && typeof preview === 'string' ? '' : 'is not a kept block';
};

const siteRuleValidators: { [K in keyof SiteRule]: Validator<SiteRule[K]> } = {
  autoClean: boolean(DEFAULT_SITE_RULE.autoClean),
  kindsOff: listOf<ClutterKind>(kindEntry, DEFAULT_SITE_RULE.kindsOff),
  selectors: listOf<string>(selectorEntry, DEFAULT_SITE_RULE.selectors),
  keep: listOf<SiteRule['keep'][number]>(keepEntry, DEFAULT_SITE_RULE.keep),
  updatedAt: numberIn({ min: 0, max: Number.MAX_SAFE_INTEGER }, DEFAULT_SITE_RULE.updatedAt),
};
const validateSiteRule = objectOf(siteRuleValidators, DEFAULT_SITE_RULE);

/**
 * True when `raw` holds exactly these keys, each a valid value as stored (no default needed).
 * Message payloads are checked with this, so a payload and the storage accept the same values.
 */
function isExactly<T extends object>(validators: { [K in keyof T]: Validator<T[K]> }, raw: unknown, keys: readonly (keyof T & string)[]): boolean {
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const source = raw as Record<string, unknown>;
  const problems: string[] = [];
  if (Object.keys(source).length !== keys.length || !keys.every((key) => Object.hasOwn(source, key))) return false;
  for (const key of keys) validators[key](source[key], key, problems);
  return problems.length === 0;
}

export const isValidPreferencesPart = (raw: unknown, keys: readonly (keyof Preferences)[]): boolean => isExactly(preferenceValidators, raw, keys);
export const isValidSiteRulePart = (raw: unknown, keys: readonly (keyof SiteRule)[]): boolean => isExactly(siteRuleValidators, raw, keys);

/** Hostnames as the browser reports them (`www.example.org`, `localhost`, `127.0.0.1`, `[::1]`). */
const HOST_PATTERN = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:]+\])$/;

/** Why `host` cannot key a site rule ("" when it can). */
export function siteHostError(host: string): string {
  if (FORBIDDEN_KEYS.has(host)) return 'is a reserved word';
  if (!HOST_PATTERN.test(host)) return 'is not a host name such as news.example.org';
  return '';
}

export function validateSiteRules(raw: unknown): Checked<SiteRules> {
  const problems: string[] = [];
  const value: SiteRules = {};
  if (raw == null) return { value, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`siteRules: ${show(raw)} is not a map of sites; using no site rules`);
    return { value, problems };
  }
  for (const [host, rule] of Object.entries(raw)) {
    const hostProblem = siteHostError(host);
    if (hostProblem) {
      problems.push(`siteRules: "${host}" ${hostProblem}; dropped`);
      continue;
    }
    if (rule == null || typeof rule !== 'object' || Array.isArray(rule)) {
      problems.push(`siteRules.${host}: ${show(rule)} is not a site rule; dropped`);
      continue;
    }
    value[host] = validateSiteRule(rule, `siteRules.${host}`, problems);
  }
  return { value, problems };
}
