import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evenSample } from './stats';

/**
 * Loading the shared corpus (`../shared/corpus` next to the repository; never copied into it).
 * Layouts, from the corpus READMEs:
 * - `seed/`, `appeals-dev/`: `NAME.html` + `NAME.json` `{url, title, with, without}`;
 * - `trafilatura-dev/`: `html/*.html.gz` + `annotations.json` keyed by page URL (or `hard::NAME`
 *   for a few pages without one), each `{file, original_file, with, without}`;
 * - `readability-test-pages/NAME/`: `source.html.gz`, `expected.html.gz`, `expected-metadata.json`.
 */

/** The annotated sets, scored by the with/without rule. */
export const ANNOTATED_SETS = ['seed', 'appeals-dev', 'trafilatura-dev'] as const;
export type AnnotatedSet = (typeof ANNOTATED_SETS)[number];
export const REFERENCE_SET = 'readability-test-pages';
export const ALL_SETS = [...ANNOTATED_SETS, REFERENCE_SET] as const;

/** The address Readability's own tests give their pages, which carry none. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

export interface AnnotatedPage {
  set: AnnotatedSet;
  /** Path relative to the corpus folder, e.g. `trafilatura-dev/html/00358e7b04dad0fd.html.gz`. */
  name: string;
  path: string;
  /** The page's address, or null when the annotation has none. */
  url: string | null;
  with: string[];
  without: string[];
}

export interface ReferencePage {
  name: string;
  sourcePath: string;
  expectedPath: string;
  metadataPath: string;
}

/** The repository root (this file is `bench/lib/corpus.ts`). */
export function repoRoot(): string {
  return resolve(fileURLToPath(new URL('../..', import.meta.url)));
}

/** `../shared/corpus` next to the repository, or null when it is not there. */
export function findCorpusDir(root = repoRoot()): string | null {
  const dir = resolve(root, '..', 'shared', 'corpus');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

export function listAnnotatedPages(corpusDir: string, set: AnnotatedSet): AnnotatedPage[] {
  const dir = join(corpusDir, set);
  if (!existsSync(dir)) return [];
  if (set === 'trafilatura-dev') return listTrafilaturaPages(corpusDir);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html') || file.endsWith('.html.gz'))
    .sort()
    .flatMap((file) => {
      const annotationPath = join(dir, file.replace(/\.html(\.gz)?$/, '.json'));
      if (!existsSync(annotationPath)) return [];
      const annotation = JSON.parse(readFileSync(annotationPath, 'utf8')) as { url?: unknown; with?: unknown; without?: unknown };
      return [{ set, name: `${set}/${file}`, path: join(dir, file), url: httpUrlOrNull(annotation.url), with: stringList(annotation.with), without: stringList(annotation.without) }];
    });
}

function listTrafilaturaPages(corpusDir: string): AnnotatedPage[] {
  const annotations = JSON.parse(readFileSync(join(corpusDir, 'trafilatura-dev', 'annotations.json'), 'utf8')) as Record<string, { file?: unknown; with?: unknown; without?: unknown }>;
  return Object.entries(annotations)
    .filter(([, a]) => typeof a.file === 'string')
    .map(([key, a]) => {
      const file = a.file as string;
      return { set: 'trafilatura-dev' as const, name: `trafilatura-dev/html/${file}`, path: join(corpusDir, 'trafilatura-dev', 'html', file), url: httpUrlOrNull(key), with: stringList(a.with), without: stringList(a.without) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function listReferencePages(corpusDir: string): ReferencePage[] {
  const dir = join(corpusDir, REFERENCE_SET);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html.gz')) && existsSync(join(dir, name, 'expected.html.gz')))
    .sort()
    .map((name) => ({ name: `${REFERENCE_SET}/${name}`, sourcePath: join(dir, name, 'source.html.gz'), expectedPath: join(dir, name, 'expected.html.gz'), metadataPath: join(dir, name, 'expected-metadata.json') }));
}

/** A key is used as the page's address only when it is an http(s) URL (not `hard::…`). */
export function httpUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Keeps pages whose corpus-relative name contains any of the given substrings (all when none). */
export function matchesFileFilter(name: string, filters: readonly string[]): boolean {
  return filters.length === 0 || filters.some((filter) => name.includes(filter) || basename(name).includes(filter));
}

/** A page of any set: reference pages carry Readability's test address and no annotations. */
export interface CorpusPage {
  set: string;
  name: string;
  path: string;
  url: string | null;
  with: string[];
  without: string[];
}

/** The pages of the chosen sets, in set order; each set filtered by `--file` substrings and evenly sampled to `--limit`. */
export function listCorpusPages(corpusDir: string, sets: readonly string[], files: readonly string[], limit: number | null): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const set of ANNOTATED_SETS) {
    if (sets.includes(set)) pages.push(...evenSample(listAnnotatedPages(corpusDir, set).filter((page) => matchesFileFilter(page.name, files)), limit));
  }
  if (sets.includes(REFERENCE_SET)) {
    const reference = evenSample(listReferencePages(corpusDir).filter((page) => matchesFileFilter(page.name, files)), limit);
    pages.push(...reference.map((page) => ({ set: REFERENCE_SET, name: page.name, path: page.sourcePath, url: READABILITY_TEST_URL, with: [], without: [] })));
  }
  return pages;
}
