import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the browser tests find their pages. The shared corpus lives beside the repository
 * (`../shared/corpus`) and is never copied in; our own fixtures live in `tests/fixtures/pages`.
 */

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const SHARED_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
export const FIXTURE_PAGES = path.resolve(REPO_ROOT, 'tests/fixtures/pages');

/** The `{ url, title, with, without }` annotation beside each corpus page. */
export interface PageAnnotation {
  url: string;
  title: string;
  with: string[];
  without: string[];
}

/** True when `../shared/corpus/<name>` exists (CI has it; a lone clone may not). */
export function hasCorpus(name: 'seed' | 'appeals-dev' | 'trafilatura-dev' | 'readability-test-pages'): boolean {
  return fs.existsSync(path.join(SHARED_CORPUS, name));
}

/** Reads the annotation JSON next to an HTML page (same name, `.json`). */
export function readAnnotation(htmlPath: string): PageAnnotation {
  return JSON.parse(fs.readFileSync(htmlPath.replace(/\.html?$/, '.json'), 'utf8')) as PageAnnotation;
}

/** The largest HTML file of a corpus folder, by bytes (for the timing measurements). */
export function largestPage(dir: string): string {
  const pages = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ name, size: fs.statSync(path.join(dir, name)).size }))
    .sort((a, b) => b.size - a.size);
  if (!pages[0]) throw new Error(`No .html pages in ${dir}`);
  return pages[0].name;
}
