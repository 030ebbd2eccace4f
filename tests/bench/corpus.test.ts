import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findCorpusDir, httpUrlOrNull, listAnnotatedPages, listCorpusPages, listReferencePages, matchesFileFilter, READABILITY_TEST_URL } from '../../bench/lib/corpus';
import { expectedBlocks } from '../../bench/lib/reference-blocks';

/** A miniature corpus in the layouts the corpus READMEs describe. */
function makeCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'qr-corpus-'));
  const corpus = join(root, 'shared', 'corpus');
  mkdirSync(join(corpus, 'appeals-dev'), { recursive: true });
  writeFileSync(join(corpus, 'appeals-dev', '01-a.html'), '<p>x</p>');
  writeFileSync(join(corpus, 'appeals-dev', '01-a.json'), JSON.stringify({ url: 'https://a.example/1', with: ['x'], without: ['y'] }));
  writeFileSync(join(corpus, 'appeals-dev', '02-unannotated.html'), '<p>x</p>');
  mkdirSync(join(corpus, 'trafilatura-dev', 'html'), { recursive: true });
  writeFileSync(
    join(corpus, 'trafilatura-dev', 'annotations.json'),
    JSON.stringify({
      'https://b.example/news': { file: 'bbb.html.gz', original_file: 'b.html', with: ['w'], without: [] },
      'hard::c.example.html': { file: 'aaa.html.gz', original_file: 'c.example.html', with: [], without: ['z'] },
    }),
  );
  mkdirSync(join(corpus, 'readability-test-pages', '001'), { recursive: true });
  writeFileSync(join(corpus, 'readability-test-pages', '001', 'source.html.gz'), gzipSync('<p>x</p>'));
  writeFileSync(join(corpus, 'readability-test-pages', '001', 'expected.html.gz'), gzipSync('<p>x</p>'));
  mkdirSync(join(corpus, 'readability-test-pages', 'no-expected'), { recursive: true });
  mkdirSync(join(root, 'repo'));
  return join(root, 'repo');
}

describe('corpus loading', () => {
  it('lists the chosen sets in set order, filtered by file, reference pages with the test address and no annotations', () => {
    const corpus = findCorpusDir(makeCorpus())!;
    const pages = listCorpusPages(corpus, ['readability-test-pages', 'appeals-dev'], [], null);
    expect(pages.map((page) => [page.set, page.name])).toEqual([
      ['appeals-dev', 'appeals-dev/01-a.html'],
      ['readability-test-pages', 'readability-test-pages/001'],
    ]);
    expect(pages[1]).toMatchObject({ url: READABILITY_TEST_URL, with: [], without: [] });
    expect(listCorpusPages(corpus, ['appeals-dev', 'readability-test-pages'], ['001'], null).map((page) => page.name)).toEqual(['readability-test-pages/001']);
  });

  it('finds ../shared/corpus next to the repository, and answers null when it is absent', () => {
    const repo = makeCorpus();
    expect(findCorpusDir(repo)).toBe(join(repo, '..', 'shared', 'corpus'));
    // A repository inside a fresh folder: its ../shared is ours to leave absent (a /tmp/shared on
    // the machine would otherwise be found beside a repository made directly in the temp folder).
    const lonely = join(mkdtempSync(join(tmpdir(), 'qr-none-')), 'repo');
    mkdirSync(lonely);
    expect(findCorpusDir(lonely)).toBeNull();
  });

  it('pairs each html page with its json annotation and skips pages without one', () => {
    const corpus = findCorpusDir(makeCorpus())!;
    const pages = listAnnotatedPages(corpus, 'appeals-dev');
    expect(pages.map((p) => [p.name, p.url, p.with, p.without])).toEqual([['appeals-dev/01-a.html', 'https://a.example/1', ['x'], ['y']]]);
  });

  it('takes a trafilatura key as the URL only when it is an http(s) address', () => {
    const corpus = findCorpusDir(makeCorpus())!;
    const pages = listAnnotatedPages(corpus, 'trafilatura-dev');
    expect(pages.map((p) => [p.name, p.url])).toEqual([
      ['trafilatura-dev/html/aaa.html.gz', null],
      ['trafilatura-dev/html/bbb.html.gz', 'https://b.example/news'],
    ]);
  });

  it('lists readability test pages that have a source and an expected file', () => {
    const corpus = findCorpusDir(makeCorpus())!;
    expect(listReferencePages(corpus).map((p) => p.name)).toEqual(['readability-test-pages/001']);
  });

  it('accepts only http(s) URLs', () => {
    expect(httpUrlOrNull('hard::x.html')).toBeNull();
    expect(httpUrlOrNull('ftp://x.example/')).toBeNull();
    expect(httpUrlOrNull(42)).toBeNull();
    expect(httpUrlOrNull('http://x.example/a')).toBe('http://x.example/a');
  });

  it('filters by substring of the corpus path', () => {
    expect(matchesFileFilter('trafilatura-dev/html/abc.html.gz', [])).toBe(true);
    expect(matchesFileFilter('trafilatura-dev/html/abc.html.gz', ['abc'])).toBe(true);
    expect(matchesFileFilter('trafilatura-dev/html/abc.html.gz', ['seed/'])).toBe(false);
  });
});

describe('expectedBlocks', () => {
  it('lists the innermost paragraph-level blocks, normalised, without empty ones', () => {
    const html = '<div><p>One  two</p><ul><li><p>Item</p></li><li>Bare item</li></ul><p> </p><blockquote><p>Quote</p></blockquote><h2>Head</h2></div>';
    expect(expectedBlocks(html)).toEqual(['One two', 'Item', 'Bare item', 'Quote', 'Head']);
  });
});
