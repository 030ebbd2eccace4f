/**
 * The site-memory benchmark on its own (also run by `npm run bench:quality -- --site-memory`):
 *
 *   npm run bench:site-memory -- [--file SUBSTRING]… [--verbose] [--json]
 *
 * Scores the engine with and without site memory, side by side, on ../shared/corpus/trafilatura-dev
 * and on the invented multi-page site of tests/fixtures/site-memory. How pages are grouped, ordered
 * and scored: bench/lib/site-memory-pass.ts.
 */
import { BenchArgsError, parseBenchArgs } from './lib/bench-args';
import { runSiteMemoryBench } from './lib/site-memory-pass';
import { printSiteMemoryReport, siteMemoryJson } from './lib/site-memory-report';

async function main(): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2), ['trafilatura-dev']);
  } catch (error) {
    if (error instanceof BenchArgsError) {
      console.error(`bench:site-memory: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log('Usage: npm run bench:site-memory -- [--file SUBSTRING]… [--verbose] [--json]\n\nScores the engine with and without site memory on trafilatura-dev and tests/fixtures/site-memory.');
    return 0;
  }
  const reports = await runSiteMemoryBench(args.files);
  if (args.json) console.log(JSON.stringify(reports.map(siteMemoryJson)));
  else for (const report of reports) printSiteMemoryReport(report, args.verbose);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:site-memory failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  },
);
