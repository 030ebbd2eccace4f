/**
 * The page bench:speed opens in a browser (`--browser`): bundled with the engine by
 * bench/lib/browser-timer.ts and run in a page of its own. It parses each corpus page the way the
 * extension's cleaning context does (DOMParser: inert, nothing runs or loads; utils/clean-page-html.ts)
 * and times Readability alone and the whole engine on that document by the same plan as in jsdom.
 * Like that context, the page warms the engine up on an invented article first
 * (utils/engine-warm-up.ts), so no page is timed on code compiled for its own clean.
 */
import { cleanArticle } from '../../core/clean-article';
import type { CleanOptions } from '../../core/types';
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
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // A parsed document has no window; the engine sanitises with the document's (as in utils/clean-page-html.ts).
  Object.defineProperty(doc, 'defaultView', { value: window, configurable: true });
  return runTimingPlan(
    plan,
    () => cleanArticle(doc, { url, steps: { preclean: false, postclean: false } }).timings,
    () => cleanArticle(doc, { ...rules, url }).timings,
    ruleClock,
  );
};
