import { RULES } from '../../core/rules/index';

/**
 * Wraps every registered rule's `collect` with a clock, in this JavaScript context only (the rules
 * on disk are untouched), and returns the clock: rule id → time spent in its `collect` since the
 * clock was last cleared. bench:speed uses it in jsdom and in the browser page alike.
 */
export function clockRules(now: () => number): Map<string, number> {
  const clock = new Map<string, number>();
  for (const rule of RULES) {
    const collect = rule.collect.bind(rule);
    (rule as { collect: typeof rule.collect }).collect = (root, ctx) => {
      const start = now();
      try {
        return collect(root, ctx);
      } finally {
        clock.set(rule.id, (clock.get(rule.id) ?? 0) + now() - start);
      }
    };
  }
  return clock;
}
