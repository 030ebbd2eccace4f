import { listAnnotatedPages } from '../bench/lib/corpus';
import { siteOf } from '../bench/lib/site-folds';
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
