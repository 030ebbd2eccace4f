/**
 * Phrase matching for the wording-based rules. Rules keep their wording as lists of small regular
 * expression fragments (one list per language, so a reviewer can scan them); this module turns a
 * list into one precompiled, case-insensitive Unicode regex with word edges, built once at module
 * load (readability keeps its `REGEXPS` at the top for the same reason: no per-element compiling).
 *
 * These fragments are ours. A user's own phrases never pass through here: they are plain text and
 * are matched with `includes` (see core/rules/custom-phrases.ts).
 */

/** A letter or digit in any script: `\b` only knows ASCII, so "über" or "płać" would break it. */
const WORD_CHAR = '[\\p{L}\\p{N}]';

/**
 * One regex matching any of the fragments as whole words.
 *
 * @example
 * const ASK = phraseRegex(['donate now', 'jetzt spenden']);
 * ASK.test('Please DONATE now!'); // true
 * ASK.test('undonate nowhere');   // false
 */
export function phraseRegex(fragments: readonly string[]): RegExp {
  // Whitespace inside a fragment matches any run of whitespace, so "in your inbox" survives
  // line breaks and NBSPs in the source.
  const body = fragments.map(toSource).join('|');
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, 'iu');
}

/** A regex that must match the *whole* (trimmed) text, e.g. a bare "Advertisement" label. */
export function wholeTextRegex(fragments: readonly string[]): RegExp {
  const body = fragments.map(toSource).join('|');
  return new RegExp(`^[^\\p{L}\\p{N}]*(?:${body})[^\\p{L}\\p{N}]*$`, 'iu');
}

/** A space matches any whitespace run; `\w` means a letter or digit in any script, not just ASCII. */
function toSource(fragment: string): string {
  return fragment.replace(/ /g, '\\s+').replace(/\\w/g, WORD_CHAR);
}

/** Splits a class, id or data value into lower-case whole tokens: "NewsletterSignup_box" → newsletter, signup, box. */
export function attributeTokens(value: string): string[] {
  return value
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * "you"/"your" and "we"/"our" of the publisher, in the eight languages. Words that are also common
 * articles or pronouns elsewhere (French "du", "ta", "je") are left out.
 */
export const READER_ADDRESS = phraseRegex([
  'you', 'your', 'you[’\']re', 'yours', 'we', 'our', 'us',
  'Sie', 'Ihre?[nmrs]?', 'dich', 'dir', 'deine?[nmrs]?', 'wir', 'uns', 'unsere?[nmrs]?',
  'vous', 'votre', 'vos', 'tu', 'toi', 'nous', 'notre', 'nos',
  'tú', 'te', 'usted', 'ustedes', 'nuestr[oa]s?', 'nosotr[oa]s',
  'você', 'vocês', 'nosso', 'nossa', 'nós',
  'tuo', 'tua', 'tuoi', 'voi', 'vostr[oa]', 'noi', 'nostr[oaie]',
  'jij', 'jouw', 'u', 'uw', 'jullie', 'wij', 'ons', 'onze',
  'ty', 'twój', 'twoj\\w+', 'ciebie', 'państwo', 'wasz\\w*', 'nas', 'nasz\\w*', 'my',
]);
