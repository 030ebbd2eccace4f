import { textLength } from '../prose';
import { wholeTextRegex } from '../text/phrases';
import { descendantElements } from '../walk';
import { defineRule, nonNestedCandidates } from './rule';

/**
 * What a forum prints around each post of a thread, beside what was written: the panel about the
 * writer ("Joined Feb 8, 2017 · Messages 5,421 · Reaction score 29,758", "Registered:
 * 2024-01-27", "1,109 posts · Joined 2022") and the post's number ("#2"). They repeat with every
 * post and say nothing of it; labelled whole-page main content (wcxb-dev) leaves them out of
 * forum threads. Recognised by shape, the labels in the eight languages:
 * 1. a box of two or more label–value pairs (`<dt>Joined</dt><dd>Feb 8, 2017</dd>`, or a label
 *    element followed by its value), labels from the list below, values a number or a date, and
 *    nothing else of length in the box;
 * 2. a line that is one such pair ("Registered: 2024-01-27", "Messages: 3"), the post-count
 *    shape ("1,109 posts · Joined 2022") or a post's like count ("2 Likes"), when two or more
 *    such lines are on the page: one alone is as likely a fact of the story;
 * 3. a link whose whole text is "#N" and whose address is a post's own (`post-…`, `#comment-…`),
 *    two or more on the page.
 */

const LABELS = [
  'joined', 'join date', 'registered', 'member since', 'messages', 'posts', 'reaction score', 'likes(?: received)?', 'trophy points', 'points', 'reputation', 'solutions',
  'registriert(?: seit)?', 'mitglied seit', 'beiträge', 'reaktionspunkte', 'punkte', 'erhaltene likes',
  'inscrit(?: le)?', 'inscription', 'membre depuis', 'score de réaction', 'réactions', 'j[’\']aime reçus',
  'registrado', 'registro', 'miembro desde', 'mensajes', 'puntos', 'puntuación de reacción',
  'mensagens', 'membro desde', 'pontuação de reação', 'pontos',
  'iscritto(?: dal)?', 'registrato', 'messaggi', 'punteggio reazioni', 'punti',
  'lid sinds', 'geregistreerd', 'berichten', 'reactiescore', 'punten',
  'dołączył(?:a|\\(a\\))?', 'rejestracja', 'posty', 'wiadomości', 'punkty', 'wynik reakcji',
];
/** A panel label as the whole text of its element ("Messages", "Trophy Points:"). */
export const POSTER_LABEL = wholeTextRegex(LABELS);
/** A count ("5,421", "29.7K") or a date ("Feb 8, 2017", "2024-01-27", "08.02.2017"). */
const VALUE = String.raw`(?:\d[\d.,\u00a0 ]*[kKmM]?|(?=[^\n]{0,24}\d)[\p{L}\d.,/ -]{4,24})`;
/** One pair on a line, or the post-count line. */
export const POSTER_STAT_LINE = new RegExp(
  String.raw`^\s*(?:(?:${LABELS.join('|')})\s*:?\s*${VALUE}|[\d.,]+\s*(?:posts?|beiträge|messages|mensajes|mensagens|messaggi|berichten|posty)\s*[·•|,-]\s*(?:joined|registriert|inscrit|registrado|iscritto|lid sinds|dołączył)\s*:?\s*${VALUE})\s*$`,
  'iu',
);
/** A post's like count as a line of its own ("2 Likes", "1 Like", "3 Reaktionen"). */
export const LIKE_COUNT_LINE = /^\s*\d[\d.,]*\s*[kKmM]?\s*(?:likes?|reactions?|reaktionen|j[’']aime|réactions?|me gusta|reacciones|curtidas?|reações|mi piace|reazioni|vind-ik-leuks|polubie(?:ń|nia)|reakcj[ie])\s*$/iu;
const VALUE_ONLY = new RegExp(String.raw`^\s*${VALUE}\s*$`, 'u');
/** A value is short; a longer text after a label is a sentence. */
const MAX_VALUE_CHARS = 24;
const MAX_LABEL_CHARS = 30;
/**
 * Text a panel may hold beyond its pairs ("Offline", "Member"). The writer's name is not in it:
 * who wrote a post is part of the thread, and the panel stops below it.
 */
const MAX_PANEL_EXTRA_CHARS = 15;
const MAX_LINE_CHARS = 60;
const LINE_TAGS = new Set(['p', 'div', 'span', 'li', 'dd', 'dt', 'small', 'dl']);

export default defineRule({
  id: 'forum-post-chrome',
  kind: 'furniture',
  phase: 'post',
  summary: 'Removes what a forum prints around each post: the writer’s stats panel (“Joined”, “Messages”, “Reaction score”, “Registered: 2024-01-27”; 8 languages), the post’s like count (“2 Likes”) and its number (“#2”).',
  collect(root) {
    const { candidates, take } = nonNestedCandidates();
    const lines: Element[] = [];
    const likeCounts = new Set<Element>();
    const numbers: Element[] = [];
    for (const el of descendantElements(root)) {
      if (isPostNumber(el)) {
        numbers.push(el);
        continue;
      }
      if (isLabel(el)) {
        const panel = panelAround(el, root);
        if (panel) take(panel, 'The writer’s forum stats (joined, messages, points)');
        continue;
      }
      if (LINE_TAGS.has(el.localName) && el.childElementCount <= 3) {
        const n = textLength(el);
        if (n === 0 || n > MAX_LINE_CHARS) continue;
        const text = el.textContent ?? '';
        if (LIKE_COUNT_LINE.test(text)) likeCounts.add(el);
        if (likeCounts.has(el) || POSTER_STAT_LINE.test(text)) lines.push(el);
      }
    }
    const outermost = lines.filter((line) => !lines.some((other) => other !== line && other.contains(line)));
    if (outermost.length >= 2) for (const line of outermost) take(line, likeCounts.has(line) ? 'The post’s like count' : 'The writer’s forum stats (joined, messages, points)');
    if (numbers.length >= 2) for (const link of numbers) take(link, `The post’s number in the thread (“${(link.textContent ?? '').trim()}”)`);
    return candidates;
  },
});

/** "#2": a post's number in its thread, linking to the post itself. */
const POST_NUMBER = /^\s*#\s?\d{1,6}\s*$/;
/** The post's own address: `/post-32534875`, `#post-137554686`, `?p=4411`, `#comment-12`. */
const POST_ANCHOR = /(?:^|[^a-z])(?:post|comment|reply|msg|message|p)[-_=]?\d/i;
function isPostNumber(el: Element): boolean {
  return el.localName === 'a' && POST_NUMBER.test(el.textContent ?? '') && POST_ANCHOR.test(el.getAttribute('href') ?? '');
}

/** A short element whose whole text is a panel label and whose next sibling is its value. */
function isLabel(el: Element): boolean {
  if (el.childElementCount > 1) return false;
  const n = textLength(el);
  if (n === 0 || n > MAX_LABEL_CHARS || !POSTER_LABEL.test(el.textContent ?? '')) return false;
  const value = el.nextElementSibling;
  return value !== null && textLength(value) <= MAX_VALUE_CHARS && VALUE_ONLY.test(value.textContent ?? '');
}

/** Pairs under `el`: label elements followed by a value. */
function countPairs(el: Element): { pairs: number; pairChars: number } {
  let pairs = 0;
  let pairChars = 0;
  for (const child of descendantElements(el)) {
    if (!isLabel(child)) continue;
    pairs++;
    pairChars += textLength(child) + textLength(child.nextElementSibling!);
  }
  return { pairs, pairChars };
}

/** A heading or a link that is not a count: the writer's name or title, which the panel leaves. */
function holdsName(box: Element): boolean {
  for (const el of descendantElements(box)) {
    if (/^h[1-6]$/.test(el.localName)) return true;
    if (el.localName === 'a' && !VALUE_ONLY.test(el.textContent ?? '')) return true;
  }
  return false;
}

/** The largest box around the label that holds two or more pairs and little else. */
function panelAround(label: Element, root: Element): Element | null {
  let found: Element | null = null;
  for (let box = label.parentElement, level = 0; box && box !== root && level < 4; box = box.parentElement, level++) {
    const { pairs, pairChars } = countPairs(box);
    if (textLength(box) > pairChars + pairs * 2 + MAX_PANEL_EXTRA_CHARS || holdsName(box)) break;
    if (pairs >= 2) found = box;
  }
  return found;
}

/* Examples: XenForo's `message-userExtras` (<dl class="pairs"><dt>Joined</dt><dd>…</dd></dl>),
   XenForo 1's `extraUserInfo` ("Messages:", "Likes Received:", "Trophy Points:"), FluxBB's
   "Registered: …" lines, Discourse-style "1,109 posts · Joined 2022", XenForo's "#2" permalinks. */
