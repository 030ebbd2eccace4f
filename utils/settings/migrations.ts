import { LIST_LIMITS, type Preferences, type SiteRules } from './defaults';

/*
 * Each migration is a tiny pure vN-1 → vN function, keyed by the version it produces. The old
 * shapes stay here, next to the step that leaves them, so a reader sees what changed and why.
 * @wxt-dev/storage runs them on startup; settings-io runs the same ones on an older export file.
 */

/** v1 (0.1.0): the same shape as v2; only its lists were stored as typed (untrimmed, with duplicates). */
export type PreferencesV1 = Preferences;

/** v1 (0.1.0): site rules had no `updatedAt`. */
export type SiteRulesV1 = Record<string, Omit<SiteRules[string], 'updatedAt'>>;

/** Trimmed, non-empty, de-duplicated (case-insensitive for phrases), capped. */
export function tidyList(entries: readonly string[], caseInsensitive: boolean): string[] {
  const seen = new Set<string>();
  const tidy: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    const trimmed = entry.trim().replace(/\s+/g, ' ');
    const key = caseInsensitive ? trimmed.toLowerCase() : trimmed;
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    tidy.push(trimmed);
  }
  return tidy.slice(0, LIST_LIMITS.entries);
}

/**
 * v1 → v2: v1 saved phrases and selectors exactly as typed, so " Donate now " and "donate now"
 * were two rules and an empty line was a phrase that matched every block. v2 stores tidy lists.
 * TODO(2027-06): drop once no v1 installs remain (0.1.0 was a pre-release).
 */
export function migratePreferencesV1toV2(old: PreferencesV1): Preferences {
  if (old == null || typeof old !== 'object') return old;
  return {
    ...old,
    customPhrases: Array.isArray(old.customPhrases) ? tidyList(old.customPhrases, true) : old.customPhrases,
    customSelectors: Array.isArray(old.customSelectors) ? tidyList(old.customSelectors, false) : old.customSelectors,
  };
}

/**
 * v1 → v2: every site rule gains `updatedAt` so the settings page can list recent sites first.
 * Rules from v1 get 0 ("unknown"), which sorts them after any rule changed since.
 * TODO(2027-06): drop with the preferences v1 step.
 */
export function migrateSiteRulesV1toV2(old: SiteRulesV1): SiteRules {
  if (old == null || typeof old !== 'object') return old;
  const next: SiteRules = {};
  for (const [host, rule] of Object.entries(old)) {
    next[host] = rule != null && typeof rule === 'object' ? { ...rule, updatedAt: 0 } : rule;
  }
  return next;
}

/**
 * One step of a chain: each takes its own older shape, so no single parameter type fits them all
 * (@wxt-dev/storage types its `migrations` the same way). Each step checks what it is given.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: steps of one chain take different old shapes
type Migration = (old: any) => unknown;

/** Keyed by the version each function produces, as @wxt-dev/storage expects. */
export const PREFERENCES_MIGRATIONS: Record<number, Migration> = { 2: migratePreferencesV1toV2 };
export const SITE_RULES_MIGRATIONS: Record<number, Migration> = { 2: migrateSiteRulesV1toV2 };

/** Runs the steps from `fromVersion` up to `toVersion` (for import of an older export file). */
export function runMigrations(value: unknown, migrations: Record<number, Migration>, fromVersion: number, toVersion: number): unknown {
  let migrated = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = migrations[version];
    if (step) migrated = step(migrated);
  }
  return migrated;
}
