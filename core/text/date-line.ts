/**
 * A line that is a date stamp: "Updated on June 18, 2025 at 12:35 PM", "Publié le 3 mars 2025",
 * "15 Dec, 2025 · 5 min read", "By Jane Roe | 2025-01-13". A full date (day, month and year) must
 * be there; the caller judges what is left once dates, times and stamp words are taken out.
 * Months and stamp words in the eight languages.
 */

const MONTHS = [
  'jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?',
  'januar', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'dez', 'okt',
  'janvier', 'janv', 'février', 'févr', 'mars', 'avril', 'avr', 'juin', 'juillet', 'juil', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'déc',
  'enero', 'ene', 'febrero', 'marzo', 'abril', 'abr', 'mayo', 'junio', 'julio', 'agosto', 'ago', 'se(?:p)?tiembre', 'octubre', 'noviembre', 'diciembre', 'dic',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'augustus',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
].join('|');
const MONTH = `(?:${MONTHS})\\.?`;
/** Day month year, month day year, and the numeric shapes (2025-01-13, 13.01.2025, 1/13/25). */
const FULL_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?![\\p{L}\\p{N}])`,
  'giu',
);
const TIME = /(?<![\p{L}\p{N}])\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|[a-z]{2,4}))?(?![\p{L}\p{N}])/giu;
/** The words a stamp puts around a date, and its reading-time tail ("5 min read"). */
const STAMP_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[
  'last', 'updated', 'update', 'published', 'posted', 'modified', 'written', 'reviewed', 'released', 'originally', 'created', 'date', 'on', 'at', 'by', 'and', 'min(?:ute)?s?', 'read', 'reading', 'time',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
  'aktualisiert', 'veröffentlicht', 'erstellt', 'zuletzt', 'am', 'um', 'von', 'uhr', 'stand',
  'publié', 'mis', 'à', 'jour', 'le', 'par', 'modifié',
  'publicado', 'actualizado', 'atualizado', 'el', 'em', 'por', 'a', 'las',
  'pubblicato', 'aggiornato', 'il', 'alle', 'di', 'da',
  'gepubliceerd', 'bijgewerkt', 'geplaatst', 'op', 'om', 'door',
  'opublikowano', 'zaktualizowano', 'aktualizacja', 'dnia', 'przez', 'o',
].join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a date line that are neither date, time nor stamp word (a writer's name, in
 * lower case); null when the text holds no full date.
 */
export function dateLineLeftovers(text: string): string[] | null {
  FULL_DATE.lastIndex = 0;
  if (!FULL_DATE.test(text)) return null;
  const rest = text.replace(FULL_DATE, ' ').replace(TIME, ' ').replace(STAMP_WORDS, ' ');
  return lowerWords(rest).filter((word) => !/^\d+$/u.test(word));
}

/** A date line whose other words, if any, are all words of `byline` ("Posted by Jane Roe at …"). */
export function isDateStamp(text: string, byline: string | null): boolean {
  const left = dateLineLeftovers(text);
  if (!left) return false;
  const names = new Set(lowerWords(byline ?? ''));
  return left.every((word) => names.has(word));
}

function lowerWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase());
}
