import { readFile, rename, writeFile } from 'node:fs/promises';
import { createSiteMemory, learn, parseSiteMemory, serializeSiteMemory, siteMemoryView, type SiteMemory } from '../core/site-memory/index';
import type { CleanOptions } from '../core/types';
import type { CliInput } from './args';
import type { PageOutcome } from './process-files';

/**
 * `--site-memory FILE`: the CLI keeps the same memory the extension keeps, in a JSON file. Pages are
 * cleaned in the order given, each with what the earlier ones taught, and learned after; the file
 * is written once at the end, so an interrupted run leaves the old file intact.
 */
export interface SiteMemorySession {
  memory: SiteMemory;
  /** Options for one page: the memory's view (pages without `--url` have no site and get none). */
  cleanOptionsFor: (input: CliInput) => CleanOptions | undefined;
  /** Learns from a cleaned page; returns a note for stderr when the page could not be learned. */
  learnFrom: (outcome: PageOutcome) => string | null;
  save: () => Promise<void>;
}

export type OpenedSiteMemory = { ok: true; session: SiteMemorySession; problems: string[] } | { ok: false; error: string };

/**
 * Opens the memory file, or starts an empty memory when it does not exist yet. A file that is not
 * a site memory is an error (never overwritten); a valid file with bad parts keeps the rest and
 * lists what was dropped.
 */
export async function openSiteMemoryFile(path: string): Promise<OpenedSiteMemory> {
  let memory = createSiteMemory();
  let problems: string[] = [];
  try {
    const parsed = parseSiteMemory(await readFile(path, 'utf8'));
    const unreadable = parsed.problems.find((problem) => problem.endsWith('starting with an empty memory'));
    if (unreadable) return { ok: false, error: `${path}: ${unreadable.replace(/; starting with an empty memory$/, '')}; not touching it` };
    memory = parsed.memory;
    problems = parsed.problems;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return { ok: false, error: `${path}: cannot read the site memory: ${error instanceof Error ? error.message : String(error)}` };
  }
  const view = siteMemoryView(memory);
  const session: SiteMemorySession = {
    memory,
    cleanOptionsFor: (input) => (input.url ? { siteMemory: view } : undefined),
    learnFrom(outcome) {
      if (outcome.read === 'failed' || !outcome.result.ok) return null;
      if (!outcome.input.url) return `${outcome.input.file}: no --url, so site memory cannot tell its site; not learned`;
      const learned = learn(memory, outcome.input.url, outcome.result);
      return learned.learned ? null : `${outcome.input.file}: not learned: ${learned.reason}`;
    },
    async save() {
      const temporary = `${path}.${process.pid}.tmp`;
      await writeFile(temporary, `${serializeSiteMemory(memory)}\n`);
      await rename(temporary, path);
    },
  };
  return { ok: true, session, problems: problems.map((problem) => `${path}: ${problem}`) };
}
