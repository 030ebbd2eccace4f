/**
 * Time to view in real browsers: the keyboard shortcut → the article's text on screen.
 *
 *   npm run bench:browser -- [--browser chromium|firefox]… [--limit N] [--reps N] [--pause SECONDS] [--set NAME]… [--file SUBSTRING]… [--verbose] [--json]
 *
 * Pages: every page of seed and appeals-dev and an evenly spaced, deterministic sample of
 * trafilatura-dev (`--limit N`, default 40), served from 127.0.0.1. For each browser (Chromium,
 * then Firefox ESR; headed on an X display, e2e build) one tab loads each page and the shortcut is
 * typed with xdotool: "cold" is the first open in the freshly loaded page (the reader script is
 * injected), then the shortcut closes the view and "warm" is the next open in the same page.
 * `--pause` waits on each page first, as a reader does; `QR_FIREFOX_MANIFEST=3` benches the MV3
 * Firefox build (build it first: `npx wxt build -b firefox --mv3 --mode e2e`).
 *
 * The clock starts when the page sees the shortcut's first key (its keydown's timestamp) and stops
 * at the first frame after the article's text is in the view (bench/lib/view-probe.ts). The
 * extension stamps its own steps on the same epoch clock (utils/epoch-clock.ts), which splits the
 * time into: key → background (the browser delivering the command), inject (the reader script
 * listening in the tab), settings & storage, engine, off-tab transfer (large pages), render, to
 * screen (the next frame), and messages & other (the rest: message hops, waiting for the thread).
 *
 * A benchmark, not a test: it prints numbers and judges nothing but the target it names.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VIEW_HOST } from '../tests/e2e/helpers/clean-view';
import { firefoxBuildDir } from '../tests/e2e/helpers/firefox-launch';
import { extensionBuildDir } from '../tests/e2e/helpers/launch';
import { FIXTURE_PAGES } from '../tests/e2e/helpers/corpus';
import { startPageServer } from '../tests/e2e/helpers/server';
import { BENCH_BROWSERS, launchBenchBrowser, takeBrowserArgs, whyBrowserCannotRun, type BenchBrowser, type BenchBrowserName, type TriggerJson } from './lib/bench-browsers';
import { runBench, startBench } from './lib/bench-start';
import { ANNOTATED_SETS, listAnnotatedPages, matchesFileFilter, type AnnotatedPage } from './lib/corpus';
import { evenSample, median, quantile } from './lib/stats';
import { armProbeExpression, closedExpression, PROBE_RESULT_EXPRESSION, type ProbeReading } from './lib/view-probe';

const NAME = 'bench:browser';
const DEFAULT_TRAFILATURA_SAMPLE = 40;
/** The issue's target: p95 of a cold open, trigger → text on screen, in each browser. */
const TARGET_COLD_P95_MS = 150;
/** A calm moment before each shortcut, so the page's own loading work is not what is measured. */
const SETTLE_MS = 400;

const HELP = `Usage: npm run bench:browser -- [options]

Opens the clean view with the keyboard shortcut on corpus pages served from 127.0.0.1, in
Chromium and Firefox ESR (headed; under xvfb-run when there is no display), and prints per browser
the median and p95 of shortcut → article text on screen, cold (first open in the page) and warm
(the next open), and where the time goes.

  --browser NAME    only this browser (repeatable): ${BENCH_BROWSERS.join(', ')}
  --limit N         trafilatura-dev pages to sample evenly (default ${DEFAULT_TRAFILATURA_SAMPLE})
  --reps N          rounds over all pages (default 1; each round loads every page again)
  --pause SECONDS   time on each page before the shortcut (default ${SETTLE_MS / 1000}); past 30 s Chrome
                    has stopped the idle service worker, as after reading an article
  --set NAME        only this set (repeatable): ${ANNOTATED_SETS.join(', ')}
  --file SUBSTRING  only pages whose corpus path contains it (repeatable)
  --verbose         one line per page and open
  --json            machine-readable results
  --help            this text

Needs Chromium and/or Firefox ESR, xdotool, and an X display or xvfb-run (apt-get install -y
chromium firefox-esr xvfb xdotool). \`npm run bench:browser\` builds the e2e packages first.`;

/** Where the time of one open went, in ms. */
const PARTS = ['keyToBackground', 'inject', 'settings', 'engine', 'transfer', 'render', 'toScreen', 'other'] as const;
type Part = (typeof PARTS)[number];
const PART_LABELS: Record<Part, string> = {
  keyToBackground: 'key → background',
  inject: 'inject',
  settings: 'settings & storage',
  engine: 'engine',
  transfer: 'off-tab transfer',
  render: 'render',
  toScreen: 'to screen',
  other: 'messages & other',
};

interface OpenTiming {
  page: string;
  kind: 'cold' | 'warm';
  totalMs: number;
  parts: Record<Part, number>;
  cleanedIn: string;
  /** The trigger was the page's keydown (else the moment xdotool was started). */
  keySeenByPage: boolean;
}

interface BrowserRun {
  browser: BenchBrowserName;
  version: string;
  opens: OpenTiming[];
  /** Pages where no view with an article opened (not an article, too large, timed out), with why. */
  skipped: { page: string; why: string }[];
  loadBefore: number[];
  loadAfter: number[];
}

const epochNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** This bench's own options (`--browser`, `--pause`); the rest go to the shared parser. */
function parseOwnArgs(argv: readonly string[]): { browsers: BenchBrowserName[]; pauseMs: number; rest: string[]; error?: string } {
  const taken = takeBrowserArgs(argv);
  const rest: string[] = [];
  let pauseMs = SETTLE_MS;
  if (taken.error) return { browsers: taken.browsers, pauseMs, rest, error: taken.error };
  for (let i = 0; i < taken.rest.length; i++) {
    if (taken.rest[i] !== '--pause') {
      rest.push(taken.rest[i]!);
      continue;
    }
    const seconds = Number(taken.rest[++i]);
    if (!Number.isFinite(seconds) || seconds < 0) return { browsers: taken.browsers, pauseMs, rest, error: `--pause needs a number of seconds ≥ 0, got “${taken.rest[i] ?? ''}”` };
    pauseMs = Math.max(SETTLE_MS, seconds * 1000);
  }
  return { browsers: taken.browsers.length ? taken.browsers : [...BENCH_BROWSERS], pauseMs, rest };
}

/** Without a display, runs this same command again under xvfb-run; returns its exit code, or null to go on here. */
function rerunUnderXvfb(): number | null {
  if (process.env.DISPLAY) return null;
  try {
    execFileSync('which', ['xvfb-run'], { stdio: 'ignore' });
  } catch {
    console.error(`${NAME}: no X display (DISPLAY is unset) and no xvfb-run to make one. The shortcut needs a headed browser: apt-get install -y xvfb, or run with a display.`);
    return 1;
  }
  console.log(`${NAME}: no X display; running under xvfb-run.`);
  const child = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  return child.status ?? 1;
}

function whyToolsMissing(browsers: readonly BenchBrowserName[]): string | null {
  try {
    execFileSync('xdotool', ['version'], { stdio: 'ignore' });
  } catch {
    return 'xdotool is not installed (apt-get install -y xdotool): the shortcut is typed with it';
  }
  const missing = browsers.map((browser) => [browser, browser === 'chromium' ? extensionBuildDir('e2e') : firefoxBuildDir('e2e')] as const).filter(([, dir]) => !fs.existsSync(path.join(dir, 'manifest.json')));
  if (missing.length) return `no e2e build at ${missing.map(([, dir]) => dir).join(', ')}: run \`npm run bench:browser\` (it builds them) or \`npm run build:e2e && npm run build:firefox:e2e\``;
  return null;
}

function choosePages(corpusDir: string, sets: readonly string[], files: readonly string[], limit: number | null): AnnotatedPage[] {
  const chosen = sets.length ? sets : ANNOTATED_SETS;
  return ANNOTATED_SETS.filter((set) => chosen.includes(set)).flatMap((set) => {
    const pages = listAnnotatedPages(corpusDir, set).filter((page) => matchesFileFilter(page.name, files));
    return set === 'trafilatura-dev' ? evenSample(pages, limit ?? DEFAULT_TRAFILATURA_SAMPLE) : pages;
  });
}

/** One open by the shortcut, timed; null with a reason when no article view came. */
async function timeOneOpen(browser: BenchBrowser, page: string, kind: 'cold' | 'warm'): Promise<OpenTiming | { why: string }> {
  await browser.evaluate(armProbeExpression(VIEW_HOST));
  const pressedAt = epochNow();
  await browser.pressShortcut();
  const reading = await browser.evaluate<ProbeReading>(PROBE_RESULT_EXPRESSION);
  if (reading.paintAt === null || reading.textAt === null) return { why: `${kind}: no view within 30 s` };
  const trigger = await triggerAfter(browser, reading.armedAt);
  if (reading.outcome !== 'article') return { why: `${kind}: the view showed a message (${describeProblem(trigger)})` };
  const timings = trigger?.state.timings;
  if (!trigger || trigger.trigger !== 'command' || !timings?.startedAt || !timings.renderedAt || trigger.at.received < reading.armedAt - 1) return { why: `${kind}: the background has no record of this command` };
  const keySeenByPage = reading.keyAt !== null;
  const start = reading.keyAt ?? pressedAt;
  const totalMs = reading.paintAt - start;
  const parts: Record<Part, number> = {
    keyToBackground: trigger.at.received - start,
    inject: (trigger.at.ready ?? trigger.at.received) - trigger.at.received,
    settings: timings.settingsMs,
    engine: timings.cleanMs,
    transfer: timings.transferMs ?? 0,
    render: timings.renderMs,
    toScreen: reading.paintAt - Math.max(reading.textAt, timings.renderedAt),
    other: 0,
  };
  parts.other = totalMs - PARTS.filter((part) => part !== 'other').reduce((sum, part) => sum + parts[part], 0);
  return { page, kind, totalMs, parts, cleanedIn: timings.cleanedIn ?? 'in-tab', keySeenByPage };
}

/** The background's record of this command: it is written once the tab has answered, so it may come just after the paint. */
async function triggerAfter(browser: BenchBrowser, armedAt: number): Promise<TriggerJson | null> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const trigger = await browser.lastTrigger();
    if ((trigger && trigger.at.received >= armedAt - 1) || Date.now() > deadline) return trigger;
    await sleep(20);
  }
}

function describeProblem(trigger: TriggerJson | null): string {
  const state = trigger?.state as { problem?: { code?: string } } | undefined;
  return state?.problem?.code ?? 'unknown';
}

async function closeView(browser: BenchBrowser): Promise<void> {
  await browser.pressShortcut();
  const closed = await browser.evaluate<boolean>(closedExpression(VIEW_HOST));
  if (!closed) throw new Error('the view did not close within 30 s of the shortcut');
}

/** Loads the page, waits `pauseMs` (reading), then times the cold open and, after closing, the warm one. */
async function timePage(browser: BenchBrowser, page: { name: string; url: string }, pauseMs: number): Promise<(OpenTiming | { why: string })[]> {
  await browser.goto(page.url);
  await browser.focus();
  await sleep(pauseMs);
  const cold = await timeOneOpen(browser, page.name, 'cold');
  if ('why' in cold) {
    await closeView(browser).catch(() => undefined);
    return [cold];
  }
  await closeView(browser);
  await sleep(SETTLE_MS);
  const warm = await timeOneOpen(browser, page.name, 'warm');
  await closeView(browser).catch(() => undefined);
  return [cold, warm];
}

async function benchBrowser(name: BenchBrowserName, pages: readonly { name: string; url: string }[], helperUrl: string, reps: number, pauseMs: number, verbose: boolean): Promise<BrowserRun> {
  const loadBefore = os.loadavg();
  const browser = await launchBenchBrowser(name, helperUrl);
  const run: BrowserRun = { browser: name, version: browser.version, opens: [], skipped: [], loadBefore, loadAfter: [] };
  try {
    for (let rep = 0; rep < reps; rep++) {
      for (const page of pages) {
        try {
          const opens = await timePage(browser, page, pauseMs);
          run.opens.push(...opens.filter((open): open is OpenTiming => !('why' in open)));
          for (const open of opens) if ('why' in open) run.skipped.push({ page: page.name, why: open.why });
          if (verbose) for (const open of opens) if (!('why' in open)) console.log(`  ${name} ${open.kind} ${round1(open.totalMs)} ms  ${open.cleanedIn}  ${page.name}`);
        } catch (error) {
          // A page that navigates itself away (a script redirect) takes the probe with it.
          run.skipped.push({ page: page.name, why: `the page went away while timed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` });
        }
      }
    }
  } finally {
    await browser.close();
  }
  run.loadAfter = os.loadavg();
  return run;
}

interface Summary {
  count: number;
  medianMs: number;
  p95Ms: number;
  parts: Record<Part, { medianMs: number; p95Ms: number }>;
}

function summarize(opens: readonly OpenTiming[]): Summary {
  const of = (values: number[]) => ({ medianMs: round1(median(values)), p95Ms: round1(quantile(values, 0.95)) });
  const totals = of(opens.map((open) => open.totalMs));
  return {
    count: opens.length,
    medianMs: totals.medianMs,
    p95Ms: totals.p95Ms,
    parts: Object.fromEntries(PARTS.map((part) => [part, of(opens.map((open) => open.parts[part]))])) as Summary['parts'],
  };
}

function printRun(run: BrowserRun): void {
  const cold = summarize(run.opens.filter((open) => open.kind === 'cold'));
  const warm = summarize(run.opens.filter((open) => open.kind === 'warm'));
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
  const pad = (text: string, width: number) => text.padStart(width);
  console.log(`\n${run.browser} ${run.version} — ${cold.count} pages opened (load average ${load(run.loadBefore)} before, ${load(run.loadAfter)} after, ${os.cpus().length} cores)`);
  console.log(`${''.padEnd(22)}${pad('cold median', 12)}${pad('p95', 8)}${pad('warm median', 13)}${pad('p95', 8)}`);
  console.log(`${'shortcut → text shown'.padEnd(22)}${pad(cold.medianMs.toFixed(1), 12)}${pad(cold.p95Ms.toFixed(1), 8)}${pad(warm.medianMs.toFixed(1), 13)}${pad(warm.p95Ms.toFixed(1), 8)}`);
  for (const part of PARTS) {
    console.log(`${`  ${PART_LABELS[part]}`.padEnd(22)}${pad(cold.parts[part].medianMs.toFixed(1), 12)}${pad(cold.parts[part].p95Ms.toFixed(1), 8)}${pad(warm.parts[part].medianMs.toFixed(1), 13)}${pad(warm.parts[part].p95Ms.toFixed(1), 8)}`);
  }
  const offTab = run.opens.filter((open) => open.kind === 'cold' && open.cleanedIn === 'off-thread').length;
  console.log(`cold/warm ratio of medians ${(cold.medianMs / warm.medianMs).toFixed(2)}, of p95 ${(cold.p95Ms / warm.p95Ms).toFixed(2)}; ${offTab} of ${cold.count} pages cleaned off the tab`);
  console.log(`target: cold p95 ≤ ${TARGET_COLD_P95_MS} ms — ${cold.p95Ms <= TARGET_COLD_P95_MS ? 'met' : 'not met'} (${cold.p95Ms.toFixed(1)} ms)`);
  const notSeen = run.opens.filter((open) => !open.keySeenByPage).length;
  if (notSeen) console.log(`note: on ${notSeen} opens the page saw no keydown; those are timed from the start of xdotool`);
  for (const { page, why } of run.skipped) console.log(`not timed: ${page} — ${why}`);
  const slowest = run.opens.filter((open) => open.kind === 'cold').sort((a, b) => b.totalMs - a.totalMs).slice(0, 5);
  console.log(`slowest cold opens: ${slowest.map((open) => `${path.basename(open.page)} ${round1(open.totalMs)} ms (engine ${round1(open.parts.engine)}, ${open.cleanedIn})`).join('; ')}`);
}

async function main(): Promise<number> {
  const { browsers, pauseMs, rest, error } = parseOwnArgs(process.argv.slice(2));
  if (error) {
    console.error(`${NAME}: ${error}`);
    return 2;
  }
  const start = startBench(NAME, rest, ANNOTATED_SETS, HELP, 'time');
  if (!start.run) return start.exitCode;
  const rerun = rerunUnderXvfb();
  if (rerun !== null) return rerun;
  const { args, corpusDir } = start;
  const runnable = browsers.filter((browser) => {
    const why = whyBrowserCannotRun(browser);
    if (why) console.log(`${NAME}: skipping ${browser}: ${why}`);
    return !why;
  });
  const missing = whyToolsMissing(runnable);
  if (missing) {
    console.error(`${NAME}: ${missing}`);
    return 1;
  }
  const pages = choosePages(corpusDir, args.sets, args.files, args.limit);
  if (!pages.length) {
    console.log(`${NAME}: no corpus pages match; nothing to time.`);
    return 0;
  }
  const mounts = Object.fromEntries(ANNOTATED_SETS.map((set) => [`/${set}/`, path.join(corpusDir, set)]));
  // Each page from its own loopback address: a site of its own, so its tab gets a fresh renderer
  // process with nothing of the reader compiled yet, as on a reader's first visit to a news site.
  const servers = await Promise.all(pages.map((_, i) => startPageServer(mounts, `127.0.${1 + Math.floor(i / 250)}.${2 + (i % 250)}`)));
  const helper = await startPageServer({ '/fixtures/': FIXTURE_PAGES });
  const served = pages.map((page, i) => ({ name: page.name, url: servers[i]!.url(`/${path.relative(corpusDir, page.path).split(path.sep).join('/')}`) }));
  const counts = ANNOTATED_SETS.map((set) => `${set} ${pages.filter((page) => page.set === set).length}`).join(', ');
  // bench-args' default of 5 reps is bench:speed's; here one round unless asked.
  const reps = rest.includes('--reps') ? args.reps : 1;
  const firefoxBuild = process.env.QR_FIREFOX_MANIFEST === '3' ? ' (Firefox: the MV3 build)' : '';
  console.log(`${NAME}: ${pages.length} pages (${counts}), each from its own loopback address, ${reps} round(s), ${pauseMs / 1000} s on each page before the shortcut, in ${runnable.join(' and ')}${firefoxBuild}`);
  const runs: BrowserRun[] = [];
  try {
    for (const browser of runnable) runs.push(await benchBrowser(browser, served, helper.url('/fixtures/plain-article.html'), reps, pauseMs, args.verbose));
  } finally {
    await Promise.all([...servers, helper].map((server) => server.close()));
  }
  if (args.json) console.log(JSON.stringify(runs.map((run) => ({ ...run, cold: summarize(run.opens.filter((o) => o.kind === 'cold')), warm: summarize(run.opens.filter((o) => o.kind === 'warm')) })), null, 2));
  else for (const run of runs) printRun(run);
  return 0;
}

runBench(NAME, main);
