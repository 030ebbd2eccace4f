/**
 * How long and how readable the "What was removed" list is, page by page:
 *
 *   npm run bench:removed -- [--set NAME]… [--file SUBSTRING]… [--limit N] [--verbose]
 *
 * For each set (default: trafilatura-dev): the entries per page a reader is shown (median, 90th
 * percentile, maximum), how many entries there are per kind, how many previews read like code or
 * markup (bench/lib/code-like.ts), how many entries can be shown in place, and how many hidden
 * elements were folded into their page's single "never visible" line. Pages are cleaned as the
 * command line cleans them. `--verbose` prints every code-like preview and the longest lists.
 */
import { cleanHtmlPage, yieldToEventLoop } from '../cli/clean-page';
import { readHtmlInput } from '../cli/read-input';
import type { Removal } from '../core/types';
import { runBench, startBench } from './lib/bench-start';
import { looksLikeCode } from './lib/code-like';
import { ALL_SETS, listCorpusPages } from './lib/corpus';
import { median, quantile } from './lib/stats';

const HELP = `Usage: npm run bench:removed -- [options]

Prints, per corpus set, the length of the removed list per page and how readable its previews are.

  --set NAME        only this set (repeatable; default trafilatura-dev): ${ALL_SETS.join(', ')}
  --file SUBSTRING  only pages whose corpus path contains it (repeatable)
  --limit N         at most N evenly spaced pages per set
  --verbose         also list every code-like preview and the five longest lists
  --help            this text`;

interface PageCount {
  name: string;
  entries: number;
  /** Entries without the one quiet "never visible" line. */
  listed: number;
  removed: Removal[];
}

async function main(): Promise<number> {
  const start = startBench('bench:removed', process.argv.slice(2), ALL_SETS, HELP, 'measure');
  if (!start.run) return start.exitCode;
  const { args, corpusDir } = start;
  const sets = args.sets.length ? args.sets : ['trafilatura-dev'];
  for (const set of sets) {
    const pages: PageCount[] = [];
    const byKind = new Map<string, number>();
    const codeLike: string[] = [];
    let previews = 0;
    let inPlace = 0;
    let hiddenFolded = 0;
    for (const page of listCorpusPages(corpusDir, [set], args.files, args.limit)) {
      const input = await readHtmlInput(page.path);
      if (!input.ok) continue;
      const { result } = cleanHtmlPage(input.html, page.url ?? undefined);
      if (result.ok) {
        pages.push({ name: page.name, entries: result.removed.length, listed: result.removed.filter((removal) => !removal.quiet).length, removed: result.removed });
        for (const removal of result.removed) {
          byKind.set(removal.kind, (byKind.get(removal.kind) ?? 0) + 1);
          if (removal.inPlace) inPlace++;
          if (removal.quiet) hiddenFolded += removal.copies;
          if (!removal.preview) continue;
          previews++;
          if (looksLikeCode(removal.preview)) codeLike.push(`${page.name} [${removal.kind}] ${removal.preview}`);
        }
      }
      await yieldToEventLoop();
    }
    const entries = pages.map((page) => page.entries);
    const total = entries.reduce((sum, n) => sum + n, 0);
    console.log(`${set}: ${pages.length} cleaned pages, ${total} entries`);
    const listed = pages.map((page) => page.listed);
    console.log(`  entries per page: median ${median(entries)}, p90 ${quantile(entries, 0.9).toFixed(1)}, max ${Math.max(0, ...entries)}`);
    console.log(`  the same without the quiet "never visible" line: median ${median(listed)}, p90 ${quantile(listed, 0.9).toFixed(1)}, max ${Math.max(0, ...listed)}`);
    console.log(`  code-like previews: ${codeLike.length} of ${previews}`);
    console.log(`  entries that can be shown in place: ${inPlace} of ${total}`);
    console.log(`  hidden elements folded into one quiet line per page: ${hiddenFolded}`);
    console.log(`  entries by kind: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
    if (args.verbose) {
      for (const line of codeLike) console.log(`  code-like: ${line.slice(0, 200)}`);
      for (const page of [...pages].sort((a, b) => b.entries - a.entries).slice(0, 5)) {
        console.log(`  ${page.entries} entries: ${page.name}`);
        for (const r of page.removed) console.log(`    ${r.id} ${r.step} ${r.rule} ${r.kind} ×${r.copies}${r.inPlace ? ' in-place' : ''} “${r.preview.slice(0, 80)}”`);
      }
    }
  }
  return 0;
}

runBench('bench:removed', main);
