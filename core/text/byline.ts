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
