import { uiLocale } from './index';

/**
 * Dates, durations, sizes and lists in the interface language, by the platform's `Intl`
 * formatters: "14. März 2026", "5 Min.", "1,7 MB", "A, B und C".
 */

/**
 * The long-date formatter, one per interface language, made once. Making the first Intl formatter
 * in a tab loads the browser's locale data, the slowest single step of showing the view on a cold
 * tab (bench:browser's profile: 70–80 ms on a loaded two-core machine), so the reader makes it
 * while the page is being cleaned elsewhere (`prepareDateFormat`), not while the reader waits.
 */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(): Intl.DateTimeFormat {
  const locale = uiLocale();
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormatters.set(locale, formatter);
  }
  return formatter;
}

/** Makes the date formatter ahead of time. */
export function prepareDateFormat(): void {
  dateFormatter();
}

/** "14 March 2026"; null when the value is not a date (pages put all sorts of strings in their metadata). */
export function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return dateFormatter().format(date);
}

/** "5 min", "5 Min.", "5 min" — the short unit, for "5 min read". */
export function formatMinutes(minutes: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(Math.max(1, Math.round(minutes)));
}

/** "42 %", "42%" as the language writes it; `fraction` is 0–1. */
export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** A size in bytes, kB or MB (decimal units, as the settings page always said). */
export function formatBytes(bytes: number): string {
  const format = (value: number, unit: 'kilobyte' | 'megabyte', digits: number) =>
    new Intl.NumberFormat(uiLocale(), { style: 'unit', unit, unitDisplay: 'short', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  if (bytes < 1_000_000) return format(bytes / 1000, 'kilobyte', 1);
  return format(bytes / 1_000_000, 'megabyte', 2);
}

/** "a, b and c" in the interface language. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** A plain number with the language's grouping ("20.000", "20 000"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/** A size in kB of 1,024 bytes, as browsers state their sync quota ("8.0 kB"). */
export function formatKibibytes(bytes: number, digits = 1): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(bytes / 1024);
}

/** A speech rate as a factor: "1.25×", "1,25×". */
export function formatRate(rate: number): string {
  return `${new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 2 }).format(rate)}×`;
}
