import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpUrlOrNull } from './corpus';

/**
 * `wcxb-dev/` (its README): `html/NNNN.html.gz` + `annotations.json` keyed by `NNNN`, each
 * `{ file, url, page_type, main_content, with, without }`. `main_content` is the page's whole main
 * content as text, which lets every block be labelled and pages be scored word by word.
 */
export const WCXB_SET = 'wcxb-dev';

export const WCXB_PAGE_TYPES = ['article', 'forum', 'documentation', 'service', 'product', 'collection', 'listing'] as const;

export interface WcxbPage {
  name: string;
  path: string;
  url: string | null;
  /** The registrable-ish host the page came from; validation folds group on it. */
  host: string;
  pageType: string;
  mainContent: string;
  with: string[];
  without: string[];
}

export function listWcxbPages(corpusDir: string): WcxbPage[] {
  const dir = join(corpusDir, WCXB_SET);
  const annotationsPath = join(dir, 'annotations.json');
  if (!existsSync(annotationsPath)) return [];
  const annotations = JSON.parse(readFileSync(annotationsPath, 'utf8')) as Record<string, Record<string, unknown>>;
  return Object.entries(annotations)
    .filter(([, a]) => typeof a.file === 'string' && typeof a.main_content === 'string')
    .map(([key, a]) => {
      const url = httpUrlOrNull(a.url);
      return {
        name: `${WCXB_SET}/html/${a.file as string}`,
        path: join(dir, 'html', a.file as string),
        url,
        host: hostOf(url) ?? `page-${key}`,
        pageType: typeof a.page_type === 'string' ? a.page_type : 'unknown',
        mainContent: a.main_content as string,
        with: strings(a.with),
        without: strings(a.without),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  return new URL(url).hostname.replace(/^www\d*\./, '');
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
