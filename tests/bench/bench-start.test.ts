import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBench } from '../../bench/lib/bench-start';

const SETS = ['seed', 'appeals-dev'];

describe('startBench', () => {
  afterEach(() => vi.restoreAllMocks());

  it('ends with exit code 2 and a message naming the bench when an argument is wrong', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(startBench('bench:x', ['--limit', '0'], SETS, 'usage', 'time')).toEqual({ run: false, exitCode: 2 });
    expect(error).toHaveBeenCalledWith('bench:x: --limit needs a whole number ≥ 1, got “0”');
  });

  it('prints the usage for --help and ends with exit code 0', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(startBench('bench:x', ['--help'], SETS, 'Usage: npm run bench:x', 'time')).toEqual({ run: false, exitCode: 0 });
    expect(log).toHaveBeenCalledWith('Usage: npm run bench:x');
  });

  it('hands over the parsed arguments when the bench may run', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const start = startBench('bench:x', ['--set', 'seed'], SETS, 'usage', 'time');
    // Without ../shared/corpus beside the repository the bench says so and ends with 0.
    if (start.run) expect(start.args.sets).toEqual(['seed']);
    else expect(start.exitCode).toBe(0);
  });
});
