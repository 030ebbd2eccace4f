/**
 * `npm run cli -- [options] FILE...`: cleans saved pages from the command line (see cli/args.ts
 * USAGE). The work is in process-files.ts; this file only wires arguments to output.
 */
import { RULES } from '../core/rules/index';
import { CliUsageError, parseCliArgs, USAGE } from './args';
import { formatArticleText, formatFailure, jsonRecordForBadInput, jsonRecordForResult } from './format';
import { formatArticleHtml, formatArticleMarkdown, savedAtFromEnvironment } from './export-formats';
import { cleanOptionsFromArgs, type PageOutcome, processFiles } from './process-files';
import { openSiteMemoryFile, type SiteMemorySession } from './site-memory-file';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv, RULES.map((rule) => rule.id));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`quiet-reader: ${error.message}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let memory: SiteMemorySession | null = null;
  if (args.siteMemory) {
    const opened = await openSiteMemoryFile(args.siteMemory);
    if (!opened.ok) {
      process.stderr.write(`quiet-reader: ${opened.error}\n`);
      return 2;
    }
    for (const problem of opened.problems) process.stderr.write(`quiet-reader: ${problem}\n`);
    memory = opened.session;
  }
  const several = args.inputs.length > 1;
  const json = args.format === 'json';
  const savedAt = savedAtFromEnvironment();
  const render = (result: Parameters<typeof formatArticleText>[0], url: string | null) => {
    if (args.format === 'markdown') return formatArticleMarkdown(result, url, savedAt, args.withRemoved);
    if (args.format === 'html') return formatArticleHtml(result, url, savedAt, args.withRemoved);
    return formatArticleText(result);
  };
  let printed = 0;
  const onPage = async (outcome: PageOutcome) => {
    const { file, url = null } = outcome.input;
    const note = memory?.learnFrom(outcome);
    if (note) process.stderr.write(`quiet-reader: site memory: ${note}\n`);
    if (outcome.read === 'failed') {
      process.stderr.write(`${formatFailure(file, outcome.error)}\n`);
      if (json) await writeOut(`${JSON.stringify(jsonRecordForBadInput(file, url, outcome.error))}\n`);
      return;
    }
    const { result } = outcome;
    if (!result.ok) process.stderr.write(`${formatFailure(file, result.error.message)}\n`);
    if (json) {
      await writeOut(`${JSON.stringify(jsonRecordForResult(file, url, outcome.encoding, result, outcome.timings, outcome.stylesInert))}\n`);
    } else if (result.ok) {
      // Several files print like `head`: a header line before each, a blank line between them.
      const header = several ? `${printed ? '\n' : ''}==> ${file} <==\n` : '';
      await writeOut(header + render(result, url));
      printed++;
    }
  };
  const failed = await processFiles(args.inputs, cleanOptionsFromArgs(args), { onPage, onWarning: (input, warning) => process.stderr.write(`${formatFailure(input.file, warning)}\n`), ...(memory && { cleanOptionsFor: memory.cleanOptionsFor }) });
  if (memory) await memory.save();
  return failed ? 1 : 0;
}

/** Writes to stdout and waits when the pipe is full, so a slow reader cannot make output pile up in memory. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`quiet-reader: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
