/**
 * Readability reads a byline as the text of the page's byline element, which often also holds
 * the date: "By Carrie ArnoldNovember 15, 2019" (a name and a `<time>` side by side). This splits
 * a date written at the end of the byline off it, so the view can show "By Carrie Arnold ·
 * November 15, 2019". Month names in English; numeric dates in any order.
 */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const TRAILING_DATE = new RegExp(
  `^(.*?[\\p{L}\\p{N}.)])[\\s,|·•–—-]*((?:(?:Published|Updated|Posted)(?: on)?:?\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?)\\s*$`,
  'iu',
);

export function splitBylineDate(byline: string | null): { byline: string | null; date: string | null } {
  if (!byline) return { byline, date: null };
  const match = TRAILING_DATE.exec(byline.trim());
  if (!match) return { byline, date: null };
  return { byline: match[1]!.trim(), date: match[2]!.replace(/^(?:Published|Updated|Posted)(?: on)?:?\s*/i, '').trim() };
}

/**
 * A label before a writer's name, in the eight languages: "By", "Written by", "Geschrieben von",
 * "Écrit par", "Escrito por", "Scritto da", "Geschreven door", "Napisane przez", "Autor:". It ends
 * in a colon or a space, so "Dianne" or "Paris" never lose their first letters to "di" or "par".
 */
export const BY_LABEL = /^(?:(?:written |posted )?by|geschrieben von|von|écrit par|par|escrito por|por|scritto da|di|da|geschreven door|door|napisane przez|przez|autor(?:in)?|auteur|autore|author)(?:\s*:\s*|\s+)/iu;
/** Between two writers: a comma, an ampersand, a slash, "and" in the eight languages. */
const NAME_SEPARATOR = /\s*(?:[,;&|/]|\s(?:and|und|et|y|e|en|i|oraz)\s)\s*/iu;
/** Lower-case parts of a person's name: "Marna van der Merwe", "Ana de la Cruz". */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'da', 'das', 'dos', 'du', 'di', 'von', 'zu', 'ten', 'ter']);

/**
 * The people a byline names, as the page prints them: "By Jane Roe and John Poe, The Courier"
 * gives "Jane Roe" and "John Poe". A part that is not two to four capitalised words (a site or
 * desk name in lower case, "Updated", a template placeholder, a brand in capitals) is not a person
 * and is left out.
 */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  const names: string[] = [];
  for (const part of byline.replace(/\s+/g, ' ').trim().replace(BY_LABEL, '').split(NAME_SEPARATOR)) {
    const words = part.trim().split(' ').filter(Boolean);
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
    if (capitalised.length < 2 || words.length > 4) continue;
    // A word in capitals ("QCY Official", "HR Cloud") makes a brand, not a person; an initial ("S.") is fine.
    if (!words.every((word) => /^\p{Lu}(?:\.|\p{Ll}[\p{L}'’-]*)$/u.test(word) || NAME_PARTICLES.has(word))) continue;
    names.push(words.join(' '));
  }
  return names;
}
