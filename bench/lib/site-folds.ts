import { getDomain } from 'tldts';

/**
 * Validation folds grouped by site. A page's site is its registrable domain, so no site is ever in
 * both a fold's training and its validation pages. `npm run train` fits on folds; bench:quality
 * prints fold 0 (the sites rules are never written from) beside the others.
 */
export const FOLDS = 5;
export const FOLD_SEED = 1;
/** The fold whose pages are not read when writing or tuning rules: the engine's validation sites. */
export const VALIDATION_FOLD = 0;

export function siteOf(url: string | null, fallback: string): string {
  if (!url) return `no-site:${fallback}`;
  const host = new URL(url).hostname;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** The fold of a site: a stable string hash (FNV-1a), so every run and every machine splits alike. */
export function foldOf(site: string, folds = FOLDS, seed = FOLD_SEED): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < site.length; i++) {
    hash ^= site.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % folds;
}
