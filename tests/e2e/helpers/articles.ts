import path from 'node:path';
import { FIXTURE_PAGES, SHARED_CORPUS, hasCorpus, readAnnotation, type PageAnnotation } from './corpus';

/** A page the browser tests open, with what the cleaned view must and must not contain. */
export interface TestArticle {
  /** Path on the page server, e.g. `/seed/mother-jones-aleppo.html`. */
  path: string;
  annotation: PageAnnotation;
  /** Said in test output, so a run on the fallback page is visible as such. */
  source: string;
}

/**
 * The seed article from `../shared/corpus/seed`, or, when the shared corpus is not beside the
 * repository, our own fixture with the same kinds of clutter (and the reason is printed).
 */
export function seedArticle(): TestArticle {
  if (hasCorpus('seed')) {
    return {
      path: '/seed/mother-jones-aleppo.html',
      annotation: readAnnotation(path.join(SHARED_CORPUS, 'seed/mother-jones-aleppo.html')),
      source: '../shared/corpus/seed/mother-jones-aleppo.html',
    };
  }
  console.warn('[e2e] ../shared/corpus/seed is missing: using tests/fixtures/pages/plain-article.html instead');
  return fixtureArticle();
}

export function fixtureArticle(): TestArticle {
  return {
    path: '/fixtures/plain-article.html',
    annotation: readAnnotation(path.join(FIXTURE_PAGES, 'plain-article.html')),
    source: 'tests/fixtures/pages/plain-article.html',
  };
}

/** Whitespace-normalised text, as the corpus annotations are matched. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
