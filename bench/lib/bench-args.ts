/** Command-line options shared by the benchmark scripts. */
export interface BenchArgs {
  sets: string[];
  files: string[];
  json: boolean;
  verbose: boolean;
  limit: number | null;
  reps: number;
  only: string[];
  skip: string[];
  /** `--site-memory`: also score the engine with site memory (bench/lib/site-memory-pass.ts). */
  siteMemory: boolean;
  /** `--clock cpu`: bench:speed times with this process's CPU time instead of the wall clock. */
  clock: 'wall' | 'cpu';
  /** `--first`: bench:speed times each page's first clean only (no warm-up on the page, one run of each). */
  first: boolean;
  help: boolean;
}

export class BenchArgsError extends Error {}

/**
 * Parses `--set NAME` (repeatable), `--file SUBSTRING` (repeatable), `--json`, `--verbose`,
 * `--limit N`, `--reps N`, `--only id,id`, `--skip id,id`, `--clock wall|cpu`, `--first`, `--help`. Throws BenchArgsError with a
 * one-line message on anything else.
 */
export function parseBenchArgs(argv: readonly string[], knownSets: readonly string[]): BenchArgs {
  const args: BenchArgs = { sets: [], files: [], json: false, verbose: false, limit: null, reps: 5, only: [], skip: [], siteMemory: false, clock: 'wall', first: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new BenchArgsError(`${arg} needs a value`);
      return next;
    };
    const count = () => {
      const text = value();
      const n = Number(text);
      if (!Number.isInteger(n) || n < 1) throw new BenchArgsError(`${arg} needs a whole number ≥ 1, got “${text}”`);
      return n;
    };
    switch (arg) {
      case '--set': {
        const set = value();
        if (!knownSets.includes(set)) throw new BenchArgsError(`unknown set “${set}”; known sets: ${knownSets.join(', ')}`);
        args.sets.push(set);
        break;
      }
      case '--file':
        args.files.push(value());
        break;
      case '--json':
        args.json = true;
        break;
      case '--verbose':
        args.verbose = true;
        break;
      case '--limit':
        args.limit = count();
        break;
      case '--reps':
        args.reps = count();
        break;
      case '--only':
        args.only.push(...splitList(value()));
        break;
      case '--skip':
        args.skip.push(...splitList(value()));
        break;
      case '--site-memory':
        args.siteMemory = true;
        break;
      case '--clock': {
        const clock = value();
        if (clock !== 'wall' && clock !== 'cpu') throw new BenchArgsError(`--clock is wall or cpu, got “${clock}”`);
        args.clock = clock;
        break;
      }
      case '--first':
        args.first = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new BenchArgsError(`unknown option “${arg}” (try --help)`);
    }
  }
  return args;
}

function splitList(value: string): string[] {
  return value.split(',').map((item) => item.trim()).filter(Boolean);
}
