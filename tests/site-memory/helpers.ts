import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { cleanArticle } from '../../core/clean-article';
import { learn, siteMemoryView, type SiteMemory } from '../../core/site-memory/index';
import type { CleanOptions, CleanResult } from '../../core/types';

/** Prose filler long enough for Readability to take the page for an article. */
export const STORY = [
  'The county road crew spent most of Tuesday patching the bridge deck on Ferry Lane after a lorry cracked two of its concrete slabs on Monday night, and the bridge will stay closed to heavy traffic until the end of the month.',
  'Drivers heading for the quarry have been sent along the river road instead, which adds about six miles to each trip and has brought complaints from farmers whose gates open straight onto that narrow stretch of tarmac.',
  'The crew foreman said the slabs were laid in 1962 and had been due for replacement for years, and that the county had ordered new ones from a precast yard across the state that can deliver them in about three weeks.',
  'Parents at the primary school on the far side of the bridge asked the council for a crossing guard while the diversion lasts, and the council agreed on Wednesday evening to pay for one until the bridge reopens.',
];

/** A page of an invented site: its story paragraphs (varied per page) plus the given extra HTML. */
export function articleHtml(title: string, extraHtml: string, storyOffset = 0): string {
  const story = STORY.map((p, i) => `<p>${title} — ${STORY[(i + storyOffset) % STORY.length]}</p>`).join('\n');
  return `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${story}${extraHtml}</article></body></html>`;
}

export function clean(html: string, url: string, options: CleanOptions = {}): Extract<CleanResult, { ok: true }> {
  const doc = new JSDOM(html, { url }).window.document;
  const result = cleanArticle(doc, { url, ...options });
  if (!result.ok) throw new Error(`expected a clean article for ${url}: ${result.error.message}`);
  return result;
}

/** Cleans with the memory, then learns from the result, as the extension and the CLI do. */
export function visit(memory: SiteMemory, html: string, url: string, options: CleanOptions = {}): Extract<CleanResult, { ok: true }> {
  const result = clean(html, url, { ...options, siteMemory: siteMemoryView(memory) });
  const outcome = learn(memory, url, result);
  if (!outcome.learned) throw new Error(`expected ${url} to be learned: ${outcome.reason}`);
  return result;
}

export function flatText(result: Extract<CleanResult, { ok: true }>): string {
  return result.article.textContent.replace(/\s+/g, ' ');
}

export interface FixturePage {
  name: string;
  html: string;
  url: string;
  with: string[];
  without: string[];
  /** Block texts the user chose to "always keep" on this site. */
  keep: string[];
}

const FIXTURES = join(__dirname, '../fixtures/site-memory/millbrook-ledger');

/** The invented local paper's five articles, in their publication order. */
export function millbrookPages(): FixturePage[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const annotation = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.html$/, '.json')), 'utf8')) as Omit<FixturePage, 'name' | 'html'>;
      return { name, html: readFileSync(join(FIXTURES, name), 'utf8'), ...annotation };
    });
}
