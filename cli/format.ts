import { JSDOM } from 'jsdom';
import type { CleanError, CleanResult, Removal } from '../core/types';
import type { PageTimings } from './clean-page';

/** Elements that end a paragraph in plain text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/**
 * The sanitised article HTML as readable plain text: one paragraph per block, separated by a blank
 * line; list items start with "• " (or their number), `<br>` breaks a line, `<pre>` keeps its
 * layout. Walks the DOM, so entities, nesting and odd markup come out as the browser would show them.
 */
export function articleHtmlToText(contentHtml: string): string {
  const fragment = JSDOM.fragment(contentHtml);
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const text = line
      .split('\n')
      .map((part) => part.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
      .join('\n')
      .trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const element = node as Element;
    const tag = element.tagName ?? '';
    if (tag === 'BR') {
      line += '\n';
      return;
    }
    if (tag === 'TABLE') {
      flush();
      const table = tableText(element);
      if (table) paragraphs.push(table);
      return;
    }
    if (tag === 'PRE') {
      flush();
      const text = (element.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (text) paragraphs.push(text);
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'LI') line += listMarker(element);
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(fragment);
  flush();
  return paragraphs.join('\n\n');
}

/**
 * A table as aligned plain text: one line per row, cells padded to their column's width and
 * separated by two spaces, a rule under a header row, the caption above.
 */
function tableText(table: Element): string {
  const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rows = Array.from(table.querySelectorAll('tr'))
    .filter((row) => row.closest('table') === table)
    .map((row) => ({ header: row.parentElement?.tagName === 'THEAD' || (row.children.length > 0 && Array.from(row.children).every((cell) => cell.tagName === 'TH')), cells: Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH').map(cellText) }))
    .filter((row) => row.cells.some(Boolean));
  const caption = table.querySelector(':scope > caption');
  const lines: string[] = caption && cellText(caption) ? [cellText(caption)] : [];
  const widths: number[] = [];
  for (const row of rows) row.cells.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  rows.forEach((row, index) => {
    lines.push(row.cells.map((cell, i) => (i === row.cells.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + cell.length - [...cell].length))).join('  ').trimEnd());
    if (row.header && !rows[index + 1]?.header) lines.push(widths.map((width) => '-'.repeat(width)).join('  '));
  });
  return lines.join('\n');
}

/** A published date as a reader writes it ("14 March 2026"); the raw value when it is not a date. */
export function formatPublishedDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

function listMarker(item: Element): string {
  const list = item.parentElement;
  if (list?.tagName !== 'OL') return '• ';
  const start = Number(list.getAttribute('start') ?? '1');
  const index = Array.from(list.children).filter((child) => child.tagName === 'LI').indexOf(item);
  return `${(Number.isFinite(start) ? start : 1) + index}. `;
}

/** The default output for one page: title, a byline/site/date line, then the article text. */
export function formatArticleText(result: Extract<CleanResult, { ok: true }>): string {
  const { title, byline, siteName, publishedTime, readingMinutes } = result.article;
  const about = [byline, siteName, publishedTime && formatPublishedDate(publishedTime), `${readingMinutes} min read`].filter((part): part is string => Boolean(part && part.trim()));
  const head = [title.trim(), about.join(' · ')].filter(Boolean).join('\n');
  const body = articleHtmlToText(result.article.contentHtml);
  return `${head}\n\n${body}\n`;
}

/** A failure as one JSON-friendly object: `bad-input` for files that could not be read. */
export interface OutputError {
  code: string;
  message: string;
  /** For `not-article`: why (`search-results`, `teaser-list`, `sign-in-form`, `no-text`). */
  reason?: string;
  /** For `too-large`: which limit the page passed (`elements`, `depth`, `text`) and its value. */
  exceeded?: string;
  limit?: number;
}

export interface JsonRecord {
  file: string;
  url: string | null;
  ok: boolean;
  encoding: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  readingMinutes: number | null;
  wordCount: number | null;
  textContent: string | null;
  contentHtml: string | null;
  removed: Removal[];
  timings: PageTimings | null;
  error: OutputError | null;
  /** Present (true) when jsdom threw on the page's style sheets and it was cleaned with them inert. */
  stylesInert?: true;
}

const NO_ARTICLE = {
  title: null, byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null,
  readingMinutes: null, wordCount: null, textContent: null, contentHtml: null,
} as const;

/** The engine's error with the facts a script may act on: why a page is not an article, which limit it passed. */
function outputError({ code, message, reason, exceeded, limit }: CleanError): OutputError {
  return { code, message, ...(reason && { reason }), ...(exceeded && { exceeded, limit }) };
}

/** The `--json` line for a page that was cleaned (or that the engine refused). */
export function jsonRecordForResult(file: string, url: string | null, encoding: string | null, result: CleanResult, timings: PageTimings, stylesInert = false): JsonRecord {
  const flag = stylesInert ? { stylesInert: true as const } : {};
  if (!result.ok) {
    return { file, url, ok: false, encoding, ...NO_ARTICLE, removed: result.removed, timings, error: outputError(result.error), ...flag };
  }
  const { contentHtml, textContent, ...metadata } = result.article;
  return { file, url, ok: true, encoding, ...metadata, textContent, contentHtml, removed: result.removed, timings, error: null, ...flag };
}

/** The `--json` line for a file that could not be read at all. */
export function jsonRecordForBadInput(file: string, url: string | null, message: string): JsonRecord {
  return { file, url, ok: false, encoding: null, ...NO_ARTICLE, removed: [], timings: null, error: { code: 'bad-input', message } };
}

/** The stderr line for a file that failed: `quiet-reader: FILE: message`. */
export function formatFailure(file: string, message: string): string {
  return `quiet-reader: ${file === '-' ? '(stdin)' : file}: ${message}`;
}
