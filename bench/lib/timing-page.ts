/**
 * The page bench:speed opens in a browser (`--browser`): bundled with the engine by
 * bench/lib/browser-timer.ts and run in a page of its own. It parses each corpus page as the
 * extension's cleaning context parses its copy (`parsePageCopy`, utils/clean-page-html.ts)
 * and times Readability alone and the whole engine on that document by the same plan as in jsdom.
 * Like that context, the page warms the engine up on an invented article first
 * (utils/engine-warm-up.ts), so no page is timed on code compiled for its own clean.
 */
import { cleanArticle } from '../../core/clean-article';
import type { CleanOptions } from '../../core/types';
import { parsePageCopy } from '../../utils/clean-page-html';
import { warmUpEngine } from '../../utils/engine-warm-up';
import { clockRules } from './rule-clock';
import { runTimingPlan, type TimedRuns, type TimingPlan } from './timing-plan';

/** `rules`: the engine's `--only` / `--skip` selection. */
export type TimeCleans = (html: string, url: string | undefined, plan: TimingPlan, rules: Pick<CleanOptions, 'only' | 'skip'>) => TimedRuns;

declare global {
  var qrTimeCleans: TimeCleans;
}

const ruleClock = clockRules(() => performance.now());
warmUpEngine(window);

globalThis.qrTimeCleans = (html, url, plan, rules) => {
  const address = url ?? 'about:blank';
  const doc = parsePageCopy({ html, url: address, baseUrl: address }, window);
  return runTimingPlan(
    plan,
    () => cleanArticle(doc, { url, steps: { preclean: false, postclean: false } }).timings,
    () => cleanArticle(doc, { ...rules, url }).timings,
    ruleClock,
  );
};
