/**
 * The site-memory benchmark on its own (also run by `npm run bench:quality -- --site-memory`):
 *
 *   npm run bench:site-memory -- [--file SUBSTRING]… [--sites-with-3-pages] [--verbose] [--json]
 *
 * Scores the engine with and without site memory, side by side, on ../shared/corpus/trafilatura-dev
 * and on the invented multi-page site of tests/fixtures/site-memory. How pages are grouped, ordered
 * and scored: bench/lib/site-memory-pass.ts.
 */
import { BenchArgsError, parseBenchArgs } from './lib/bench-args';
import { runBench } from './lib/bench-start';
import { runSiteMemoryBench } from './lib/site-memory-pass';
import { printSiteMemoryReport, siteMemoryJson } from './lib/site-memory-report';

async function main(): Promise<number> {
  // Only pages of sites with ≥ 3 pages: the others score the same with and without memory, so this
  // gives the changed counts in a fraction of the time (the totals then cover those pages only).
  const argv = process.argv.slice(2);
  const multiPageOnly = argv.includes('--sites-with-3-pages');
  let args;
  try {
    args = parseBenchArgs(argv.filter((arg) => arg !== '--sites-with-3-pages'), ['trafilatura-dev']);
  } catch (error) {
    if (error instanceof BenchArgsError) {
      console.error(`bench:site-memory: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log('Usage: npm run bench:site-memory -- [--file SUBSTRING]… [--sites-with-3-pages] [--verbose] [--json]\n\nScores the engine with and without site memory on trafilatura-dev and tests/fixtures/site-memory.\n--sites-with-3-pages scores only pages of sites with three or more pages (the only ones memory can change).');
    return 0;
  }
  const reports = await runSiteMemoryBench(args.files, true, multiPageOnly);
  if (args.json) console.log(JSON.stringify(reports.map(siteMemoryJson)));
  else for (const report of reports) printSiteMemoryReport(report, args.verbose);
  return 0;
}

runBench('bench:site-memory', main);
