/**
 * What the not-an-article gate (core/article-gate/) costs on the shared corpus: which pages it
 * refuses, and the recall and F1 the engine would have without the gate on the annotated sets.
 *
 *   npm run bench:gate -- [--set NAME]… [--file SUBSTRING]… [--limit N] [--json]
 *
 * Each page is cleaned twice from one jsdom document: with the gate (the engine as shipped) and
 * with `steps.gate: false`. A refused page scores as empty text, exactly as bench:quality scores
 * it; the evidence the gate read is printed for every refused page, and with `--json` for all, so
 * thresholds can be studied offline.
 */
import { tryParseHtmlDocument, yieldToEventLoop } from '../cli/clean-page';
import { readHtmlInput } from '../cli/read-input';
import { measurePage, type PageEvidence } from '../core/article-gate/evidence';
import { cleanArticle } from '../core/clean-article';
import type { CleanResult } from '../core/types';
import { runBench, startBench } from './lib/bench-start';
import { ALL_SETS, type CorpusPage, listCorpusPages, REFERENCE_SET } from './lib/corpus';
import { addCounts, type Counts, emptyCounts, metrics, scorePage } from './lib/score';

interface GateOutcome {
  set: string;
  name: string;
  refused: string | null;
  evidence: PageEvidence | null;
  gated: Counts;
  ungated: Counts;
  with: string[];
}

const HELP = `Usage: npm run bench:gate -- [options]

Which pages of ../shared/corpus the not-an-article gate refuses, with the evidence it read, and
the engine's scores on the annotated sets with and without the gate.

  --set NAME        run only this set (repeatable): ${ALL_SETS.join(', ')}
  --file SUBSTRING  run only pages whose corpus path contains it (repeatable)
  --limit N         at most N pages per set, evenly spaced (deterministic; for quick runs)
  --json            print the evidence of every page as JSON instead of the report
  --help            this text`;

async function main(): Promise<number> {
  const start = startBench('gate-report', process.argv.slice(2), ALL_SETS, HELP, 'measure');
  if (!start.run) return start.exitCode;
  const { args, corpusDir } = start;
  const sets = args.sets.length ? args.sets : [...ALL_SETS];
  const pages = listCorpusPages(corpusDir, sets, args.files, args.limit);
  const outcomes: GateOutcome[] = [];
  for (const [index, page] of pages.entries()) {
    if (index % 50 === 0) process.stderr.write(`gate-report: ${index}/${pages.length}\n`);
    const outcome = await measureGate(page);
    if (outcome) outcomes.push(outcome);
    await yieldToEventLoop();
  }
  if (args.json) console.log(JSON.stringify(outcomes));
  else printReport(outcomes, sets);
  return 0;
}

async function measureGate(page: CorpusPage): Promise<GateOutcome | null> {
  const input = await readHtmlInput(page.path);
  if (!input.ok) return null;
  const parsed = tryParseHtmlDocument(input.html, page.url ?? undefined);
  if (!parsed.ok) return null;
  const dom = parsed.dom;
  try {
    const doc = dom.window.document;
    const url = page.url ?? undefined;
    const gated = cleanArticle(doc, { url });
    const ungated = cleanArticle(doc, { url, steps: { gate: false } });
    // The pick the gate judged: Readability after preclean and recovery, before the postclean rules.
    const pick = cleanArticle(doc, { url, steps: { gate: false, postclean: false, sanitize: false } });
    let evidence: PageEvidence | null = null;
    if (pick.ok) {
      const pickDom = tryParseHtmlDocument(pick.article.contentHtml, url);
      if (pickDom.ok) {
        const body = pickDom.dom.window.document.body;
        evidence = measurePage(doc, body.firstElementChild ?? body);
        pickDom.dom.window.close();
      }
    }
    return {
      set: page.set,
      name: page.name,
      refused: gated.ok || ungated.ok === false ? null : (gated.error.reason ?? gated.error.code),
      evidence,
      gated: scorePage(text(gated), page.with, page.without).counts,
      ungated: scorePage(text(ungated), page.with, page.without).counts,
      with: page.with,
    };
  } finally {
    dom.window.close();
  }
}

function text(result: CleanResult): string {
  return result.ok ? result.article.textContent : '';
}

function printReport(outcomes: GateOutcome[], sets: readonly string[]): void {
  for (const set of sets) {
    const inSet = outcomes.filter((o) => o.set === set);
    if (!inSet.length) continue;
    const refused = inSet.filter((o) => o.refused);
    console.log(`\n## ${set}: the gate refuses ${refused.length} of ${inSet.length} pages`);
    if (set !== REFERENCE_SET) {
      const total = (pick: (o: GateOutcome) => Counts) => inSet.reduce((sum, o) => addCounts(sum, pick(o)), emptyCounts());
      for (const [label, counts] of [['engine without the gate', total((o) => o.ungated)], ['engine with the gate', total((o) => o.gated)]] as const) {
        const m = metrics(counts);
        console.log(`  ${label.padEnd(24)} TP/FP/FN/TN ${counts.tp}/${counts.fp}/${counts.fn}/${counts.tn}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}`);
      }
    }
    for (const o of refused) {
      console.log(`  - ${o.name}: ${o.refused} (with kept without the gate: ${o.ungated.tp}/${o.with.length}) ${JSON.stringify(o.evidence)}`);
      for (const snippet of o.with.slice(0, 2)) console.log(`      with: “${snippet.slice(0, 100)}”`);
    }
  }
}

runBench('gate-report', main);
