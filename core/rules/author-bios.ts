import { textLength } from '../prose';
import { collectTextBlocks, type TextBlock } from '../text/blocks';
import { BY_LABEL, bylineNames } from '../text/byline';
import { countWords } from '../text/normalize';
import { wholeTextRegex } from '../text/phrases';
import { elementTokens } from '../tokens';
import { descendantElements } from '../walk';
import { defineRule, type Candidate } from './rule';

/**
 * Author boxes that Readability keeps under (or above) the story: a photo, the writer's name and a
 * few lines about them ("Senior editor with a focus on… You can keep up with me on Twitter"),
 * often under an "About the author" heading. They describe the writer, not the story.
 * Recognised two ways, both structural:
 * 1. the box's markup says so in one class or id: an author word next to a box word
 *    (`author-bio`, `mvp-author-box`, `TestReport__AuthorBox`, `about-author`), or it is a
 *    schema.org author (`itemprop="author"`) that carries a description;
 * 2. an "About the author" label (8 languages) as a whole short block, with the short block
 *    right after it;
 * 3. a short paragraph at the article's head or tail that opens with the header's byline name (or
 *    its first name) and a verb of being, having or writing ("Jane Roe is a senior editor…", "Jane
 *    has covered…"), with a line of the bare name just above it. Themes print these without any
 *    class the first test knows; labelled whole-page main content (wcxb-dev) leaves them out.
 * A byline ("By Jane Roe", `span.author`) has no box word and stays: Readability decides on those.
 */

/** An author word, then (within one class name) a box word: ` post author bio `, ` author box wrap `. */
const AUTHOR_BOX_TOKENS = / (?:author|authors|autor|autorin|autoren|auteur|auteurs|autore|autori|auteurs?) (?:[a-z]+ )?(?:bio|biography|box|about|info|description|desc|profile|card|details)(?= )| about (?:the )?(?:author|autor|auteur|autore) | (?:authorbox|authorbio|aboutauthor|abouttheauthor|authorinfo|authorprofile) /;
/** "About the author" as a whole label, in the eight languages. */
const ABOUT_AUTHOR_LABEL = wholeTextRegex([
  'about the (?:author|authors|writer)', 'about (?:the )?author',
  'über (?:den|die) (?:autor|autorin|autoren|autorinnen|verfasser|verfasserin)', 'zum autor', 'zur autorin',
  'à propos de l[’\']aut(?:eur|rice|eure)', 'l[’\']aut(?:eur|rice|eure)', 'sobre (?:el|la) autora?', 'acerca del autor', 'sobre (?:o|a) autora?',
  'sull[’\']autore', 'l[’\']autore', 'chi è l[’\']autore', 'over de (?:auteur|schrijver)', 'o autorze', 'o autorce', 'o autorach',
]);
/** A bio is a few lines; a longer box is a section of the story (an interview's portrait). */
const MAX_BIO_WORDS = 150;
/** A box holding this share of the article's text or more is the article's wrapper, whatever its class. */
const MAX_SHARE_OF_ARTICLE = 0.3;
const MAX_LABEL_CHARS = 40;
const LABEL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'strong', 'span']);
/**
 * What a bio says right after the writer's name, in the eight languages: a present-tense verb of
 * being or having ("is", "has", "ist", "est", "a", "es", "ha", "é", "tem", "è", "heeft", "jest",
 * "ma") or of the writer's trade ("writes", "covers", "lives"), or how they started ("founded").
 * A bio speaks of the writer now; the past tense ("Jack was encouraging…") is a story or a
 * testimonial about someone of the same name. A name followed by "said" or a comma is a quote or
 * an apposition, and stays.
 */
const BIO_VERBS = [
  'is', 'has', 'writes', 'covers', 'lives', 'works', 'founded',
  'ist', 'hat', 'schreibt', 'lebt', 'arbeitet', 'gründete',
  'est', 'a', 'écrit', 'vit', 'travaille', 'fonde',
  'es', 'ha', 'escribe', 'vive', 'trabaja', 'fundó',
  'é', 'tem', 'escreve', 'trabalha', 'fundou',
  'è', 'scrive', 'lavora', 'fonda',
  'heeft', 'schrijft', 'woont', 'werkt', 'richtte',
  'jest', 'ma', 'pisze', 'mieszka', 'pracuje', 'założył', 'założyła',
].join('|');
/**
 * What follows the name in a bio. Compiled once: the names change with every page, and a pattern
 * built per page with this list cost about a millisecond to compile, more than the rest of the rule.
 */
const BIO_VERB_AFTER_NAME = new RegExp(`^\\s+(?:${BIO_VERBS})(?![\\p{L}\\p{N}])`, 'iu');
/** Quotation marks, dashes or bullets before the name. */
const LEADING_MARKS = /^[^\p{L}\p{N}]*/u;
/** Where a bio sits: in the last share of the article's words (under the story) or the first (above it). */
const TAIL_SHARE = 0.35;
const HEAD_SHARE = 0.15;

export default defineRule({
  id: 'author-bios',
  kind: 'prompt',
  phase: 'post',
  summary: 'Removes author boxes (“About the author”, 8 languages, a box marked `author-bio` / schema.org author with a description, or a bio at the article’s edge that opens with the byline’s name).',
  collect(root, ctx) {
    const candidates: Candidate[] = [];
    const taken: Element[] = [];
    const rootChars = textLength(root);
    const take = (element: Element, reason: string) => {
      if (taken.some((t) => t.contains(element))) return;
      taken.push(element);
      candidates.push({ element, reason });
    };
    const isShortBox = (el: Element) => {
      const chars = textLength(el);
      return chars > 0 && chars < rootChars * MAX_SHARE_OF_ARTICLE && countWords(el.textContent ?? '') <= MAX_BIO_WORDS;
    };
    for (const el of descendantElements(root)) {
      if (taken.some((t) => t.contains(el))) continue;
      if (isMarkedAuthorBox(el) && isShortBox(el)) {
        take(el, 'An author box (marked as such in the page’s markup)');
        continue;
      }
      if (isAboutAuthorLabel(el)) {
        const bio = el.nextElementSibling;
        take(el, `An “${(el.textContent ?? '').trim()}” heading`);
        if (bio && !/^h[1-6]$/.test(bio.localName) && isShortBox(bio)) take(bio, 'The author’s bio under an “About the author” heading');
      }
    }
    // After the marked boxes, so a bio inside one goes with its box.
    for (const [bio, nameLine] of namedBios(root, ctx.byline)) {
      if (!isShortBox(bio.element)) continue;
      take(bio.element, 'A bio of the writer the byline names');
      if (nameLine) take(nameLine.element, 'The writer’s name above their bio');
    }
    return candidates;
  },
});

/** Blocks at the article's edges that open with a byline name and a bio verb, each with the bare-name line above it if there is one. */
function namedBios(root: Element, byline: string | null): Array<[TextBlock, TextBlock | null]> {
  const names = bylineNames(byline);
  if (names.length === 0) return [];
  // The full name, or the first name alone when it is a word of its own ("Kaavya is…" under "Kaavya Shah").
  const openings = names.flatMap((name) => {
    const first = name.split(' ')[0]!;
    return first.length >= 3 && !first.endsWith('.') ? [name, first] : [name];
  }).map((opening) => opening.toLowerCase());
  const opensWithName = (text: string) => {
    const start = LEADING_MARKS.exec(text)![0].length;
    return openings.some((opening) => text.slice(start, start + opening.length).toLowerCase() === opening && BIO_VERB_AFTER_NAME.test(text.slice(start + opening.length)));
  };
  const nameLines = new Set(names.map((name) => name.toLowerCase()));
  const blocks = collectTextBlocks(root);
  const total = blocks.reduce((sum, block) => sum + block.words, 0);
  const found: Array<[TextBlock, TextBlock | null]> = [];
  let before = 0;
  for (const [index, block] of blocks.entries()) {
    const after = total - before - block.words;
    before += block.words;
    if (/^h[1-6]$/.test(block.element.localName) || block.words > MAX_BIO_WORDS) continue;
    if (after > total * TAIL_SHARE && before - block.words > total * HEAD_SHARE) continue;
    if (!opensWithName(block.text)) continue;
    const previous = blocks[index - 1];
    const isNameLine = previous !== undefined && nameLines.has(previous.text.replace(BY_LABEL, '').trim().toLowerCase());
    found.push([block, isNameLine ? previous : null]);
  }
  return found;
}

function isMarkedAuthorBox(el: Element): boolean {
  if (AUTHOR_BOX_TOKENS.test(elementTokens(el))) return true;
  // schema.org: `<div itemprop="author" itemscope itemtype="…/Person">` holding the writer's description.
  return el.getAttribute('itemprop') === 'author' && el.hasAttribute('itemscope') && el.querySelector('[itemprop="description"]') !== null;
}

function isAboutAuthorLabel(el: Element): boolean {
  if (!LABEL_TAGS.has(el.localName) || el.childElementCount > 2) return false;
  const n = textLength(el);
  return n > 0 && n <= MAX_LABEL_CHARS && ABOUT_AUTHOR_LABEL.test(el.textContent ?? '');
}

/* Examples: WordPress "Simple Author Box" (`saboxplugin-wrap`, itemprop author) under an
   "Über den Autor" label, `section.author-bio` on agency blogs, Zox News `#mvp-author-box-wrap`. */
