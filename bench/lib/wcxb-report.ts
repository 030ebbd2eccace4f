import { readHtmlInput } from '../../cli/read-input';
import type { CleanResult } from '../../core/types';
import { evenSample } from './stats';
import { matchesFileFilter } from './corpus';
import { listWcxbPages, WCXB_PAGE_TYPES, type WcxbPage } from './wcxb';
import { meanWordScore, snippetRate, wordScore, type WordScore } from './word-score';

/**
 * wcxb-dev, scored by the benchmark's own rule (bench/lib/word-score.ts): word-level precision,
 * recall and F1 against each page's whole main content, macro-averaged over pages, plus the
 * `with` and `without` rates, by page type, Readability alone and the engine side by side.
 */
export interface WcxbOutcome {
  name: string;
  pageType: string;
  readability: { word: WordScore; withRate: number; withoutRate: number; ok: boolean };
  engine: { word: WordScore; withRate: number; withoutRate: number; ok: boolean; refusal: string | null };
}

type CleanBoth = (html: string, url: string | undefined) => { readability: CleanResult; engine: CleanResult };

export async function scoreWcxb(corpusDir: string, files: readonly string[], limit: number | null, cleanBothWays: CleanBoth, progress: (index: number, total: number) => void, yieldNow: () => Promise<void>): Promise<WcxbOutcome[]> {
  const pages = evenSample(listWcxbPages(corpusDir).filter((page) => matchesFileFilter(page.name, files)), limit);
  const outcomes: WcxbOutcome[] = [];
  for (const [index, page] of pages.entries()) {
    progress(index, pages.length);
    outcomes.push(await scoreWcxbPage(page, cleanBothWays));
    await yieldNow();
  }
  return outcomes;
}

async function scoreWcxbPage(page: WcxbPage, cleanBothWays: CleanBoth): Promise<WcxbOutcome> {
  const input = await readHtmlInput(page.path);
  const empty = { word: { precision: 0, recall: 0, f1: 0 }, withRate: 0, withoutRate: 0, ok: false };
  if (!input.ok) return { name: page.name, pageType: page.pageType, readability: empty, engine: { ...empty, refusal: null } };
  const { readability, engine } = cleanBothWays(input.html, page.url ?? undefined);
  const judge = (result: CleanResult) => {
    const text = result.ok ? result.article.textContent : '';
    return { word: wordScore(text, page.mainContent), withRate: snippetRate(text, page.with), withoutRate: snippetRate(text, page.without), ok: result.ok };
  };
  const refusal = !engine.ok && engine.error.code === 'not-article' ? (engine.error.reason ?? 'not-article') : null;
  return { name: page.name, pageType: page.pageType, readability: judge(readability), engine: { ...judge(engine), refusal } };
}

export function printWcxb(outcomes: readonly WcxbOutcome[], printTable: (header: string[], rows: string[][]) => void): void {
  console.log(`\n## wcxb-dev (${outcomes.length} pages; word P/R/F1 against the main content, macro over pages)\n`);
  const rows: string[][] = [];
  for (const type of [...WCXB_PAGE_TYPES, 'all']) {
    const members = outcomes.filter((o) => type === 'all' || o.pageType === type);
    if (!members.length) continue;
    const r = meanWordScore(members.map((o) => o.readability.word));
    const e = meanWordScore(members.map((o) => o.engine.word));
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const refused = members.filter((o) => o.engine.refusal).length;
    rows.push([
      type,
      String(members.length),
      `${r.f1.toFixed(3)} (${r.precision.toFixed(3)} / ${r.recall.toFixed(3)})`,
      `${e.f1.toFixed(3)} (${e.precision.toFixed(3)} / ${e.recall.toFixed(3)})`,
      `${pct(mean(members.map((o) => o.readability.withRate)))} / ${pct(mean(members.map((o) => o.engine.withRate)))}`,
      `${pct(mean(members.map((o) => o.readability.withoutRate)))} / ${pct(mean(members.map((o) => o.engine.withoutRate)))}`,
      String(refused),
    ]);
  }
  printTable(['page type', 'pages', 'Readability F1 (P / R)', 'engine F1 (P / R)', 'with: R / engine', 'without: R / engine', 'refused by gate'], rows);
}

export function wcxbJson(outcomes: readonly WcxbOutcome[]) {
  return Object.fromEntries(
    [...new Set(outcomes.map((o) => o.pageType))].map((type) => {
      const members = outcomes.filter((o) => o.pageType === type);
      return [type, { pages: members.length, readability: meanWordScore(members.map((o) => o.readability.word)), engine: meanWordScore(members.map((o) => o.engine.word)), refused: members.filter((o) => o.engine.refusal).length }];
    }),
  );
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
