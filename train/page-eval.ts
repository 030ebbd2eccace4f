import { countTokens, snippetRate, wordScoreOfCounts, wordTokens, type WordScore } from '../bench/lib/word-score';
import { scorePage, type Counts } from '../bench/lib/score';
import type { ExtractedPage } from './extract-blocks';
import type { SparseRow } from './logistic';

/**
 * A page's output when the scorer removes some of its blocks, scored by its corpus's rule. The
 * blocks are subtrees of the article, so the output's words are the article's words less the
 * removed blocks' words (multisets), and its text is the article's with their texts cut out.
 */
export interface PreparedPage {
  page: ExtractedPage;
  fold: number;
  /** WCXB: the main content's word counts; snippet corpora: null. */
  mainTokens: Map<string, number> | null;
  mainTotal: number;
  with: string[];
  without: string[];
  rows: SparseRow[];
  baseTokens: Map<string, number>;
  baseTotal: number;
  blockTokens: Map<string, number>[];
}

export interface PageOutcome {
  word: WordScore | null;
  withRate: number;
  withoutRate: number;
  counts: Counts | null;
}

export function preparePage(page: ExtractedPage, fold: number, mainContent: string | null, withs: string[], withouts: string[]): PreparedPage {
  const main = mainContent === null ? null : wordTokens(mainContent);
  const base = wordTokens(page.articleText);
  return {
    page,
    fold,
    mainTokens: main && countTokens(main),
    mainTotal: main?.length ?? 0,
    with: withs,
    without: withouts,
    rows: page.blocks.map((block) => ({ index: Uint16Array.from(block.f.map(([i]) => i)), value: Float64Array.from(block.f.map(([, v]) => v)) })),
    baseTokens: countTokens(base),
    baseTotal: base.length,
    blockTokens: page.blocks.map((block) => countTokens(wordTokens(block.text))),
  };
}

/** Word score only (fast: no text is rebuilt); null for snippet pages. */
export function wordScoreWithout(p: PreparedPage, removed: ReadonlySet<number>): WordScore | null {
  if (!p.mainTokens) return null;
  if (!removed.size) return wordScoreOfCounts(p.baseTokens, p.baseTotal, p.mainTokens, p.mainTotal);
  const out = new Map(p.baseTokens);
  let total = p.baseTotal;
  for (const i of removed) {
    for (const [token, count] of p.blockTokens[i]!) {
      const have = out.get(token) ?? 0;
      const take = Math.min(have, count);
      out.set(token, have - take);
      total -= take;
    }
  }
  return wordScoreOfCounts(out, total, p.mainTokens, p.mainTotal);
}

/** Everything: word score, `with`/`without` rates, and the snippet counts of snippet pages. */
export function evaluatePage(p: PreparedPage, removed: ReadonlySet<number>, base: 'engine' | 'readability' = 'engine'): PageOutcome {
  if (base === 'readability') {
    const text = p.page.readabilityText;
    const tokens = wordTokens(text);
    const word = p.mainTokens ? wordScoreOfCounts(countTokens(tokens), tokens.length, p.mainTokens, p.mainTotal) : null;
    return { word, withRate: snippetRate(text, p.with), withoutRate: snippetRate(text, p.without), counts: p.mainTokens ? null : scorePage(text, p.with, p.without).counts };
  }
  const text = textWithout(p, removed);
  return { word: wordScoreWithout(p, removed), withRate: snippetRate(text, p.with), withoutRate: snippetRate(text, p.without), counts: p.mainTokens ? null : scorePage(text, p.with, p.without).counts };
}

export function textWithout(p: PreparedPage, removed: ReadonlySet<number>): string {
  let text = p.page.articleText;
  for (const i of removed) {
    const blockText = p.page.blocks[i]!.text;
    const at = text.indexOf(blockText);
    if (at >= 0) text = `${text.slice(0, at)} ${text.slice(at + blockText.length)}`;
  }
  return text;
}
