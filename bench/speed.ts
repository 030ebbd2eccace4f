/**
 * Speed benchmark: Readability alone vs the full engine on the same pages, in one run.
 *
 *   npm run bench:speed -- [--browser chromium|firefox] [--limit N] [--reps N] [--first] [--clock wall|cpu] [--set NAME]… [--file SUBSTRING]… [--only ids] [--skip ids] [--json]
 *
 * Pages: seed + appeals-dev + an evenly spaced, deterministic sample of trafilatura-dev
 * (`--limit N`, default 80; all 482 with `--limit 482`). Each page is read, decoded and parsed once
 * with jsdom; then Readability alone (`--no-clean` path: preclean and postclean off) and the full
 * engine clean that same document, after one warm-up run of each, `--reps` times (default 5),
 * interleaved and alternating which goes first. Per page the median of the reps is kept; the
 * report gives the median and p95 over pages, both ratios, the per-step breakdown, and the time
 * spent in each rule's `collect` (measured by wrapping the registered rules in this process).
 *
 * `--first` times what a reader waits for on a page they open: each page's first clean, one run of
 * each variant with no warm-up on that page, which goes first alternating from page to page. A
 * cost paid once per page (a pattern compiled from the page's own words, which V8 then keeps by
 * its text) shows here and not in the warm runs. One run per page is noisier; the medians over
 * pages carry it.
 *
 * `--clock cpu` times with this process's CPU time (`process.cpuUsage`, user + system) instead of
 * the wall clock: on a machine shared with other jobs, wall time also counts the time the process
 * waited for a core, which swings both variants by ±50 % from run to run. CPU time includes V8's
 * background threads (GC, compiler), so it reads a little higher than the wall clock on an idle
 * machine.
 *
 * `--browser chromium|firefox` runs the same plan in that browser, headless, instead of jsdom
 * (bench/lib/browser-timer.ts): each page is parsed there with DOMParser, as the extension's
 * cleaning context parses its copy, and both variants clean that document; the wall clock of an
 * idle page.
 *
 * Caveat: jsdom is not a browser. Its DOM is several times slower than Chromium's or Firefox's,
 * and not uniformly so (selector matching and textContent cost relatively more), so absolute
 * times here overstate what a reader waits for, and the engine/Readability ratio is indicative,
 * not exact.
 */
import { tryParseHtmlDocument, yieldToEventLoop } from '../cli/clean-page';
import { readHtmlInput } from '../cli/read-input';
import { cleanArticle } from '../core/clean-article';
import { RULES } from '../core/rules/index';
import type { CleanOptions, StepTimings } from '../core/types';
import { BENCH_BROWSERS, takeBrowserArgs, whyBrowserCannotRun } from './lib/bench-browsers';
import { openBrowserTimer, type BrowserTimer } from './lib/browser-timer';
import { runBench, startBench } from './lib/bench-start';
import { ANNOTATED_SETS, type AnnotatedPage, listAnnotatedPages, matchesFileFilter } from './lib/corpus';
import { ruleSelection } from './lib/rule-selection';
import { clockRules } from './lib/rule-clock';
import { evenSample, median, quantile } from './lib/stats';
import { runTimingPlan, type TimedRuns, type TimingPlan } from './lib/timing-plan';

/** The issue's budget: engine time per page at most this multiple of Readability alone (median). */
const TARGET_RATIO = 1.15;
const DEFAULT_TRAFILATURA_SAMPLE = 80;
const STEP_KEYS = ['prepareMs', 'precleanMs', 'readabilityMs', 'postcleanMs', 'recoverMs', 'sanitizeMs', 'totalMs'] as const satisfies readonly (keyof StepTimings)[];

const HELP = `Usage: npm run bench:speed -- [options]

Times Readability alone and the full engine on the same jsdom documents (or, with --browser, on
the same documents parsed in a real browser).

  --browser NAME    time in ${BENCH_BROWSERS.join(' or ')} (headless) instead of jsdom
  --limit N         trafilatura-dev pages to sample evenly (default ${DEFAULT_TRAFILATURA_SAMPLE}; 482 = all)
  --reps N          timed repetitions per page and variant, after a warm-up (default 5)
  --set NAME        only this set (repeatable): ${ANNOTATED_SETS.join(', ')}
  --file SUBSTRING  only pages whose corpus path contains it (repeatable)
  --only ID,ID      engine runs only these rules        --skip ID,ID  engine skips these rules
  --clock wall|cpu  time with the wall clock (default) or this process's CPU time (steadier on a busy machine)
  --first           time each page's first clean only (one run of each, no warm-up on the page)
  --json            machine-readable summary
  --help            this text`;

interface PageTiming {
  name: string;
  readabilityMs: number;
  engineMs: number;
  ratio: number;
  readabilitySteps: Record<(typeof STEP_KEYS)[number], number>;
  engineSteps: Record<(typeof STEP_KEYS)[number], number>;
  /** Median per rep of each rule's collect time on this page. */
  ruleMs: Record<string, number>;
}

/** The clock every timing in this run uses (`--clock`). */
let now: () => number = () => performance.now();

/** This process's CPU time (user + system) in milliseconds. */
function cpuNow(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function main(): Promise<number> {
  const own = takeBrowserArgs(process.argv.slice(2));
  if (own.error || own.browsers.length > 1) {
    console.error(`bench:speed: ${own.error ?? 'one --browser at a time'}`);
    return 2;
  }
  const browser = own.browsers[0] ?? null;
  const start = startBench('bench:speed', own.rest, ANNOTATED_SETS, HELP, 'time');
  if (!start.run) return start.exitCode;
  const { args, corpusDir } = start;
  const rules = ruleSelection('bench:speed', args.only, args.skip);
  if (!rules.ok) {
    console.error(rules.message);
    return 2;
  }
  if (browser && args.clock === 'cpu') {
    console.error('bench:speed: --clock cpu times this process; a browser is timed by its own wall clock (leave out --clock)');
    return 2;
  }
  const cannot = browser && whyBrowserCannotRun(browser);
  if (cannot) {
    console.error(`bench:speed: ${cannot}`);
    return 2;
  }
  const sets = args.sets.length ? args.sets : [...ANNOTATED_SETS];
  const pages: AnnotatedPage[] = [];
  for (const set of ANNOTATED_SETS) {
    if (!sets.includes(set)) continue;
    const listed = listAnnotatedPages(corpusDir, set).filter((page) => matchesFileFilter(page.name, args.files));
    pages.push(...(set === 'trafilatura-dev' ? evenSample(listed, args.limit ?? DEFAULT_TRAFILATURA_SAMPLE) : listed));
  }
  if (args.clock === 'cpu') now = cpuNow;
  const ruleClock = clockRules(() => now());
  const engineOptions: CleanOptions = { now, ...rules.options };
  const timer = browser ? await openBrowserTimer(browser) : null;
  const timings: PageTiming[] = [];
  const skipped: string[] = [];
  try {
    for (const [index, page] of pages.entries()) {
      if (index % 25 === 0) process.stderr.write(`bench:speed: ${index}/${pages.length}\n`);
      const plan: TimingPlan = args.first ? { first: true, readabilityFirst: index % 2 === 0 } : { first: false, reps: args.reps };
      const timing = timer ? await timePageInBrowser(page, plan, timer, rules.options) : await timePage(page, plan, engineOptions, ruleClock);
      if (typeof timing === 'string') skipped.push(`${page.name}: ${timing}`);
      else timings.push(timing);
      await yieldToEventLoop();
    }
  } finally {
    await timer?.close();
  }
  const summary = summarise(timings);
  const where = timer ? { browser: timer.version, isolated: timer.isolated } : { clock: args.clock };
  if (args.json) console.log(JSON.stringify({ pages: timings.length, reps: args.first ? 'first clean' : args.reps, ...where, skipped, ...summary }));
  else printSummary(timings, summary, args.first ? null : args.reps, skipped, engineOptions, args.clock, timer);
  return 0;
}

/** Times one page in jsdom; answers a reason string when it cannot be timed. */
async function timePage(page: AnnotatedPage, plan: TimingPlan, engineOptions: CleanOptions, ruleClock: Map<string, number>): Promise<PageTiming | string> {
  const input = await readHtmlInput(page.path);
  if (!input.ok) return input.error;
  const url = page.url ?? undefined;
  const parsed = tryParseHtmlDocument(input.html, url);
  if (!parsed.ok) return parsed.error;
  const dom = parsed.dom;
  try {
    const doc = dom.window.document;
    const runs = runTimingPlan(
      plan,
      () => cleanArticle(doc, { url, now, steps: { preclean: false, postclean: false } }).timings,
      () => cleanArticle(doc, { ...engineOptions, url }).timings,
      ruleClock,
    );
    return pageTiming(page.name, runs);
  } finally {
    dom.window.close();
  }
}

/** Times one page in the browser; answers a reason string when it cannot be timed. */
async function timePageInBrowser(page: AnnotatedPage, plan: TimingPlan, timer: BrowserTimer, rules: Pick<CleanOptions, 'only' | 'skip'>): Promise<PageTiming | string> {
  const input = await readHtmlInput(page.path);
  if (!input.ok) return input.error;
  return pageTiming(page.name, await timer.time(input.html, page.url ?? undefined, plan, rules));
}

function pageTiming(name: string, runs: TimedRuns): PageTiming {
  const ruleMs = Object.fromEntries(RULES.map((rule) => [rule.id, median(runs.rules.map((times) => times[rule.id] ?? 0))]));
  const readabilitySteps = medianSteps(runs.readability);
  const engineSteps = medianSteps(runs.engine);
  return { name, readabilityMs: readabilitySteps.totalMs, engineMs: engineSteps.totalMs, ratio: engineSteps.totalMs / readabilitySteps.totalMs, readabilitySteps, engineSteps, ruleMs };
}

function medianSteps(runs: StepTimings[]): PageTiming['readabilitySteps'] {
  return Object.fromEntries(STEP_KEYS.map((key) => [key, median(runs.map((run) => run[key]))])) as PageTiming['readabilitySteps'];
}

function summarise(timings: PageTiming[]) {
  const readability = timings.map((t) => t.readabilityMs);
  const engine = timings.map((t) => t.engineMs);
  const medianOf = (pick: (t: PageTiming) => number) => median(timings.map(pick));
  const ruleIds = RULES.map((rule) => rule.id);
  return {
    readability: { medianMs: median(readability), p95Ms: quantile(readability, 0.95), totalMs: sum(readability) },
    engine: { medianMs: median(engine), p95Ms: quantile(engine, 0.95), totalMs: sum(engine) },
    ratioOfMedians: median(engine) / median(readability),
    medianOfRatios: median(timings.map((t) => t.ratio)),
    p95OfRatios: quantile(timings.map((t) => t.ratio), 0.95),
    ratioOfTotals: sum(engine) / sum(readability),
    steps: Object.fromEntries(STEP_KEYS.map((key) => [key, { readability: medianOf((t) => t.readabilitySteps[key]), engine: medianOf((t) => t.engineSteps[key]), engineTotal: sum(timings.map((t) => t.engineSteps[key])) }])),
    rules: Object.fromEntries(ruleIds.map((id) => [id, { medianMs: medianOf((t) => t.ruleMs[id] ?? 0), p95Ms: quantile(timings.map((t) => t.ruleMs[id] ?? 0), 0.95), totalMs: sum(timings.map((t) => t.ruleMs[id] ?? 0)) }])),
    slowest: [...timings].sort((a, b) => b.engineMs - b.readabilityMs - (a.engineMs - a.readabilityMs)).slice(0, 5).map((t) => ({ name: t.name, readabilityMs: t.readabilityMs, engineMs: t.engineMs })),
  };
}

function printSummary(timings: PageTiming[], s: ReturnType<typeof summarise>, reps: number | null, skipped: string[], engineOptions: CleanOptions, clock: 'wall' | 'cpu', browser: BrowserTimer | null): void {
  console.log('# Quiet Reader speed: Readability alone vs the full engine');
  const runs = reps === null ? 'the first clean of each page (one run of each, no warm-up on the page)' : `${reps} timed reps each after a warm-up`;
  if (browser) {
    console.log(`In ${browser.version}, headless: each page parsed there with DOMParser (parsing excluded, the same for both).`);
    console.log(`${timings.length} pages, ${runs}; cleanArticle time only; the page's wall clock${browser.isolated ? '' : ' (the page is not cross-origin isolated: coarse timers)'}.`);
  } else {
    console.log('Caveat: jsdom, not a browser. Absolute times overstate a browser\'s; the ratio is indicative.');
    console.log(`${timings.length} pages, ${runs}; cleanArticle time only (jsdom parsing excluded, the same for both); ${clock === 'cpu' ? 'CPU time of this process' : 'wall clock'}.`);
  }
  if (engineOptions.only || engineOptions.skip) console.log(`Engine rules: ${JSON.stringify({ only: engineOptions.only, skip: engineOptions.skip })}`);
  console.log('');
  table(['per page', 'Readability alone', 'Engine'], [
    ['median', ms(s.readability.medianMs), ms(s.engine.medianMs)],
    ['p95', ms(s.readability.p95Ms), ms(s.engine.p95Ms)],
    ['sum over pages', ms(s.readability.totalMs), ms(s.engine.totalMs)],
  ]);
  // The target names both measures: a page-by-page ratio and the ratio of the typical pages' times.
  const within = (ratio: number) => (ratio <= TARGET_RATIO ? 'within' : 'OVER');
  const verdict = `median of per-page ratios ${within(s.medianOfRatios)}, ratio of medians ${within(s.ratioOfMedians)}`;
  console.log(`\nEngine / Readability: median of per-page ratios ${s.medianOfRatios.toFixed(3)} (p95 ${s.p95OfRatios.toFixed(3)}), ratio of medians ${s.ratioOfMedians.toFixed(3)}, ratio of sums ${s.ratioOfTotals.toFixed(3)} — against the ${TARGET_RATIO}× target: ${verdict}.\n`);
  table(['step (median per page)', 'Readability alone', 'Engine', 'Engine, sum'], Object.entries(s.steps).map(([key, v]) => [key, ms(v.readability), ms(v.engine), ms(v.engineTotal)]));
  console.log('');
  table(['rule collect', 'median', 'p95', 'sum'], Object.entries(s.rules).map(([id, v]) => [id, ms(v.medianMs), ms(v.p95Ms), ms(v.totalMs)]));
  console.log('\nLargest engine − Readability gaps:');
  for (const page of s.slowest) console.log(`  ${page.name}: ${ms(page.readabilityMs)} → ${ms(page.engineMs)}`);
  if (skipped.length) console.log(`\nSkipped: ${skipped.join('; ')}`);
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

runBench('bench:speed', main);
