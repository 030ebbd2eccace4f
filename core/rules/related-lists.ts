import { linkDensity, linksOf } from '../link-density';
import { textLength } from '../prose';
import { phraseRegex } from '../text/phrases';
import { defineRule, nonNestedCandidates } from './rule';
import { descendantElements, descendantsNamed, childElements, closestNamed, hasDescendantNamed } from '../walk';

/**
 * Related / latest / most-read lists that Readability keeps at the end of a story:
 * 1. a heading such as "We Recommend", "Latest", "Lesen Sie auch" with the link list after it
 *    (or nothing after it: lists a script fills in later leave the bare heading);
 * 2. a "Lire aussi | <link>" teaser: a short block opening with such a label, the rest a link.
 * A link list without such a label stays: on readability-test-pages, headless "trailing link
 * list" and "menu-like list" heuristics took Wikipedia's contents, a blog's bug list and a
 * post's reference links; "See also" and "Further reading" are left alone for the same reason
 * (on reference pages they are the article's own sections). Guards: a heading over story text,
 * tables, lists with a long paragraph.
 */
export const RELATED_HEADINGS = phraseRegex([
  // Longer and singular shapes of the same labels ("Related Post", "Related investing topics",
  // "Other Posts You May Enjoy", "If you liked this post you might also like:", "Next article"):
  // each names other pages of the site, never a part of the story. First, so that the longest
  // wording wins over a shorter one below ("Related") and the label still counts as all phrase.
  'related (?:\\S+ )?(?:posts?|articles?|reads?|topics|guides|videos?|story)(?: (?:and|&) links)?(?: (?:that|which) (?:may|might) interest you)?',
  '(?:posts?|articles?|stories|reads) (?:that )?you (?:may|might) (?:also )?(?:like|enjoy|be interested in)', 'other (?:posts|articles|stories|recipes|guides)(?: you (?:may|might) (?:also )?(?:like|enjoy))?',
  'more (?:\\S+ ){0,3}(?:posts|articles|stories|recipes|guides)(?: (?:by|from|on|about)(?: \\S+){1,4})?', 'you (?:may|might) (?:also )?be interested in(?: (?:the following|these|this))?(?: (?:topics|articles|posts|stories))?(?: as well)?',
  'if you (?:liked|enjoyed) this(?: (?:post|article|story|recipe))?,? you (?:may|might|will|would) (?:also )?(?:like|enjoy|love)(?: these)?', '(?:this|these) (?:might|may) (?:also )?(?:be )?interesting (?:to|for) you',
  '(?:what )?to read next', '(?:what )?others are reading', '(?:next|previous) (?:article|post|story)', 'recent (?:posts|articles|stories)',
  'ähnliche (?:artikel|beiträge|themen)', 'andere (?:artikel|beiträge)', '(?:nächster|vorheriger) (?:artikel|beitrag)', 'weiterführende[rn]? (?:links?|artikel|beiträge)', 'diese (?:artikel|beiträge) könnten (?:sie|dich) (?:auch )?interessieren',
  'article (?:suivant|précédent)', 'd[’\']autres articles', 'ces articles pourraient vous intéresser', 'vous (?:pourriez|pourrez) aussi aimer', 'articles? connexes',
  '(?:artículo|entrada|nota) (?:siguiente|anterior)', 'siguiente (?:artículo|entrada)', 'otros artículos', 'artículos relacionados', '(?:también )?te podría interesar',
  '(?:próximo|seguinte) (?:artigo|post)', 'artigo anterior', 'outros artigos', 'artigos relacionados', 'você (?:também )?(?:pode|poderá) gostar',
  'articolo (?:successivo|precedente)', 'prossimo articolo', 'altri articoli', 'ti potrebbe(?:ro)? interessare',
  '(?:volgend|vorig) artikel', 'andere artikelen', 'gerelateerde (?:artikelen|berichten)', 'dit vind je misschien ook leuk',
  '(?:następny|poprzedni) artykuł', 'inne artykuły', '(?:powiązane|podobne) artykuły', 'może cię (?:też |także )?zainteresować',
  'we recommend', 'recommended(?: for you| stories| articles| reading)?', 'related(?: stories| articles| posts| content| coverage| news| reading| links)?', 'latest(?: news| stories| articles| posts)?', 'most (?:read|popular|viewed|shared)', 'popular(?: now| stories| posts)?', 'trending(?: now)?', 'read (?:also|more|next)', 'also read', 'more (?:stories|news|from|on|articles|in)(?: \\S+){0,4}', 'you (?:may|might) (?:also )?(?:like|enjoy|be interested)', 'discover more(?: \\S+)?', 'top stories', 'editor[’\']?s picks',
  'lesen sie (?:auch|mehr|weiter)', 'auch lesen', 'meist ?diskutiert', '(?:heute )?empfehlen wir', 'wir empfehlen', 'mehr zum thema', 'das könnte (?:sie|dich) auch interessieren', 'auch interessant', 'weitere (?:artikel|beiträge|nachrichten|themen)(?: (?:aus|zu|zum|zur|von|im|in) (?:\\S+ ){0,2}\\S+)?', 'empfohlene (?:artikel|beiträge|inhalte)', '(?:entdecken sie|entdecke) (?:jetzt|mehr|weitere(?: \\S+)?)', 'meistgelesen', 'am meisten gelesen', 'neueste (?:artikel|beiträge)', 'empfehlungen', 'verwandte (?:artikel|themen)',
  '(?:à )?lire aussi', 'à lire (?:également|aussi)', 'sur le même (?:sujet|thème)', 'les plus lus', 'dernières (?:actualités|infos|nouvelles)', 'articles? (?:similaires|liés)', 'nous vous recommandons', 'vous aimerez aussi', 'découvrez (?:aussi|plus|nos autres)(?: \\S+)?', 'descubre más', 'descubra mais', 'scopri (?:di più|altri|anche)', 'ontdek meer', 'odkryj więcej',
  'lee también', 'te puede interesar', 'le puede interesar', 'puede interesarte', 'más noticias', 'lo más leído', 'más leídas?', 'noticias relacionadas', 'últimas noticias', 'relacionad[oa]s',
  'leia também', 'veja também', 'mais lidas', 'notícias relacionadas', 'últimas notícias', 'leia mais',
  'leggi anche', 'potrebbe interessarti', 'i più letti', 'articoli correlati', 'ultime notizie',
  'lees ook', 'meest gelezen', 'gerelateerde artikelen', 'laatste nieuws', 'meer nieuws',
  'czytaj (?:też|także|również)', 'zobacz (?:też|także|również)', 'najczęściej czytane', 'polecamy', 'najnowsze',
]);
/** A heading is a label, not a sentence: the phrase must be (nearly) all of its text. */
const MAX_HEADING_CHARS = 60;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_LINK_DENSITY = 0.8;
const TEASER_TAGS = new Set(['p', 'div', 'section', 'aside']);
const MAX_TEASER_CHARS = 250;
const PROSE_PARAGRAPH_CHARS = 120;
const MIN_TEASER_CARDS = 2;
const MAX_TEASER_BLURB_CHARS = 450;
const MAX_TEASER_CARD_CHARS = 500;

export default defineRule({
  id: 'related-lists',
  kind: 'related',
  phase: 'post',
  summary: 'Removes “We recommend”, “Latest”, “Most read”, “Read also” (8 languages) headings with their link lists, and “Read also: <link>” teasers.',
  collect(root) {
    const { candidates, take } = nonNestedCandidates();
    for (const el of descendantElements(root)) {
      if ((isRelatedHeading(el) || isRelatedLabelOverList(el)) && !closestNamed(el, 'table')) {
        const list = followingLinkList(el);
        // A heading over story text ("Latest" as a section of a live blog) is the story's own;
        // a box holding only the heading, a one-line blurb and a "more" link is a teaser.
        if (!list && hasTextAfter(el)) {
          const teaser = el.parentElement;
          if (teaser && teaser !== root && isBlurbAndLinkBox(teaser, el)) take(teaser, `A “${short(el)}” teaser`);
          continue;
        }
        const box = el.parentElement && el.parentElement !== root && onlyHeadingAndList(el.parentElement, el, list) ? el.parentElement : null;
        if (box) take(box, `A “${short(el)}” list`);
        else {
          take(el, `The heading of a “${short(el)}” list`);
          if (list) take(list, `A “${short(el)}” list`);
        }
        continue;
      }
      if (isReadAlsoTeaser(el) && !closestNamed(el, 'table')) {
        take(el, 'A “read also” link to another story');
        continue;
      }
    }
    return candidates;
  },
});

function isRelatedHeading(el: Element): boolean {
  const tag = el.localName;
  if (!HEADING_TAGS.has(tag) && !((tag === 'p' || tag === 'div' || tag === 'strong') && el.children.length <= 1)) return false;
  const text = el.textContent ?? '';
  if (text.length > MAX_HEADING_CHARS * 2) return false;
  if (!HEADING_TAGS.has(tag) && hasDescendantNamed(el, 'a')) return false;
  const n = textLength(el);
  if (n === 0 || n > MAX_HEADING_CHARS) return false;
  const match = RELATED_HEADINGS.exec(text);
  // The phrase must make up most of the label: "Latest" yes, "The latest figures show…" no.
  return match !== null && match[0].length >= 0.6 * n && /^[^\p{L}\p{N}]*$/u.test(text.slice(0, match.index));
}

/**
 * "Lesen Sie auch die folgenden Beiträge:" over a link list: a longer label is still a label when
 * it opens with a "read also" phrase, ends with a colon and a link list follows it. Only the
 * "read" phrases: "Empfehlungen von Dennis:" over a deals list is the story's own list.
 */
const READ_LABEL_START = /^(?:read|also read|lesen|auch lesen|lire|à lire|lee|leia|leggi|lees|czytaj)/iu;
function isRelatedLabelOverList(el: Element): boolean {
  const tag = el.localName;
  if (!HEADING_TAGS.has(tag) && !((tag === 'p' || tag === 'div' || tag === 'strong') && el.children.length <= 1)) return false;
  if (!HEADING_TAGS.has(tag) && hasDescendantNamed(el, 'a')) return false;
  const n = textLength(el);
  if (n === 0 || n > MAX_HEADING_CHARS) return false;
  const text = (el.textContent ?? '').trim();
  const match = RELATED_HEADINGS.exec(text);
  return match !== null && match.index === 0 && READ_LABEL_START.test(match[0]) && text.endsWith(':') && followingLinkList(el) !== null;
}

/** "Lire aussi | <a>Other story</a>": a block opening with a related label, the rest one link. */
function isReadAlsoTeaser(el: Element): boolean {
  if (!TEASER_TAGS.has(el.localName)) return false;
  // The links first: the element index counts them without reading text, and most paragraphs
  // and wrappers have none or many.
  const links = linksOf(el);
  if (links.length < 1 || links.length > 3) return false;
  const n = textLength(el);
  if (n === 0 || n > MAX_TEASER_CHARS) return false;
  const text = el.textContent ?? '';
  const match = RELATED_HEADINGS.exec(text);
  if (!match || !/^[^\p{L}\p{N}]*$/u.test(text.slice(0, match.index))) return false;
  return linkDensity(el) >= 0.5;
}

/** The next element sibling when it is a list of links (or a box holding one), else null. */
function followingLinkList(heading: Element): Element | null {
  const next = heading.nextElementSibling;
  if (!next || HEADING_TAGS.has(next.localName) || closestNamed(next, 'table')) return null;
  if (textLength(next) === 0) return hasDescendantNamed(next, 'img', 'p') ? null : next;
  return isLinkList(next) || isTeaserGrid(next) ? next : null;
}

/**
 * Teaser cards: a picture, a kicker, a linked title and a one-line blurb each. Two or more linked
 * titles and no paragraph long enough to be story prose ("Neueste Artikel" over such cards).
 */
function isTeaserGrid(el: Element): boolean {
  const titles = descendantsNamed(el, ...HEADING_TAGS).filter((h) => linksOf(h).length > 0 && linkDensity(h) >= LIST_LINK_DENSITY);
  if (titles.length < MIN_TEASER_CARDS) return false;
  for (const p of descendantsNamed(el, 'p')) if (textLength(p) >= MAX_TEASER_BLURB_CHARS) return false;
  return textLength(el) <= titles.length * MAX_TEASER_CARD_CHARS;
}

/** Text follows the heading inside its parent (the next sibling is not a link list). */
function hasTextAfter(heading: Element): boolean {
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if (textLength(next) > 0) return true;
  }
  return false;
}

/** Nearly all link text, no long paragraph: a list of teasers, not a list of facts. */
function isLinkList(el: Element): boolean {
  if (linksOf(el).length === 0 || linkDensity(el) < LIST_LINK_DENSITY) return false;
  for (const p of descendantsNamed(el, 'p')) if (textLength(p) >= PROSE_PARAGRAPH_CHARS && linkDensity(p) < 0.5) return false;
  return true;
}




/**
 * "Entdecke weitere Homestorys / Klicke dich durch… / Mehr Homestorys": after the heading, one
 * short blurb and links, nothing else. Story text under a heading is longer or has no link.
 */
function isBlurbAndLinkBox(parent: Element, heading: Element): boolean {
  let blurbs = 0;
  let links = 0;
  for (const child of childElements(parent)) {
    if (child === heading || textLength(child) === 0) continue;
    if (child.localName === 'a' || (linksOf(child).length > 0 && linkDensity(child) >= LIST_LINK_DENSITY)) links++;
    else if (textLength(child) <= MAX_TEASER_CHARS && ++blurbs <= 1) continue;
    else return false;
  }
  return links > 0 && textLength(parent) <= textLength(heading) + MAX_TEASER_CHARS + 60;
}

/** The parent holds the heading, the list and nothing else with text. */
function onlyHeadingAndList(parent: Element, heading: Element, list: Element | null): boolean {
  for (const child of childElements(parent)) {
    if (child === heading || child === list) continue;
    if (textLength(child) > 0) return false;
  }
  return textLength(parent) <= textLength(heading) + (list ? textLength(list) : 0) + 5;
}

function short(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_CHARS);
}

/* Examples: WordPress "We Recommend" / "Latest" recirc headings over script-filled lists,
   Arc "Most read" rails, `Mehr zum Thema` sections, Jetpack related posts. */
