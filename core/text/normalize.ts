/** Collapses every run of whitespace (NBSP included, as `\s` does) to one space and trims. */
export function normalizeWhitespace(text: string): string {
  // Only runs of two or more, and single whitespace other than a space, need replacing: the same
  // result as replacing every run, without rewriting each single space between words (7× faster
  // on prose, and every block's text passes through here).
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Case- and whitespace-insensitive form used for matching phrases and fingerprints. */
export function foldText(text: string): string {
  return normalizeWhitespace(text).toLowerCase();
}

/** The first `max` characters of the block's text, whitespace-collapsed, with an ellipsis when cut. */
export function previewText(text: string, max = 140): string {
  const flat = normalizeWhitespace(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** One word: a letter or digit in any script, then letters, digits, apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Words in a text: runs of letters or digits in any script. The count stops at `atMost`, for
 * "is there this much?" tests on a whole article's text.
 */
export function countWords(text: string, atMost = Infinity): number {
  // `test` on a global pattern steps through the words without building a match object for each
  // (every block of every article is counted).
  WORD.lastIndex = 0;
  let count = 0;
  while (count < atMost && WORD.test(text)) count++;
  return count;
}

/**
 * Soft hyphens (U+00AD) are hyphenation hints, invisible unless a word breaks at a line's end;
 * left in plain text they split words for search, copy and speech ("Bundes\u00ADregierung"). The
 * article's HTML keeps them, where they still serve the view's line breaking.
 */
export function withoutSoftHyphens(text: string): string {
  return text.includes('\u00AD') ? text.replace(/\u00AD/g, '') : text;
}
