/**
 * Class / id / role / aria-label tokens, for rules that recognise clutter by its markup.
 *
 * A class name is split into whole lowercase words: on whitespace, `-`, `_`, `:`, `.`, `/`,
 * digits and camelCase humps (`mostReadList` → `most read list`, `Newsletter_box__x1` →
 * `newsletter box x`). Rules then match whole words, never substrings: `researchgate` is not
 * `search`, `shareholders` is not `share`.
 *
 * Pages repeat the same class strings thousands of times, so the split form of each raw string is
 * cached; a rule's check on one element is then a Map lookup plus one precompiled regex test.
 */

/**
 * Class names that describe a *state* or a *taxonomy* rather than what the element is:
 * `has-share-buttons`, `no-comments`, WordPress `tag-newsletter` / `category-donations` on the
 * article itself. Their words would make the article look like a promo, so they are skipped.
 */
const IGNORED_CLASS_PREFIX = /^(?:has|no|with|without|is|show|hide|enable|disable|allow|tag|tags|category|categories|cat|topic|section|postid|format|term)[-_]/i;
const WORD_SEPARATORS = /[\s\-_:./\d]+/;
const CAMEL_HUMP = /([a-z])([A-Z])/g;
/** Between two attribute values in a token string, so a pattern never spans two class names. */
const VALUE_SEPARATOR = ' | ';

const splitCache = new Map<string, string>();
const SPLIT_CACHE_LIMIT = 20_000;

/** The whole words of one class name or id, lowercase, space-separated (`''` when ignored). */
export function splitName(name: string): string {
  if (!name || IGNORED_CLASS_PREFIX.test(name)) return '';
  return name.replace(CAMEL_HUMP, '$1 $2').split(WORD_SEPARATORS).filter(Boolean).join(' ').toLowerCase();
}

/**
 * The token string of an attribute value holding one or more names (a class list, an id):
 * `" mj newsletter inline | promo "`. Leading and trailing spaces let a pattern require word
 * boundaries with plain spaces: `/ (?:newsletter|most read) /`.
 */
export function tokenizeNames(value: string): string {
  let cached = splitCache.get(value);
  if (cached === undefined) {
    const parts = value.split(/\s+/).map(splitName).filter(Boolean);
    cached = parts.length ? ` ${parts.join(VALUE_SEPARATOR)} ` : '';
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    splitCache.set(value, cached);
  }
  return cached;
}

/** Token string of an element's class, id and role (the markup's own description of it). */
export function elementTokens(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const role = el.getAttribute('role');
  if (!cls && !id && !role) return '';
  return (cls ? tokenizeNames(cls) : '') + (id ? tokenizeNames(id) : '') + (role ? ` ${role.toLowerCase()} ` : '');
}

/** Token string of an element's aria-label / title, words only (`"Share on Facebook"` → ` share on facebook `). */
export function labelTokens(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title');
  return label ? tokenizeNames(label) : '';
}

/**
 * Builds a whole-word pattern over token strings from word lists. Multi-word entries match
 * consecutive words (`'most read'` matches class `most-read` and `mostRead`).
 *
 * @example
 * const SOCIAL = tokenPattern(['share', 'social', 'follow us']);
 * SOCIAL.test(elementTokens(el));
 */
export function tokenPattern(words: readonly string[]): RegExp {
  const escaped = words.map((word) => word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(` (?:${escaped.join('|')}) `);
}

/** The first word list entry found in a token string, for a removal's reason. */
export function matchedToken(tokens: string, pattern: RegExp): string | null {
  const match = pattern.exec(tokens);
  return match ? match[0].trim() : null;
}
