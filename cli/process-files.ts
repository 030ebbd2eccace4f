import type { CleanOptions, CleanResult } from '../core/types';
import type { CliInput } from './args';
import { cleanHtmlPage, type PageTimings, yieldToEventLoop } from './clean-page';
import { readHtmlInput, type ReadOptions } from './read-input';

/** What happened to one input. */
export type PageOutcome =
  | { input: CliInput; read: 'failed'; error: string }
  | { input: CliInput; read: 'ok'; encoding: string; result: CleanResult; timings: PageTimings; stylesInert: boolean };

export interface ProcessHooks {
  /**
   * Extra options for one page, merged over the shared ones (e.g. a site memory view for the
   * page's site). Called just before the page is cleaned, in input order.
   */
  cleanOptionsFor?: (input: CliInput) => CleanOptions | undefined;
  /** Receives each outcome as soon as it is known, in input order (print it, learn from it). */
  onPage: (outcome: PageOutcome) => void | Promise<void>;
  /** A page that was read, but not as its name says (see `HtmlInput.warning`). */
  onWarning?: (input: CliInput, warning: string) => void;
}

/**
 * Reads and cleans each input in order, one at a time. Returns how many inputs failed (could not
 * be read, or the engine answered `ok: false`). Between pages the event loop turns, so the closed
 * jsdom windows are released and hundreds of pages fit in one process.
 */
export async function processFiles(inputs: readonly CliInput[], shared: CleanOptions, hooks: ProcessHooks, readOptions: ReadOptions = {}): Promise<number> {
  let failed = 0;
  for (const input of inputs) {
    const read = await readHtmlInput(input.file, readOptions);
    let outcome: PageOutcome;
    if (!read.ok) {
      outcome = { input, read: 'failed', error: read.error };
    } else {
      if (read.warning) hooks.onWarning?.(input, read.warning);
      const options: CleanOptions = { ...shared, ...hooks.cleanOptionsFor?.(input), url: input.url };
      const { result, timings, stylesInert } = cleanHtmlPage(read.html, input.url, options);
      outcome = { input, read: 'ok', encoding: read.encoding, result, timings, stylesInert };
    }
    if (outcome.read === 'failed' || !outcome.result.ok) failed++;
    await hooks.onPage(outcome);
    await yieldToEventLoop();
  }
  return failed;
}

/** The engine options the command line asks for. */
export function cleanOptionsFromArgs(args: { clean: boolean; only: string[]; skip: string[]; phrases: string[]; selectors: string[] }): CleanOptions {
  return {
    ...(args.clean ? {} : { steps: { preclean: false, postclean: false } }),
    ...(args.only.length && { only: args.only }),
    ...(args.skip.length && { skip: args.skip }),
    ...(args.phrases.length && { customPhrases: args.phrases }),
    ...(args.selectors.length && { customSelectors: args.selectors }),
  };
}
