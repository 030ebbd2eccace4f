import { BenchArgsError, parseBenchArgs, type BenchArgs } from './bench-args';
import { findCorpusDir } from './corpus';

/** A bench that may run (its arguments and the corpus folder), or the exit code it ends with. */
export type BenchStart = { run: true; args: BenchArgs; corpusDir: string } | { run: false; exitCode: number };

/**
 * The start every bench shares: parse the arguments (a clear message and exit code 2 when they are
 * wrong), print the usage for `--help`, and say so plainly when `../shared/corpus` is not next to
 * the repository (exit code 0: nothing to measure is not a failure on a machine without it).
 */
export function startBench(name: string, argv: readonly string[], knownSets: readonly string[], help: string, nothingTo: string): BenchStart {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv, knownSets);
  } catch (error) {
    if (!(error instanceof BenchArgsError)) throw error;
    console.error(`${name}: ${error.message}`);
    return { run: false, exitCode: 2 };
  }
  if (args.help) {
    console.log(help);
    return { run: false, exitCode: 0 };
  }
  const corpusDir = findCorpusDir();
  if (!corpusDir) {
    console.log(`${name}: no corpus at ../shared/corpus (next to the repository); nothing to ${nothingTo}.`);
    return { run: false, exitCode: 0 };
  }
  return { run: true, args, corpusDir };
}

/** Runs a bench's `main` and ends the process with its exit code; an unexpected error prints its stack and ends with 1. */
export function runBench(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    },
  );
}
