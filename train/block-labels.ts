import { normalizeWhitespace } from '../core/text/normalize';
import { countTokens, wordTokens } from '../bench/lib/word-score';

/**
 * Labels for the scorer's blocks, from each corpus's ground truth. A block that cannot be labelled
 * confidently is left out (null), never guessed.
 *
 * - WCXB `main_content` (the page's whole main content): blocks are aligned in document order
 *   against the remaining token multiset, so a second copy of a caption or an appeal finds its
 *   words already used. Most of a block's words found → content; few → boilerplate. Short blocks
 *   must also occur whole in the main content to count as content.
 * - `with` / `without` snippets (trafilatura-dev, appeals-dev, seed): a block holding most of a
 *   `without` snippet's text is boilerplate; a block inside or around a `with` snippet is content.
 */
export type BlockLabel = 'content' | 'boilerplate' | null;

const CONTENT_SHARE = 0.8;
const BOILERPLATE_SHARE = 0.25;
const SHORT_BLOCK_TOKENS = 5;

export function labelByMainContent(blockTexts: readonly string[], mainContent: string): BlockLabel[] {
  const remaining = countTokens(wordTokens(mainContent));
  const flatMain = ` ${wordTokens(mainContent).join(' ')} `;
  return blockTexts.map((text) => {
    const tokens = wordTokens(text);
    if (!tokens.length) return null;
    let found = 0;
    const need = countTokens(tokens);
    for (const [token, count] of need) found += Math.min(count, remaining.get(token) ?? 0);
    const share = found / tokens.length;
    if (share <= BOILERPLATE_SHARE) return 'boilerplate';
    if (share < CONTENT_SHARE) return null;
    if (tokens.length < SHORT_BLOCK_TOKENS && !flatMain.includes(` ${tokens.join(' ')} `)) return null;
    for (const [token, count] of need) remaining.set(token, Math.max(0, (remaining.get(token) ?? 0) - count));
    return 'content';
  });
}

export function labelBySnippets(blockTexts: readonly string[], withSnippets: readonly string[], withoutSnippets: readonly string[]): BlockLabel[] {
  const withs = withSnippets.map(normalizeWhitespace).filter((s) => s.length >= 8);
  const withouts = withoutSnippets.map(normalizeWhitespace).filter((s) => s.length >= 4);
  return blockTexts.map((raw) => {
    const text = normalizeWhitespace(raw);
    if (!text) return null;
    const isWithout = withouts.some((snippet) => text.includes(snippet) && snippet.length >= text.length * 0.5);
    const isWith = withs.some((snippet) => text.includes(snippet) || (text.length >= 20 && snippet.includes(text)));
    if (isWithout && !isWith) return 'boilerplate';
    if (isWith && !isWithout) return 'content';
    return null;
  });
}
