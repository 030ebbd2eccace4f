import { attributeNamesOf } from './element-index';

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
  // Asked of every element on the page: its attribute names (read once per phase) cost less than three lookups.
  const names = attributeNamesOf(el);
  const cls = names.includes('class') ? el.getAttribute('class') : null;
  const id = names.includes('id') ? el.getAttribute('id') : null;
  const role = names.includes('role') ? el.getAttribute('role') : null;
  if (!cls && !id && !role) return '';
  const idTokens = id && !isHeadingAnchorSlug(el, id) ? tokenizeNames(id) : '';
  return (cls ? tokenizeNames(cls) : '') + idTokens + (role ? ` ${role.toLowerCase()} ` : '');
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Longer than any heading: an id on a container is never treated as a slug of its text. */
const SLUG_TEXT_LIMIT = 200;

/**
 * Wikis, documentation generators and table-of-contents plugins give each heading an anchor id
 * spelled from its own words (`Eich_CEO_promotion_controversy`). Such an id names the section's
 * subject, not a page component, so its words (`promotion`) must not mark the heading as a promo.
 */
function isHeadingAnchorSlug(el: Element, id: string): boolean {
  const idWords = idWordsOf(id);
  if (idWords.length < 3) return false;
  let inHeading = false;
  for (let up: Element | null = el; up && !inHeading; up = up.parentElement) inHeading = HEADING_TAGS.includes(up.localName);
  if (!inHeading) return false;
  const text = el.textContent ?? '';
  if (text.length > SLUG_TEXT_LIMIT) return false;
  const textWords = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return idWords.every((word) => textWords.has(word));
}

const idWordsCache = new Map<string, string[]>();

/** `splitName(id)` as a list, cached like `tokenizeNames`: asked of every element with an id, in each phase. */
function idWordsOf(id: string): string[] {
  let words = idWordsCache.get(id);
  if (words === undefined) {
    words = splitName(id).split(' ');
    if (idWordsCache.size >= SPLIT_CACHE_LIMIT) idWordsCache.clear();
    idWordsCache.set(id, words);
  }
  return words;
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
  const escaped = words.map((word) => escapePattern(word.toLowerCase()));
  return new RegExp(` (?:${escaped.join('|')}) `);
}

/**
 * A quick test to ask before `elementTokens` on every element of a page: one word of each entry
 * (its longest) as a plain, case-insensitive substring of the raw class, id and role
 * (`rawNames`). Every token is a piece of a raw value, lower-cased, so an element whose raw
 * values hold none of these words cannot match `tokenPattern(words)`, and its names need not be
 * split (most elements of a page; on a page cleaned for the first time the splitting was most of
 * `promo-containers`' time in Chromium).
 *
 * @example
 * const HINT = tokenHint(['most read', 'share']);
 * HINT.test(rawNames(el)) // false for `class="c-headline"`: no split needed
 */
export function tokenHint(words: readonly string[]): RegExp {
  const longest = words.map((entry) => entry.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
  const escaped = [...new Set(longest)].map(escapePattern);
  // `u`: case folding as Unicode defines it, the same relation `toLowerCase` gives the tokens.
  return new RegExp(escaped.join('|'), 'iu');
}

/**
 * The raw class, id and role of `el`, space-separated (what `tokenHint` patterns test). Three
 * direct reads: in Chromium they cost less than listing the element's attribute names first, and
 * the rule asking (promo-containers) is the only one that needs names of every element.
 */
export function rawNames(el: Element): string {
  if (!el.hasAttributes()) return '';
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const role = el.getAttribute('role');
  let raw = '';
  if (cls !== null) raw += ` ${cls}`;
  if (id !== null) raw += ` ${id}`;
  if (role !== null) raw += ` ${role}`;
  return raw;
}

/** A word as a literal inside a regular expression. */
function escapePattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first word list entry found in a token string, for a removal's reason. */
export function matchedToken(tokens: string, pattern: RegExp): string | null {
  const match = pattern.exec(tokens);
  return match ? match[0].trim() : null;
}
