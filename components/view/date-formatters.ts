/**
 * The byline's date formatters, one per language, made once. Making the first Intl formatter in a
 * tab loads the browser's locale data, the slowest single step of showing the view on a cold tab
 * (bench:browser's profile: 70–80 ms on a loaded two-core machine), so the reader makes it while
 * the page is being cleaned elsewhere (`prepareDateFormat`), not while the reader waits.
 */
const OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The long-date formatter for `lang` (the browser's default when none), or English when `lang` is not a valid tag. */
export function dateFormatFor(lang: string | null): Intl.DateTimeFormat {
  const key = lang ?? '\0';
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(lang ?? undefined, OPTIONS);
    } catch {
      formatter = new Intl.DateTimeFormat('en', OPTIONS);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Makes the formatter for `lang` ahead of time. */
export function prepareDateFormat(lang: string | null): void {
  dateFormatFor(lang);
}
