import { phraseRegex } from '../text/phrases';

/**
 * Keeps reported speech: a paragraph that quotes someone ("“If you can, please give today,” reads
 * one update") tells the story of an appeal; the appeal addressed to *this* reader never quotes.
 */

/** Opening and closing quotation marks of the languages we cover (“ ” „ « » ‹ › " and ‚ ‘ ’ pairs). */
const QUOTED_SPAN = /[“„«‹"]\s?[^“”„«»‹›"]{12,}?\s?[”“»›"]/gu;
const SPEECH_VERBS = phraseRegex([
  'said', 'says', 'told', 'asked', 'wrote', 'writes', 'reads', 'added', 'explained', // en
  'sagte', 'sagt', 'schreibt', 'schrieb', 'erklärt', 'erklärte', // de
  'a déclaré', 'dit', 'dit-elle', 'dit-il', 'raconte', 'explique', 'ajoute', 'affirme', 'grince', // fr
  'dijo', 'dice', 'explicó', 'afirmó', 'señaló', 'añadió', // es
  'disse', 'diz', 'afirmou', 'explicou', // pt
  'ha detto', 'spiega', 'ha spiegato', 'racconta', // it
  'zei', 'zegt', 'schrijft', 'schreef', 'vertelt', // nl
  'powiedział', 'powiedziała', 'mówi', 'napisał', 'napisała', 'dodał', 'dodała', // pl
]);

/** A quoted title ("Sign up for “The Morning Commute”") is not speech; a quoted sentence has more words. */
const MIN_QUOTE_WORDS = 5;

/** True when quotations make up a quarter of the text, or a quotation comes with a speech verb. */
export function isQuotedSpeech(text: string): boolean {
  let quoted = 0;
  for (const match of text.matchAll(QUOTED_SPAN)) {
    if (match[0].trim().split(/\s+/).length >= MIN_QUOTE_WORDS) quoted += match[0].length;
  }
  if (quoted === 0) return false;
  return quoted >= text.length / 4 || SPEECH_VERBS.test(text);
}
