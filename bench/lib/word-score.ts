/**
 * WCXB's word-level score (its evaluate.py): lowercase `\w+` tokens of the output against those of
 * the page's `main_content`, as multisets (overlap = the sum of the smaller counts). An empty
 * output scores 0 on all three. `\w` is Python's Unicode word class: letters, digits, marks of
 * letters and the underscore.
 */
export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

const WORD = /[\p{L}\p{M}\p{Nd}_]+/gu;

/** Lowercased word tokens of a text, in order. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Token → count. */
export function countTokens(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Multiset overlap of two token bags. */
export function tokenOverlap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let overlap = 0;
  for (const [token, count] of small) overlap += Math.min(count, large.get(token) ?? 0);
  return overlap;
}

export function wordScoreOfCounts(output: ReadonlyMap<string, number>, outputTotal: number, reference: ReadonlyMap<string, number>, referenceTotal: number): WordScore {
  if (outputTotal === 0 || referenceTotal === 0) return { precision: 0, recall: 0, f1: 0 };
  const overlap = tokenOverlap(output, reference);
  const precision = overlap / outputTotal;
  const recall = overlap / referenceTotal;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function wordScore(output: string, reference: string): WordScore {
  const out = wordTokens(output);
  const ref = wordTokens(reference);
  return wordScoreOfCounts(countTokens(out), out.length, countTokens(ref), ref.length);
}

/** Macro average: each page weighs the same. */
export function meanWordScore(scores: readonly WordScore[]): WordScore {
  if (!scores.length) return { precision: 0, recall: 0, f1: 0 };
  const sum = (key: keyof WordScore) => scores.reduce((n, s) => n + s[key], 0) / scores.length;
  return { precision: sum('precision'), recall: sum('recall'), f1: sum('f1') };
}

/** Share of snippets found in the text, WCXB's way: case-insensitive substring. 1 when there are none. */
export function snippetRate(text: string, snippets: readonly string[]): number {
  if (!snippets.length) return 1;
  const haystack = text.toLowerCase();
  return snippets.filter((snippet) => haystack.includes(snippet.toLowerCase())).length / snippets.length;
}
