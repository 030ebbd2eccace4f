import { describe, expect, it } from 'vitest';
import { BenchArgsError, parseBenchArgs } from '../../bench/lib/bench-args';

const SETS = ['seed', 'appeals-dev'];

describe('parseBenchArgs', () => {
  it('reads repeatable sets and files, flags, numbers and rule lists', () => {
    expect(parseBenchArgs(['--set', 'seed', '--set', 'appeals-dev', '--file', '03-', '--json', '--verbose', '--limit', '40', '--reps', '3', '--skip', 'a,b', '--clock', 'cpu'], SETS)).toEqual({
      sets: ['seed', 'appeals-dev'], files: ['03-'], json: true, verbose: true, limit: 40, reps: 3, only: [], skip: ['a', 'b'], siteMemory: false, clock: 'cpu', first: false, help: false,
    });
  });

  it('--first asks bench:speed for each page’s first clean only', () => {
    expect(parseBenchArgs(['--first'], SETS).first).toBe(true);
    expect(parseBenchArgs([], SETS).first).toBe(false);
  });

  it.each([
    [['--set', 'nope'], 'unknown set “nope”; known sets: seed, appeals-dev'],
    [['--limit', '0'], '--limit needs a whole number ≥ 1, got “0”'],
    [['--reps', 'x'], '--reps needs a whole number ≥ 1, got “x”'],
    [['--file'], '--file needs a value'],
    [['--fast'], 'unknown option “--fast” (try --help)'],
    [['--clock', 'gpu'], '--clock is wall or cpu, got “gpu”'],
  ])('%j → %s', (argv, message) => {
    expect(() => parseBenchArgs(argv, SETS)).toThrow(new BenchArgsError(message));
  });
});
