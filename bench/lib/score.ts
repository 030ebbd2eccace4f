import { normalizeWhitespace, withoutSoftHyphens } from '../../core/text/normalize';

/**
 * Text as a reader sees it, on both sides of a match: whitespace collapsed, soft hyphens gone (the
 * engine's plain text has none; Readability's expected pages and some snippets keep them).
 */
function asRead(text: string): string {
  return normalizeWhitespace(withoutSoftHyphens(text));
}

/**
 * The with/without rule of the corpus READMEs (trafilatura's eval_common.py): whitespace-normalised
 * (NBSP included), case-sensitive substring match on the article's plain text.
 * - `with` found → true positive, missing → false negative;
 * - `without` found → false positive, absent → true negative.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface PageScore {
  counts: Counts;
  /** `with` snippets missing from the text (false negatives). */
  lost: string[];
  /** `without` snippets still in the text (false positives). */
  leftIn: string[];
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

/** Scores one page's text; a page that failed to clean is scored with empty text. */
export function scorePage(text: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): PageScore {
  const haystack = asRead(text);
  const found = (snippet: string) => {
    const needle = asRead(snippet);
    return needle !== '' && haystack.includes(needle);
  };
  const lost = withSnippets.filter((snippet) => !found(snippet));
  const leftIn = withoutSnippets.filter(found);
  return {
    counts: { tp: withSnippets.length - lost.length, fn: lost.length, fp: leftIn.length, tn: withoutSnippets.length - leftIn.length },
    lost,
    leftIn,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
}

/** Precision, recall, F1 and accuracy; a ratio with a zero denominator is 0. */
export function metrics({ tp, fp, fn, tn }: Counts): Metrics {
  const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), accuracy: ratio(tp + tn, tp + fp + fn + tn) };
}

/**
 * Share of the reference's blocks whose text still appears in `text`, for Readability's own test
 * pages: each block's normalised text must occur as a substring of the normalised text.
 */
export function blockRetention(blocks: readonly string[], text: string): { kept: number; total: number; missing: string[] } {
  const haystack = asRead(text);
  const missing = blocks.filter((block) => !haystack.includes(asRead(block)));
  return { kept: blocks.length - missing.length, total: blocks.length, missing };
}
