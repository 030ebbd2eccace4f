import { describe, expect, it } from 'vitest';
import { runTimingPlan } from '../../bench/lib/timing-plan';
import type { StepTimings } from '../../core/types';

/** Runs the plan with variants that log their calls and report their call number as the total time. */
function trace(plan: Parameters<typeof runTimingPlan>[0]) {
  const calls: string[] = [];
  const clock = new Map<string, number>();
  const timings = (totalMs: number) => ({ totalMs }) as StepTimings;
  const runs = runTimingPlan(
    plan,
    () => (calls.push('R'), timings(calls.length)),
    () => {
      // A rule timed in this run only: the clock is cleared before each engine run.
      clock.set(`rule${calls.length}`, calls.length);
      calls.push('E');
      return timings(calls.length);
    },
    clock,
  );
  return { calls: calls.join(''), runs };
}

describe('runTimingPlan', () => {
  it('warm runs: one untimed run of each, then reps alternating who goes first', () => {
    const { calls, runs } = trace({ first: false, reps: 3 });
    expect(calls).toBe('RE' + 'RE' + 'ER' + 'RE');
    expect(runs.readability.map((t) => t.totalMs)).toEqual([3, 6, 7]);
    expect(runs.engine.map((t) => t.totalMs)).toEqual([4, 5, 8]);
    expect(runs.rules).toEqual([{ rule3: 3 }, { rule4: 4 }, { rule7: 7 }]);
  });

  it('first cleans: one run of each, in the order asked, nothing before', () => {
    expect(trace({ first: true, readabilityFirst: true }).calls).toBe('RE');
    const engineFirst = trace({ first: true, readabilityFirst: false });
    expect(engineFirst.calls).toBe('ER');
    expect(engineFirst.runs.rules).toEqual([{ rule0: 0 }]);
  });
});
