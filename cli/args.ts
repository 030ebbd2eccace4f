/** One page to clean: the path as given (`-` = stdin) and the address set by the `--url` before it. */
export interface CliInput {
  file: string;
  url?: string;
}

/** What each cleaned page is printed as; `--json` is `--format json`. */
export const OUTPUT_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliArgs {
  inputs: CliInput[];
  format: OutputFormat;
  /** `--with-removed`: Markdown and HTML end with the "Removed by Quiet Reader" list. */
  withRemoved: boolean;
  /** False with `--no-clean`: Readability alone, through the same code path. */
  clean: boolean;
  only: string[];
  skip: string[];
  phrases: string[];
  selectors: string[];
  /** `--site-memory FILE`: learn each site's boilerplate across the files, kept in FILE. */
  siteMemory: string | null;
  help: boolean;
}

/** A usage mistake; the message is one line, ready for stderr. */
export class CliUsageError extends Error {}

export const USAGE = `Usage: npm run cli -- [options] FILE...

Cleans each page (FILE.html, FILE.html.gz, or - for standard input) and prints the article.

Options:
  --format FORMAT   text (default): the article as plain text;
                    json: one JSON object per file, one per line (file, url, ok,
                    metadata, textContent, contentHtml, removed, timings, error);
                    markdown: the article as GitHub-flavoured Markdown, as the
                    extension's "Copy as Markdown" gives it;
                    html: one self-contained HTML file (one input file only)
  --json            the same as --format json
  --with-removed    markdown/html: end with what was removed, and why
  --url URL         the address of the FILE that follows it (repeat for each file);
                    resolves relative links and keys site rules. Default: none
  --no-clean        Readability alone, through the same code path (the baseline)
  --only ID,ID      run only these cleanup rules
  --skip ID,ID      skip these cleanup rules
  --phrase TEXT     also remove blocks containing TEXT (repeatable)
  --selector CSS    also remove elements matching CSS (repeatable)
  --site-memory FILE
                    learn each site's repeated boilerplate across the files, in the
                    order given, and strip it; the memory is read from and saved to
                    FILE (created when missing). Files need --url to have a site
  --                everything after it is a FILE, even if it starts with -
  -h, --help        this text

Exit status: 0 when every file was cleaned, 1 when any file could not be read or
cleaned (each gets a message; the others are still processed), 2 on a usage error.`;

/**
 * Parses the CLI's arguments. `knownRuleIds` checks `--only`/`--skip`, so a typo is an error that
 * lists the real ids rather than a silent no-op. Throws CliUsageError.
 */
export function parseCliArgs(argv: readonly string[], knownRuleIds: readonly string[]): CliArgs {
  const args: CliArgs = { inputs: [], format: 'text', withRemoved: false, clean: true, only: [], skip: [], phrases: [], selectors: [], siteMemory: null, help: false };
  let pendingUrl: string | undefined;
  let filesOnly = false;
  let formatOption: string | null = null;
  const setFormat = (option: string, format: OutputFormat) => {
    if (formatOption && args.format !== format) throw new CliUsageError(`${option} conflicts with the ${formatOption} given before it`);
    formatOption = option;
    args.format = format;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (filesOnly || arg === '-' || !arg.startsWith('-')) {
      args.inputs.push(pendingUrl === undefined ? { file: arg } : { file: arg, url: pendingUrl });
      pendingUrl = undefined;
      continue;
    }
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new CliUsageError(`${arg} needs a value`);
      return next;
    };
    switch (arg) {
      case '--':
        filesOnly = true;
        break;
      case '--json':
        setFormat('--json', 'json');
        break;
      case '--format': {
        const format = value();
        if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new CliUsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got “${format}”`);
        setFormat(`--format ${format}`, format as OutputFormat);
        break;
      }
      case '--with-removed':
        args.withRemoved = true;
        break;
      case '--no-clean':
        args.clean = false;
        break;
      case '--url': {
        if (pendingUrl !== undefined) throw new CliUsageError(`--url ${pendingUrl} is not followed by a file`);
        pendingUrl = checkUrl(value());
        break;
      }
      case '--only':
        args.only.push(...ruleIds(value(), '--only', knownRuleIds));
        break;
      case '--skip':
        args.skip.push(...ruleIds(value(), '--skip', knownRuleIds));
        break;
      case '--phrase': {
        const phrase = value();
        if (!phrase.trim()) throw new CliUsageError('--phrase needs some text');
        args.phrases.push(phrase);
        break;
      }
      case '--selector': {
        const selector = value();
        if (!selector.trim()) throw new CliUsageError('--selector needs a CSS selector');
        args.selectors.push(selector);
        break;
      }
      case '--site-memory': {
        const file = value();
        if (!file.trim() || file.startsWith('-')) throw new CliUsageError('--site-memory needs a file name');
        args.siteMemory = file;
        break;
      }
      case '-h':
      case '--help':
        args.help = true;
        break;
      default:
        throw new CliUsageError(`unknown option “${arg}” (try --help)`);
    }
  }
  if (pendingUrl !== undefined) throw new CliUsageError(`--url ${pendingUrl} is not followed by a file`);
  if (!args.help && args.inputs.length === 0) throw new CliUsageError('no input files (try --help)');
  if (!args.help && args.format === 'html' && args.inputs.length > 1) throw new CliUsageError('--format html writes one document: give one file per run');
  if (args.inputs.filter((input) => input.file === '-').length > 1) throw new CliUsageError('standard input (-) can be read only once');
  return args;
}

function checkUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return value;
  } catch {
    // reported below
  }
  throw new CliUsageError(`--url needs an absolute http(s) address, got “${value}”`);
}

function ruleIds(value: string, option: string, known: readonly string[]): string[] {
  const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
  if (!ids.length) throw new CliUsageError(`${option} needs one or more rule ids`);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length) {
    throw new CliUsageError(`${option}: unknown rule id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `“${id}”`).join(', ')}; known ids: ${known.join(', ') || '(none)'}`);
  }
  return ids;
}
