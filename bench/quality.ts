/**
 * Quality benchmark: Readability alone vs the full engine, side by side, on the shared corpus.
 *
 *   npm run bench:quality -- [--set NAME]… [--file SUBSTRING]… [--limit N] [--only ids] [--skip ids] [--verbose] [--json]
 *
 * - seed, appeals-dev, trafilatura-dev: TP/FP/FN/TN, precision, recall, F1, accuracy by the
 *   with/without rule (bench/lib/score.ts). "Lost by the engine but kept by Readability" is always
 *   listed, with the rule that removed each snippet; `--verbose` lists every `without` still
 *   present and every `with` lost, by file.
 * - readability-test-pages: the share of Readability's expected paragraph-level blocks whose text
 *   is still in the engine's text, per page, with the removals that took the missing ones.
 *
 * Each page is parsed once with jsdom; both runs clean the same document (cleanArticle clones it).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tryParseHtmlDocument, yieldToEventLoop } from '../cli/clean-page';
import { readHtmlInput } from '../cli/read-input';
import { cleanArticle } from '../core/clean-article';
import { settleRemovedHtml } from '../core/removed-html';
import type { CleanOptions, CleanResult, Removal } from '../core/types';
import { runBench, startBench } from './lib/bench-start';
import {
  ALL_SETS,
  ANNOTATED_SETS,
  type AnnotatedPage,
  type AnnotatedSet,
  listAnnotatedPages,
  listReferencePages,
  matchesFileFilter,
  READABILITY_TEST_URL,
  REFERENCE_SET,
  type ReferencePage,
} from './lib/corpus';
import { expectedBlocks, removalHolding } from './lib/reference-blocks';
import { runSiteMemoryBench } from './lib/site-memory-pass';
import { printSiteMemoryReport, siteMemoryJson } from './lib/site-memory-report';
import { foldOf, siteOf, VALIDATION_FOLD } from './lib/site-folds';
import { evenSample } from './lib/stats';
import { WCXB_SET } from './lib/wcxb';
import { ruleSelection } from './lib/rule-selection';
import { type CleanBoth, printWcxb, scoreWcxb, wcxbJson, type WcxbOutcome } from './lib/wcxb-report';
import { addCounts, blockRetention, type Counts, emptyCounts, metrics, type PageScore, scorePage } from './lib/score';

const QUALITY_SETS = [...ALL_SETS, WCXB_SET];
const READABILITY_ALONE: CleanOptions = { steps: { preclean: false, postclean: false } };

const HELP = `Usage: npm run bench:quality -- [options]

Scores Readability alone and the full engine on ../shared/corpus.

  --set NAME        run only this set (repeatable): ${QUALITY_SETS.join(', ')}
                    (wcxb-dev: word-level F1 against each page's main content, by page type)
  --file SUBSTRING  run only pages whose corpus path contains it (repeatable)
  --limit N         at most N pages per set, evenly spaced (deterministic; for quick runs)
  --verbose         list every 'without' still present and every 'with' lost, by file
  --json            print one machine-readable JSON summary instead of tables
  --only ID,ID      the engine runs only these rules   --skip ID,ID  the engine skips these rules
                    (what one rule is worth: the same run with and without it)
  --site-memory     also score the engine with and without site memory, side by side:
                    trafilatura-dev grouped by site and tests/fixtures/site-memory, each
                    page scored after the other pages of its site were learned
  --help            this text`;

interface PageOutcome {
  name: string;
  url: string | null;
  error: string | null;
  encoding: string | null;
  readability: PageScore;
  engine: PageScore;
  /** `with` snippets the engine lost while Readability kept them, with the removal that took each. */
  regressions: { text: string; rule: string | null; reason: string | null }[];
}

interface SetReport {
  set: AnnotatedSet;
  pages: number;
  failed: { readability: number; engine: number };
  readability: Counts;
  engine: Counts;
  outcomes: PageOutcome[];
}

interface ReferenceOutcome {
  name: string;
  blocks: number;
  readabilityKept: number;
  engineKept: number;
  error: string | null;
  /** Blocks Readability kept but the engine did not, with the removal that took each. */
  missing: { text: string; rule: string | null; reason: string | null }[];
}

async function main(): Promise<number> {
  const start = startBench('bench:quality', process.argv.slice(2), QUALITY_SETS, HELP, 'score');
  if (!start.run) return start.exitCode;
  const { args, corpusDir } = start;
  const rules = ruleSelection('bench:quality', args.only, args.skip);
  if (!rules.ok) {
    console.error(rules.message);
    return 2;
  }
  const clean: CleanBoth = (html, url) => cleanBothWays(html, url, rules.options);
  const sets = args.sets.length ? args.sets : [...QUALITY_SETS];
  const reports: SetReport[] = [];
  for (const set of ANNOTATED_SETS) {
    if (!sets.includes(set)) continue;
    const pages = evenSample(listAnnotatedPages(corpusDir, set).filter((page) => matchesFileFilter(page.name, args.files)), args.limit);
    if (pages.length) reports.push(await scoreSet(set, pages, clean));
  }
  let reference: ReferenceOutcome[] = [];
  if (sets.includes(REFERENCE_SET)) {
    const pages = evenSample(listReferencePages(corpusDir).filter((page) => matchesFileFilter(page.name, args.files)), args.limit);
    reference = await checkReferencePages(pages, clean);
  }
  const wcxb: WcxbOutcome[] = sets.includes(WCXB_SET)
    ? await scoreWcxb(corpusDir, args.files, args.limit, clean, (index, total) => reportProgress(WCXB_SET, index, total), yieldToEventLoop)
    : [];
  const siteMemory = args.siteMemory ? await runSiteMemoryBench(args.files, sets.includes('trafilatura-dev')) : [];
  if (args.json) console.log(JSON.stringify({ ...(Object.keys(rules.options).length && { engineRules: rules.options }), ...jsonSummary(reports, reference), ...(wcxb.length && { [WCXB_SET]: wcxbJson(wcxb) }), ...(args.siteMemory && { siteMemory: siteMemory.map(siteMemoryJson) }) }));
  else {
    if (Object.keys(rules.options).length) console.log(`Engine rules: ${JSON.stringify(rules.options)}`);
    printReport(reports, reference, args.verbose);
    if (wcxb.length) printWcxb(wcxb, printTable);
    for (const report of siteMemory) printSiteMemoryReport(report, args.verbose);
  }
  return 0;
}

async function scoreSet(set: AnnotatedSet, pages: AnnotatedPage[], clean: CleanBoth): Promise<SetReport> {
  const report: SetReport = { set, pages: pages.length, failed: { readability: 0, engine: 0 }, readability: emptyCounts(), engine: emptyCounts(), outcomes: [] };
  for (const [index, page] of pages.entries()) {
    reportProgress(set, index, pages.length);
    const outcome = await scoreAnnotatedPage(page, report, clean);
    report.readability = addCounts(report.readability, outcome.readability.counts);
    report.engine = addCounts(report.engine, outcome.engine.counts);
    report.outcomes.push(outcome);
    await yieldToEventLoop();
  }
  return report;
}

async function scoreAnnotatedPage(page: AnnotatedPage, report: SetReport, clean: CleanBoth): Promise<PageOutcome> {
  const input = await readHtmlInput(page.path);
  if (!input.ok) {
    report.failed.readability++;
    report.failed.engine++;
    const empty = scorePage('', page.with, page.without);
    return { name: page.name, url: page.url, error: input.error, encoding: null, readability: empty, engine: empty, regressions: [] };
  }
  const { readability, engine } = clean(input.html, page.url ?? undefined);
  if (!readability.ok) report.failed.readability++;
  if (!engine.ok) report.failed.engine++;
  const readabilityScore = scorePage(articleText(readability), page.with, page.without);
  const engineScore = scorePage(articleText(engine), page.with, page.without);
  const removedTexts = new Map<string, string>();
  const regressions = engineScore.lost
    .filter((snippet) => !readabilityScore.lost.includes(snippet))
    .map((snippet) => blame(snippet, engine.removed, removedTexts));
  const error = engine.ok ? null : `engine: ${engine.error.message}`;
  return { name: page.name, url: page.url, error, encoding: input.encoding, readability: readabilityScore, engine: engineScore, regressions };
}

/** Readability alone and the engine (all rules, or the `--only`/`--skip` selection) on one jsdom document; the window is closed after. */
function cleanBothWays(html: string, url: string | undefined, rules: Pick<CleanOptions, 'only' | 'skip'>): { readability: CleanResult; engine: CleanResult } {
  const parsed = tryParseHtmlDocument(html, url);
  if (!parsed.ok) {
    const failed: CleanResult = { ok: false, error: { code: 'internal', message: parsed.error }, removed: [], timings: { prepareMs: 0, precleanMs: 0, readabilityMs: 0, postcleanMs: 0, recoverMs: 0, sanitizeMs: 0, totalMs: 0 } };
    return { readability: failed, engine: failed };
  }
  const dom = parsed.dom;
  try {
    const doc = dom.window.document;
    const readability = cleanArticle(doc, { ...READABILITY_ALONE, url });
    const engine = cleanArticle(doc, { url, ...rules });
    // The blame for a lost block reads removed blocks' HTML, sanitised on first read with this window.
    settleRemovedHtml(engine.removed);
    return { readability, engine };
  } finally {
    dom.window.close();
  }
}

/** A progress line on stderr every 50 pages, so a long run shows it is alive without touching stdout. */
function reportProgress(set: string, index: number, total: number): void {
  if (index % 50 === 0) process.stderr.write(`bench:quality: ${set} ${index}/${total}\n`);
}

function articleText(result: CleanResult): string {
  return result.ok ? result.article.textContent : '';
}

function blame(text: string, removed: readonly Removal[], removedTexts: Map<string, string>) {
  const removal = removalHolding(text, removed, removedTexts);
  return { text, rule: removal?.rule ?? null, reason: removal?.reason ?? null };
}

async function checkReferencePages(pages: ReferencePage[], clean: CleanBoth): Promise<ReferenceOutcome[]> {
  const outcomes: ReferenceOutcome[] = [];
  for (const [index, page] of pages.entries()) {
    reportProgress(REFERENCE_SET, index, pages.length);
    outcomes.push(await checkReferencePage(page, clean));
    await yieldToEventLoop();
  }
  return outcomes;
}

async function checkReferencePage(page: ReferencePage, clean: CleanBoth): Promise<ReferenceOutcome> {
  const input = await readHtmlInput(page.sourcePath);
  let blocks: string[];
  try {
    blocks = expectedBlocks(gunzipSync(readFileSync(page.expectedPath)).toString('utf8'));
  } catch (error) {
    return { name: page.name, blocks: 0, readabilityKept: 0, engineKept: 0, error: `expected.html.gz: ${String(error)}`, missing: [] };
  }
  if (!input.ok) return { name: page.name, blocks: blocks.length, readabilityKept: 0, engineKept: 0, error: input.error, missing: [] };
  const { readability, engine } = clean(input.html, READABILITY_TEST_URL);
  const kept = blockRetention(blocks, articleText(readability));
  const engineKept = blockRetention(blocks, articleText(engine));
  const removedTexts = new Map<string, string>();
  const missing = engineKept.missing
    .filter((block) => !kept.missing.includes(block))
    .map((block) => blame(block, engine.removed, removedTexts));
  const error = engine.ok ? null : `engine: ${engine.error.message}`;
  return { name: page.name, blocks: blocks.length, readabilityKept: kept.kept, engineKept: engineKept.kept, error, missing };
}

// ---------------------------------------------------------------------------------------------
// Output

function printReport(reports: SetReport[], reference: ReferenceOutcome[], verbose: boolean): void {
  for (const report of reports) printSet(report, verbose);
  if (reference.length) printReference(reference, verbose);
}

function printSet(report: SetReport, verbose: boolean): void {
  const r = metrics(report.readability);
  const e = metrics(report.engine);
  const encodings = countBy(report.outcomes.map((o) => o.encoding ?? 'unreadable'));
  console.log(`\n## ${report.set} (${report.pages} pages; encodings: ${Object.entries(encodings).map(([k, v]) => `${k} ${v}`).join(', ')})\n`);
  const rows: [string, string, string][] = [
    ['TP / FP / FN / TN', countsCell(report.readability), countsCell(report.engine)],
    ['precision', fixed(r.precision), fixed(e.precision)],
    ['recall', fixed(r.recall), fixed(e.recall)],
    ['F1', fixed(r.f1), fixed(e.f1)],
    ['accuracy', fixed(r.accuracy), fixed(e.accuracy)],
    ['with kept', `${report.readability.tp}/${report.readability.tp + report.readability.fn}`, `${report.engine.tp}/${report.engine.tp + report.engine.fn}`],
    ['without present', `${report.readability.fp}/${report.readability.fp + report.readability.tn}`, `${report.engine.fp}/${report.engine.fp + report.engine.tn}`],
    ['pages failed', String(report.failed.readability), String(report.failed.engine)],
    ['pages fully clean', String(report.outcomes.filter((o) => !o.readability.lost.length && !o.readability.leftIn.length).length), String(report.outcomes.filter((o) => !o.engine.lost.length && !o.engine.leftIn.length).length)],
  ];
  printTable(['', 'Readability alone', 'Engine'], rows);
  printSetFolds(report);

  const regressions = report.outcomes.filter((o) => o.regressions.length);
  console.log(`\nLost by the engine but kept by Readability: ${regressions.reduce((n, o) => n + o.regressions.length, 0)} snippets on ${regressions.length} pages`);
  for (const outcome of regressions) {
    console.log(`  ${outcome.name}${outcome.url ? ` <${outcome.url}>` : ''}`);
    for (const { text, rule, reason } of outcome.regressions) console.log(`    - “${clip(text)}” ← ${rule ? `${rule}: ${reason}` : 'no removal holds it (Readability picked differently)'}`);
  }
  const errors = report.outcomes.filter((o) => o.error);
  if (errors.length) {
    console.log(`\nPages that failed: ${errors.length}`);
    for (const outcome of errors) console.log(`  ${outcome.name}: ${outcome.error}`);
  }
  if (!verbose) return;
  console.log('\nEngine, by file (R = Readability alone had the same outcome):');
  for (const outcome of report.outcomes) {
    if (!outcome.engine.leftIn.length && !outcome.engine.lost.length) continue;
    console.log(`  ${outcome.name}${outcome.url ? ` <${outcome.url}>` : ''}`);
    for (const snippet of outcome.engine.leftIn) console.log(`    without present${outcome.readability.leftIn.includes(snippet) ? ' (R)' : ' (NEW)'}: “${clip(snippet)}”`);
    for (const snippet of outcome.engine.lost) console.log(`    with lost${outcome.readability.lost.includes(snippet) ? ' (R)' : ' (ENGINE ONLY)'}: “${clip(snippet)}”`);
  }
}

/** The same counts on the validation sites (fold 0, never read) and on the training sites, side by side. */
function printSetFolds(report: SetReport): void {
  const folds = setFolds(report);
  console.log(`\nBy site fold: validation (fold ${VALIDATION_FOLD}, ${folds.validation.pages} pages) vs training (${folds.training.pages} pages)\n`);
  const cells = (pick: (c: Counts) => string) => [folds.validation.readability, folds.validation.engine, folds.training.readability, folds.training.engine].map(pick);
  printTable(['', 'validation: Readability', 'validation: engine', 'training: Readability', 'training: engine'], [
    ['F1', ...cells((c) => fixed(metrics(c).f1))],
    ['with kept', ...cells((c) => `${c.tp}/${c.tp + c.fn}`)],
    ['without present', ...cells((c) => `${c.fp}/${c.fp + c.tn}`)],
  ]);
}

function setFolds(report: SetReport) {
  const sum = (validation: boolean) => {
    const members = report.outcomes.filter((o) => (foldOf(siteOf(o.url, o.name)) === VALIDATION_FOLD) === validation);
    return {
      pages: members.length,
      readability: members.reduce((c, o) => addCounts(c, o.readability.counts), emptyCounts()),
      engine: members.reduce((c, o) => addCounts(c, o.engine.counts), emptyCounts()),
    };
  };
  return { validation: sum(true), training: sum(false) };
}

function printReference(outcomes: ReferenceOutcome[], verbose: boolean): void {
  const totalBlocks = outcomes.reduce((n, o) => n + o.blocks, 0);
  const readabilityKept = outcomes.reduce((n, o) => n + o.readabilityKept, 0);
  const engineKept = outcomes.reduce((n, o) => n + o.engineKept, 0);
  console.log(`\n## ${REFERENCE_SET} (${outcomes.length} pages, ${totalBlocks} expected blocks)\n`);
  printTable(['', 'Readability alone', 'Engine'], [
    ['expected blocks kept', `${readabilityKept}/${totalBlocks} (${percent(readabilityKept, totalBlocks)})`, `${engineKept}/${totalBlocks} (${percent(engineKept, totalBlocks)})`],
    ['pages at 100%', String(outcomes.filter((o) => o.readabilityKept === o.blocks).length), String(outcomes.filter((o) => o.engineKept === o.blocks).length)],
    ['pages failed', '', String(outcomes.filter((o) => o.error).length)],
  ]);
  const losing = outcomes.filter((o) => o.missing.length || o.error);
  console.log(`\nPages where the engine keeps fewer expected blocks than Readability: ${losing.length}`);
  for (const outcome of losing) {
    console.log(`  ${outcome.name}: engine ${outcome.engineKept}/${outcome.blocks} (${percent(outcome.engineKept, outcome.blocks)}), Readability ${outcome.readabilityKept}/${outcome.blocks}${outcome.error ? ` — ${outcome.error}` : ''}`);
    for (const { text, rule, reason } of outcome.missing) console.log(`    - “${clip(text)}” ← ${rule ? `${rule}: ${reason}` : 'no removal holds it (Readability picked differently)'}`);
  }
  if (!verbose) return;
  console.log('\nPer page (engine kept / Readability kept / expected blocks):');
  for (const outcome of outcomes) {
    if (outcome.engineKept < outcome.blocks) console.log(`  ${outcome.name}: ${outcome.engineKept} / ${outcome.readabilityKept} / ${outcome.blocks}`);
  }
}

function jsonSummary(reports: SetReport[], reference: ReferenceOutcome[]) {
  return {
    sets: Object.fromEntries(
      reports.map((report) => [
        report.set,
        {
          pages: report.pages,
          failed: report.failed,
          readability: { ...report.readability, ...metrics(report.readability) },
          engine: { ...report.engine, ...metrics(report.engine) },
          byFold: setFolds(report),
          files: report.outcomes
            .filter((o) => o.error || o.engine.lost.length || o.engine.leftIn.length || o.readability.leftIn.length)
            .map((o) => ({
              file: o.name,
              url: o.url,
              error: o.error,
              encoding: o.encoding,
              readability: { lost: o.readability.lost, leftIn: o.readability.leftIn },
              engine: { lost: o.engine.lost, leftIn: o.engine.leftIn },
              regressions: o.regressions,
            })),
        },
      ]),
    ),
    ...(reference.length && {
      [REFERENCE_SET]: {
        pages: reference.length,
        blocks: reference.reduce((n, o) => n + o.blocks, 0),
        readabilityKept: reference.reduce((n, o) => n + o.readabilityKept, 0),
        engineKept: reference.reduce((n, o) => n + o.engineKept, 0),
        losing: reference.filter((o) => o.missing.length || o.error),
      },
    }),
  };
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

function countsCell(c: Counts): string {
  return `${c.tp} / ${c.fp} / ${c.fn} / ${c.tn}`;
}

function fixed(n: number): string {
  return n.toFixed(3);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return out;
}

runBench('bench:quality', main);
