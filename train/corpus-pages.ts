import { getDomain } from 'tldts';
import { listAnnotatedPages } from '../bench/lib/corpus';
import { listWcxbPages } from '../bench/lib/wcxb';

/**
 * Every labelled page the scorer learns from, with the site it belongs to. Folds group by site
 * (registrable domain), so no site is ever in both a fold's training and its validation pages.
 */
export interface TrainingPage {
  set: 'wcxb-dev' | 'trafilatura-dev' | 'appeals-dev' | 'seed';
  name: string;
  path: string;
  url: string | null;
  site: string;
  pageType: string;
  mainContent: string | null;
  with: string[];
  without: string[];
}

export function listTrainingPages(corpusDir: string): TrainingPage[] {
  const pages: TrainingPage[] = [];
  for (const page of listWcxbPages(corpusDir)) {
    pages.push({ set: 'wcxb-dev', name: page.name, path: page.path, url: page.url, site: siteOf(page.url, page.name), pageType: page.pageType, mainContent: page.mainContent, with: page.with, without: page.without });
  }
  for (const set of ['trafilatura-dev', 'appeals-dev', 'seed'] as const) {
    for (const page of listAnnotatedPages(corpusDir, set)) {
      pages.push({ set, name: page.name, path: page.path, url: page.url, site: siteOf(page.url, page.name), pageType: 'article', mainContent: null, with: page.with, without: page.without });
    }
  }
  return pages;
}

export function siteOf(url: string | null, fallback: string): string {
  if (!url) return `no-site:${fallback}`;
  const host = new URL(url).hostname;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** The fold of a site: a stable string hash, so every run and every machine splits alike. */
export function foldOf(site: string, folds: number, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < site.length; i++) {
    hash ^= site.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % folds;
}
