/**
 * Multilingual label patterns for the structural rules ("Lesen Sie auch", "Share on Facebook",
 * "Enlarge this image"), compiled once at module load. A space in a fragment matches any run of
 * whitespace (NBSP included); edges are letters or digits in any script, since `\b` only knows
 * ASCII and would split "über" or "także".
 */
const WORD_CHAR = '[\\p{L}\\p{N}]';

function toSource(fragment: string): string {
  return fragment.replace(/ /g, '\\s+');
}

/** Any of the fragments as whole words anywhere in a text. */
export function phrasePattern(fragments: readonly string[]): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${fragments.map(toSource).join('|')})(?!${WORD_CHAR})`, 'iu');
}

/** One of the fragments as the *whole* text, give or take punctuation and symbols around it. */
export function wholeTextPattern(fragments: readonly string[]): RegExp {
  return new RegExp(`^[^\\p{L}\\p{N}]*(?:${fragments.map(toSource).join('|')})[^\\p{L}\\p{N}]*$`, 'iu');
}
