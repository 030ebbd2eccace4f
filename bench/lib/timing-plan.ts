import type { StepTimings } from '../../core/types';

/**
 * How bench:speed times one page, in jsdom or in a browser (bench/lib/timing-page.ts): warm runs
 * (`reps` of each after one untimed run of each), or the page's first clean (one run of each, in
 * the given order). The order alternates — rep by rep, or page by page for first cleans — so
 * neither variant always runs on a warmer heap.
 *
 * No Node import: this module is also bundled into the page the browsers run.
 */
export type TimingPlan = { first: false; reps: number } | { first: true; readabilityFirst: boolean };

export interface TimedRuns {
  readability: StepTimings[];
  engine: StepTimings[];
  /** Per timed engine run: each rule's `collect` time (bench/lib/rule-clock.ts). */
  rules: Record<string, number>[];
}

/** `ruleClock` is cleared before each engine run and read after it. */
export function runTimingPlan(plan: TimingPlan, readabilityRun: () => StepTimings, engineRun: () => StepTimings, ruleClock: Map<string, number>): TimedRuns {
  const runs: TimedRuns = { readability: [], engine: [], rules: [] };
  const timedEngineRun = () => {
    ruleClock.clear();
    runs.engine.push(engineRun());
    runs.rules.push(Object.fromEntries(ruleClock));
  };
  // Warm-up: the first clean of a document pays for lazy caches (jsdom's selectors and styles).
  if (!plan.first) {
    readabilityRun();
    engineRun();
  }
  const reps = plan.first ? 1 : plan.reps;
  for (let rep = 0; rep < reps; rep++) {
    if (plan.first ? plan.readabilityFirst : rep % 2 === 0) {
      runs.readability.push(readabilityRun());
      timedEngineRun();
    } else {
      timedEngineRun();
      runs.readability.push(readabilityRun());
    }
  }
  return runs;
}
