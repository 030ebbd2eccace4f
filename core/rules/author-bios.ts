import { textLength } from '../prose';
import { wholeTextRegex, wordCount } from '../text/phrases';
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
 *    right after it.
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

export default defineRule({
  id: 'author-bios',
  kind: 'prompt',
  phase: 'post',
  summary: 'Removes author boxes (“About the author”, 8 languages, or a box marked `author-bio` / schema.org author with a description).',
  collect(root) {
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
      return chars > 0 && chars < rootChars * MAX_SHARE_OF_ARTICLE && wordCount(el.textContent ?? '') <= MAX_BIO_WORDS;
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
    return candidates;
  },
});

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
