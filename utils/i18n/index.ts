import { i18n, type GeneratedI18nStructure } from '#i18n';

/**
 * The interface's words, from the browser's i18n (`locales/<lang>.yml` through `@wxt-dev/i18n`):
 * the browser picks the locale from its own language, falling back to English.
 *
 * Plurals: `@wxt-dev/i18n` knows only "1 / other" (and "0 / 1 / other"), which is wrong for
 * Polish ("1 blok", "2 bloki", "5 bloków"), so a plural message is a group of keys named by CLDR
 * category (`view.removedCount.one`, `.few`, `.many`, `.other`) and `plural()` picks the one
 * `Intl.PluralRules` names for the count in the interface language. Numbers in messages are
 * formatted by `Intl.NumberFormat` in that same language (utils/i18n/format.ts).
 */
type Structure = GeneratedI18nStructure;
type Values = Record<string, string | number>;

/** Keys of plain messages (not `@@` predefined ones, not plural forms). */
export type MessageKey = Exclude<keyof Structure, `@@${string}` | `${string}.${PluralCategory}`>;
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** The base of a plural group: `view.removedCount` for `view.removedCount.other`. */
export type PluralKey = { [K in keyof Structure]: K extends `${infer Base}.other` ? Base : never }[keyof Structure];

/** A message with `{name}` values filled in (numbers formatted for the interface language). */
export function t(key: MessageKey, values?: Values): string {
  const message = (i18n.t as (key: string) => string)(key);
  return values ? fill(message, values) : message;
}

/** The plural form of `key` for `count` in the interface language; `{count}` is filled in. */
export function plural(key: PluralKey, count: number, values: Values = {}): string {
  const lookup = i18n.t as (key: string) => string;
  const category = pluralRules().select(count);
  // A category the locale does not spell out (French "many" for 1,000,000) reads as "other".
  let message = category === 'other' ? '' : quietly(() => lookup(`${key}.${category}`));
  if (!message) message = lookup(`${key}.other`);
  return fill(message, { count, ...values });
}

/** The language the interface is shown in (a BCP 47 tag such as `de` or `pt-BR`), for Intl formatters. */
export function uiLocale(): string {
  return (i18n.t as (key: string) => string)('meta.locale') || 'en';
}

/** The interface's direction: the view's bar follows it, while the article keeps its own. */
export function uiDirection(): 'ltr' | 'rtl' {
  return (i18n.t as (key: string) => string)('meta.dir') === 'rtl' ? 'rtl' : 'ltr';
}

let rules: { locale: string; rules: Intl.PluralRules } | null = null;
function pluralRules(): Intl.PluralRules {
  const locale = uiLocale();
  if (rules?.locale !== locale) rules = { locale, rules: new Intl.PluralRules(locale) };
  return rules.rules;
}

function fill(message: string, values: Values): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 }).format(value);
}

/** Looks up a message that may not exist without the console warning `@wxt-dev/i18n` gives. */
function quietly(lookup: () => string): string {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return lookup();
  } finally {
    console.warn = warn;
  }
}
