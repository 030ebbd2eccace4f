import { linkTextLength, linksOf } from '../link-density';
import { collectTextBlocks, type TextBlock } from '../text/blocks';
import { foldText } from '../text/normalize';
import { attributeTokens } from '../text/phrases';
import { BYLINE_START, CUE_FAMILIES, CUE_FAMILY_NAMES, DATE_LIKE } from './cue-words';
import { LINK_TARGET_KINDS, linkTargetKinds } from './link-targets';

/**
 * The block scorer's view of an article: every leaf text block (core/text/blocks.ts) as a vector
 * of features. Training (scripts/train/) and the engine (core/rules/block-scorer.ts) both call
 * `describeBlocks`, so the model is always judged on the same numbers it learned from.
 *
 * Families, all generic (no site, page or phrase of a corpus page):
 * - shape: length, words, link density, punctuation and sentence shape, capitals, digits;
 * - place: tag, enclosing structures, depth, position relative to the article's prose;
 * - neighbours: siblings of the same shape, the parent's link density, repetition in the article;
 * - context: the previous and next blocks' shape, the block's share of the article's words and
 *   where it starts in them, the prose and links within three blocks of it;
 * - wording: closed-class cue families (core/scorer/cue-words.ts), bylines and dates;
 * - self-reference: the block names the site (site name from metadata, the host's label);
 * - links: the share pointing at social, payment, newsletter, app, mail, external, tag targets;
 * - markup: whole class/id/role tokens of the block and its two nearest ancestors, hashed.
 */

export interface BlockContext {
  /** The page's host (`www.` stripped), or null. */
  host: string | null;
  /** The site's name from metadata (og:site_name), or null. */
  siteName: string | null;
}

export interface BlockSample {
  element: Element;
  text: string;
  words: number;
  features: Float64Array;
}

/** Buckets for hashed markup tokens; a power of two so the hash folds with a mask. */
export const TOKEN_BUCKETS = 64;

const TAG_GROUPS = ['p', 'li', 'h12', 'h36', 'div', 'figcaption', 'cell', 'dtdd', 'blockquote', 'pre', 'other'] as const;
const ANCESTOR_GROUPS = ['list', 'figure', 'table', 'quote', 'aside', 'nav', 'footer', 'header', 'form', 'link', 'section'] as const;

const NUMERIC_FEATURES = [
  'bias', 'log_chars', 'log_words', 'link_density', 'log_links', 'ends_sentence', 'sentences_per_word', 'commas_per_word',
  'capitalised_share', 'digit_share', 'upper_share', 'position', 'before_prose', 'after_prose', 'log_distance_to_prose',
  'log_depth', 'log_siblings', 'same_tag_siblings_share', 'parent_link_density', 'repeated_in_article', 'long_prose',
  'short', 'very_short', 'has_image', 'has_control', 'byline_start', 'date_like', 'copyright_sign', 'pipe_or_bullet',
  'names_site', 'question', 'exclamation', 'ends_colon', 'all_link',
] as const;

/** A block's own features that its neighbours' read too: a teaser or a menu item looks like the blocks around it. */
const NEIGHBOUR_SOURCES = [
  'link_density', 'long_prose', 'log_words', 'all_link', 'short', 'has_image', 'tag_li', 'tag_h12', 'tag_h36', 'ends_sentence',
  'in_list', 'date_like', 'byline_start',
] as const;
/** Blocks on each side of a block that its window features read. */
const WINDOW = 3;
const CONTEXT_FEATURES = [
  ...NEIGHBOUR_SOURCES.map((name) => `prev_${name}`),
  ...NEIGHBOUR_SOURCES.map((name) => `next_${name}`),
  'words_share', 'words_before_share', 'window_prose_share', 'window_link_density',
] as const;

export const FEATURE_NAMES: readonly string[] = [
  ...NUMERIC_FEATURES,
  ...TAG_GROUPS.map((g) => `tag_${g}`),
  ...ANCESTOR_GROUPS.map((g) => `in_${g}`),
  ...CUE_FAMILY_NAMES.map((f) => `cue_${f}`),
  ...LINK_TARGET_KINDS.map((k) => `links_${k}`),
  ...Array.from({ length: TOKEN_BUCKETS }, (_, i) => `markup_${i}`),
  ...CONTEXT_FEATURES,
];
export const FEATURE_COUNT = FEATURE_NAMES.length;
const OFFSET = {
  tag: NUMERIC_FEATURES.length,
  ancestor: NUMERIC_FEATURES.length + TAG_GROUPS.length,
  cue: NUMERIC_FEATURES.length + TAG_GROUPS.length + ANCESTOR_GROUPS.length,
  links: NUMERIC_FEATURES.length + TAG_GROUPS.length + ANCESTOR_GROUPS.length + CUE_FAMILY_NAMES.length,
  markup: NUMERIC_FEATURES.length + TAG_GROUPS.length + ANCESTOR_GROUPS.length + CUE_FAMILY_NAMES.length + LINK_TARGET_KINDS.length,
  context: FEATURE_NAMES.length - CONTEXT_FEATURES.length,
};
const NUMERIC_INDEX = Object.fromEntries(NUMERIC_FEATURES.map((name, i) => [name, i])) as Record<(typeof NUMERIC_FEATURES)[number], number>;

/** A paragraph of story prose: long, few links, ends like a sentence. */
const PROSE_MIN_CHARS = 150;
const SENTENCE_END = /[.!?…。！？"”»)]$/u;

export function describeBlocks(root: Element, context: BlockContext): BlockSample[] {
  const blocks = collectTextBlocks(root);
  if (!blocks.length) return [];
  const prose = blocks.map(isProse);
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  const textCounts = new Map<string, number>();
  for (const block of blocks) textCounts.set(block.text, (textCounts.get(block.text) ?? 0) + 1);
  const siteWords = siteNameWords(context);
  let lastProseSeen = -1;
  const distances = blocks.map((_, i) => {
    if (prose[i]) lastProseSeen = i;
    return lastProseSeen < 0 ? Infinity : i - lastProseSeen;
  });
  let nextProse = Infinity;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (prose[i]) nextProse = i;
    distances[i] = Math.min(distances[i]!, nextProse - i);
  }
  const samples = blocks.map((block, i) => {
    const f = new Float64Array(FEATURE_COUNT);
    fillShape(f, block, root);
    const n = NUMERIC_INDEX;
    f[n.bias] = 1;
    f[n.position] = blocks.length > 1 ? i / (blocks.length - 1) : 0;
    f[n.before_prose] = firstProse < 0 || i < firstProse ? 1 : 0;
    f[n.after_prose] = firstProse < 0 || i > lastProse ? 1 : 0;
    f[n.log_distance_to_prose] = Math.log1p(Math.min(distances[i]!, 50));
    f[n.repeated_in_article] = (textCounts.get(block.text) ?? 0) > 1 ? 1 : 0;
    f[n.long_prose] = prose[i] ? 1 : 0;
    f[n.names_site] = siteWords && namesSite(block.text, siteWords) ? 1 : 0;
    fillLinks(f, block.element, context.host);
    fillMarkup(f, block.element, root);
    return { element: block.element, text: block.text, words: block.words, features: f };
  });
  fillContext(samples);
  return samples;
}

/** What surrounds each block: its neighbours' shape, its share of the article's words, the prose and links near it. */
function fillContext(samples: readonly BlockSample[]): void {
  const sources = NEIGHBOUR_SOURCES.map((name) => FEATURE_NAMES.indexOf(name));
  const total = samples.reduce((n, s) => n + s.words, 0) || 1;
  const prose = NUMERIC_INDEX.long_prose;
  const links = NUMERIC_INDEX.link_density;
  let before = 0;
  samples.forEach(({ features: f, words }, i) => {
    const prev = samples[i - 1]?.features;
    const next = samples[i + 1]?.features;
    // A missing neighbour (the article's first or last block) reads -1, apart from every real value.
    sources.forEach((source, k) => {
      f[OFFSET.context + k] = prev ? prev[source]! : -1;
      f[OFFSET.context + sources.length + k] = next ? next[source]! : -1;
    });
    let at = OFFSET.context + 2 * sources.length;
    f[at++] = words / total;
    f[at++] = before / total;
    before += words;
    let near = 0;
    let proseNear = 0;
    let linksNear = 0;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(samples.length - 1, i + WINDOW); j++) {
      if (j === i) continue;
      near++;
      proseNear += samples[j]!.features[prose]!;
      linksNear += samples[j]!.features[links]!;
    }
    f[at++] = near ? proseNear / near : 0;
    f[at] = near ? linksNear / near : 0;
  });
}

function isProse(block: TextBlock): boolean {
  return block.text.length >= PROSE_MIN_CHARS && SENTENCE_END.test(block.text) && linkTextLength(block.element) / block.text.length < 0.3;
}

function fillShape(f: Float64Array, block: TextBlock, root: Element): void {
  const n = NUMERIC_INDEX;
  const { text, words, element } = block;
  const chars = text.length;
  const linkChars = Math.min(chars, linkTextLength(element));
  f[n.log_chars] = Math.log1p(chars);
  f[n.log_words] = Math.log1p(words);
  f[n.link_density] = chars ? linkChars / chars : 0;
  f[n.all_link] = chars && linkChars / chars > 0.95 ? 1 : 0;
  f[n.log_links] = Math.log1p(linksOf(element).length);
  f[n.ends_sentence] = SENTENCE_END.test(text) ? 1 : 0;
  const perWord = (count: number) => (words ? Math.min(1, count / words) : 0);
  f[n.sentences_per_word] = perWord((text.match(/[.!?。！？]+(?:\s|$)/gu) ?? []).length);
  f[n.commas_per_word] = perWord((text.match(/[,，、;]/gu) ?? []).length);
  const wordList = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  f[n.capitalised_share] = wordList.length ? wordList.filter((w) => /^\p{Lu}/u.test(w)).length / wordList.length : 0;
  f[n.digit_share] = chars ? (text.match(/\p{Nd}/gu) ?? []).length / chars : 0;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  f[n.upper_share] = letters ? (text.match(/\p{Lu}/gu) ?? []).length / letters : 0;
  f[n.short] = words <= 12 ? 1 : 0;
  f[n.very_short] = words <= 4 ? 1 : 0;
  f[n.byline_start] = words <= 20 && BYLINE_START.test(text) ? 1 : 0;
  f[n.date_like] = words <= 20 && DATE_LIKE.test(text) ? 1 : 0;
  f[n.copyright_sign] = /©|\(c\)/iu.test(text) ? 1 : 0;
  f[n.pipe_or_bullet] = /[|•·»›]/u.test(text) ? 1 : 0;
  f[n.question] = /\?\s*$/u.test(text) ? 1 : 0;
  f[n.exclamation] = /!/u.test(text) ? 1 : 0;
  f[n.ends_colon] = /:\s*$/u.test(text) ? 1 : 0;
  f[n.has_image] = element.querySelector('img, picture, svg, video') ? 1 : 0;
  f[n.has_control] = element.querySelector('button, input, select, textarea') || element.localName === 'button' ? 1 : 0;
  for (const [i, family] of CUE_FAMILY_NAMES.entries()) f[OFFSET.cue + i] = CUE_FAMILIES[family].test(text) ? 1 : 0;
  f[OFFSET.tag + TAG_GROUPS.indexOf(tagGroup(element.localName))] = 1;
  let depth = 0;
  for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
    depth++;
    const group = ancestorGroup(up);
    if (group) f[OFFSET.ancestor + ANCESTOR_GROUPS.indexOf(group)] = 1;
  }
  f[n.log_depth] = Math.log1p(depth);
  const parent = element.parentElement;
  if (parent) {
    let siblings = 0;
    let sameTag = 0;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child === element) continue;
      siblings++;
      if (child.localName === element.localName) sameTag++;
    }
    f[n.log_siblings] = Math.log1p(siblings);
    f[n.same_tag_siblings_share] = siblings ? sameTag / siblings : 0;
    const parentChars = (parent.textContent ?? '').length;
    f[n.parent_link_density] = parentChars ? Math.min(1, linkTextLength(parent) / parentChars) : 0;
  }
}

function tagGroup(tag: string): (typeof TAG_GROUPS)[number] {
  switch (tag) {
    case 'p': return 'p';
    case 'li': return 'li';
    case 'h1': case 'h2': return 'h12';
    case 'h3': case 'h4': case 'h5': case 'h6': return 'h36';
    case 'div': case 'section': case 'article': return 'div';
    case 'figcaption': case 'caption': return 'figcaption';
    case 'td': case 'th': return 'cell';
    case 'dt': case 'dd': return 'dtdd';
    case 'blockquote': return 'blockquote';
    case 'pre': return 'pre';
    default: return 'other';
  }
}

function ancestorGroup(el: Element): (typeof ANCESTOR_GROUPS)[number] | null {
  switch (el.localName) {
    case 'ul': case 'ol': case 'li': case 'dl': return 'list';
    case 'figure': return 'figure';
    case 'table': return 'table';
    case 'blockquote': case 'q': return 'quote';
    case 'aside': return 'aside';
    case 'nav': return 'nav';
    case 'footer': return 'footer';
    case 'header': return 'header';
    case 'form': case 'fieldset': return 'form';
    case 'a': return 'link';
    case 'section': return 'section';
    default: return null;
  }
}

function fillLinks(f: Float64Array, element: Element, host: string | null): void {
  const links = linksOf(element);
  if (!links.length) return;
  const counts = new Array<number>(LINK_TARGET_KINDS.length).fill(0);
  for (const link of links) {
    for (const kind of linkTargetKinds(link.getAttribute('href') ?? '', host)) counts[LINK_TARGET_KINDS.indexOf(kind)]!++;
  }
  for (let i = 0; i < counts.length; i++) f[OFFSET.links + i] = counts[i]! / links.length;
}

/** Whole markup tokens of the block and its two nearest ancestors inside the article, hashed. */
function fillMarkup(f: Float64Array, element: Element, root: Element): void {
  let el: Element | null = element;
  for (let level = 0; el && el !== root && level < 3; level++, el = el.parentElement) {
    for (const name of ['class', 'id', 'role', 'itemprop']) {
      const value = el.getAttribute(name);
      if (!value) continue;
      for (const token of attributeTokens(value)) {
        if (token.length < 3 || /^\d+$/.test(token)) continue;
        f[OFFSET.markup + (hashToken(token) & (TOKEN_BUCKETS - 1))] = 1;
      }
    }
  }
}

/** FNV-1a: stable across runs and platforms, so trained buckets mean the same in the browser. */
export function hashToken(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function siteNameWords(context: BlockContext): string[] | null {
  const names = new Set<string>();
  if (context.siteName) {
    const folded = foldText(context.siteName);
    if (folded.length >= 3 && folded.length <= 40) names.add(folded);
  }
  if (context.host) {
    const label = context.host.split('.').slice(-2, -1)[0];
    if (label && label.length >= 4) names.add(label.toLowerCase());
  }
  return names.size ? [...names] : null;
}

function namesSite(text: string, names: readonly string[]): boolean {
  const folded = foldText(text).replace(/\s+/g, '');
  return names.some((name) => folded.includes(name.replace(/\s+/g, '')));
}
