import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import { articleToMarkdown } from '../../core/export/index';
import { exportWindow, SAVED_AT } from './export-helpers';

/**
 * The Markdown of the seed and appeals-dev pages, kept as snapshot files in `__snapshots__/`
 * (reviewed by eye when written). The corpus lives beside the repository and is never copied in;
 * without it these tests are skipped.
 */
const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const PAGES = ['seed', 'appeals-dev'].flatMap((set) => {
  const dir = path.join(CORPUS, set);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => name.endsWith('.html')).sort().map((name) => ({ set, name, file: path.join(dir, name) }));
});

describe.skipIf(PAGES.length === 0)('Markdown of the corpus pages (snapshot files)', () => {
  it.each(PAGES.map((page) => [`${page.set}/${page.name}`, page] as const))('%s', async (_label, page) => {
    const { url } = JSON.parse(fs.readFileSync(page.file.replace(/\.html$/, '.json'), 'utf8')) as { url: string };
    const dom = new JSDOM(fs.readFileSync(page.file, 'utf8'), { url });
    const result = cleanArticle(dom.window.document, { url });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const markdown = articleToMarkdown({ article: result.article, sourceUrl: url, savedAt: SAVED_AT }, exportWindow);
    await expect(markdown).toMatchFileSnapshot(`__snapshots__/${page.set}--${page.name.replace(/\.html$/, '.md')}`);
  });
});
