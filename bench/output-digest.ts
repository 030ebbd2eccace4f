/**
 * A digest of what the engine outputs for every corpus page, to show that a change meant to be
 * invisible (a speed-up, a refactor) leaves the output byte for byte the same:
 *
 *   npm run bench:digest -- [--set NAME]… [--file SUBSTRING]… [--limit N] > before.txt
 *   (change the code)
 *   npm run bench:digest > after.txt && diff before.txt after.txt
 *
 * One line per page: its corpus path, a SHA-1 of the result (the sanitised article HTML, its text,
 * and every removal with its rule, kind, reason, preview, copies, fingerprint and sanitised HTML;
 * or the error), and the number of removals. Pages are cleaned as the command line cleans them.
 */
import { createHash } from 'node:crypto';
import { cleanHtmlPage, yieldToEventLoop } from '../cli/clean-page';
import { readHtmlInput } from '../cli/read-input';
import { runBench, startBench } from './lib/bench-start';
import { ALL_SETS, listCorpusPages } from './lib/corpus';

const HELP = `Usage: npm run bench:digest -- [options] > digest.txt

Prints, per corpus page, a SHA-1 of everything the engine outputs for it, so two runs can be diffed.

  --set NAME        only this set (repeatable): ${ALL_SETS.join(', ')}
  --file SUBSTRING  only pages whose corpus path contains it (repeatable)
  --limit N         at most N evenly spaced pages per set
  --help            this text`;

async function main(): Promise<number> {
  const start = startBench('bench:digest', process.argv.slice(2), ALL_SETS, HELP, 'digest');
  if (!start.run) return start.exitCode;
  const { args, corpusDir } = start;
  const sets = args.sets.length ? args.sets : [...ALL_SETS];
  const pages = listCorpusPages(corpusDir, sets, args.files, args.limit);
  for (const page of pages) {
    const { name } = page;
    const input = await readHtmlInput(page.path);
    if (!input.ok) {
      console.log(`${name} unreadable 0`);
      continue;
    }
    const { result } = cleanHtmlPage(input.html, page.url ?? undefined);
    const output = result.ok ? { article: result.article.contentHtml, text: result.article.textContent, removed: result.removed } : { error: result.error, removed: result.removed };
    console.log(`${name} ${createHash('sha1').update(JSON.stringify(output)).digest('hex')} ${result.removed.length}`);
    // Let the event loop turn between pages, as the command line does, so closed windows are freed.
    await yieldToEventLoop();
  }
  return 0;
}

runBench('bench:digest', main);
