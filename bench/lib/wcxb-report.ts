import { readHtmlInput } from '../../cli/read-input';
import type { CleanResult } from '../../core/types';
import { evenSample } from './stats';
import { matchesFileFilter } from './corpus';
import { foldOf, siteOf, VALIDATION_FOLD } from './site-folds';
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
  /** The page's site fold (bench/lib/site-folds.ts); fold 0 is the sites no rule was written from. */
  fold: number;
  readability: { word: WordScore; withRate: number; withoutRate: number; ok: boolean };
  engine: { word: WordScore; withRate: number; withoutRate: number; ok: boolean; refusal: string | null; failure: string | null };
}

/** Readability alone and the engine on one page. */
export type CleanBoth = (html: string, url: string | undefined) => { readability: CleanResult; engine: CleanResult };

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
  const fold = foldOf(siteOf(page.url, page.name));
  if (!input.ok) return { name: page.name, pageType: page.pageType, fold, readability: empty, engine: { ...empty, refusal: null, failure: input.error } };
  const { readability, engine } = cleanBothWays(input.html, page.url ?? undefined);
  const judge = (result: CleanResult) => ({ ...judgeWcxbText(result.ok ? result.article.textContent : '', page), ok: result.ok });
  const refusal = !engine.ok && engine.error.code === 'not-article' ? (engine.error.reason ?? 'not-article') : null;
  // Any other failure (an exception inside the engine, a page over the limits) must not pass for a refusal or a bad score.
  const failure = !engine.ok && engine.error.code !== 'not-article' ? engine.error.message : null;
  return { name: page.name, pageType: page.pageType, fold, readability: judge(readability), engine: { ...judge(engine), refusal, failure } };
}

/** One output text against a page's main content and snippets. */
export function judgeWcxbText(text: string, page: Pick<WcxbPage, 'mainContent' | 'with' | 'without'>): { word: WordScore; withRate: number; withoutRate: number } {
  // snippetRate counts an empty list as fully present; a page with no `without` snippet has none left.
  return { word: wordScore(text, page.mainContent), withRate: snippetRate(text, page.with), withoutRate: page.without.length ? snippetRate(text, page.without) : 0 };
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
      `${pct(meanWithout(members, 'readability'))} / ${pct(meanWithout(members, 'engine'))}`,
      String(refused),
    ]);
  }
  printTable(['page type', 'pages', 'Readability F1 (P / R)', 'engine F1 (P / R)', 'with: R / engine', 'without: R / engine', 'refused by gate'], rows);
  const failures = outcomes.filter((o) => o.engine.failure);
  console.log(`\nEngine failures other than the gate's refusals: ${failures.length}`);
  for (const o of failures) console.log(`  ${o.name}: ${o.engine.failure}`);
  printWcxbByFold(outcomes, printTable);
}

/**
 * The same scores split by site: fold 0's sites are never read when writing or tuning a rule, so
 * the engine's gain there is its gain on sites it never saw; folds 1–4 are where rules may be
 * looked for. A gain much larger on folds 1–4 than on fold 0 is a rule that learned its pages.
 */
function printWcxbByFold(outcomes: readonly WcxbOutcome[], printTable: (header: string[], rows: string[][]) => void): void {
  console.log(`\n### wcxb-dev by site fold: validation (fold ${VALIDATION_FOLD}, never read) vs training (the other folds)\n`);
  const rows: string[][] = [];
  for (const type of [...WCXB_PAGE_TYPES, 'all']) {
    const ofType = outcomes.filter((o) => type === 'all' || o.pageType === type);
    if (!ofType.length) continue;
    const cells = [VALIDATION_FOLD, -1].flatMap((fold) => {
      const members = ofType.filter((o) => (fold === VALIDATION_FOLD ? o.fold === VALIDATION_FOLD : o.fold !== VALIDATION_FOLD));
      if (!members.length) return ['0', '–', '–', '–', '–'];
      const r = meanWordScore(members.map((o) => o.readability.word)).f1;
      const e = meanWordScore(members.map((o) => o.engine.word)).f1;
      return [String(members.length), r.toFixed(3), e.toFixed(3), signed(e - r), `${pct(meanWithout(members, 'readability'))} / ${pct(meanWithout(members, 'engine'))}`];
    });
    rows.push([type, ...cells]);
  }
  printTable(['page type', 'val pages', 'val Readability', 'val engine', 'val gain', 'val without: R / engine', 'train pages', 'train Readability', 'train engine', 'train gain', 'train without: R / engine'], rows);
}

/** The mean share of a page's `without` snippets still in the output. */
function meanWithout(members: readonly WcxbOutcome[], side: 'readability' | 'engine'): number {
  return members.reduce((sum, o) => sum + o[side].withoutRate, 0) / members.length;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
}

export function wcxbJson(outcomes: readonly WcxbOutcome[]) {
  return Object.fromEntries(
    [...new Set(outcomes.map((o) => o.pageType))].map((type) => {
      const members = outcomes.filter((o) => o.pageType === type);
      const byFold = (validation: boolean) => {
        const fold = members.filter((o) => (o.fold === VALIDATION_FOLD) === validation);
        return {
          pages: fold.length,
          readability: meanWordScore(fold.map((o) => o.readability.word)).f1,
          engine: meanWordScore(fold.map((o) => o.engine.word)).f1,
          withoutRate: { readability: meanWithout(fold, 'readability'), engine: meanWithout(fold, 'engine') },
        };
      };
      return [type, { pages: members.length, readability: meanWordScore(members.map((o) => o.readability.word)), engine: meanWordScore(members.map((o) => o.engine.word)), refused: members.filter((o) => o.engine.refusal).length, failed: members.filter((o) => o.engine.failure).length, validationFold: byFold(true), trainingFolds: byFold(false) }];
    }),
  );
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
