import { linksOf } from '../link-density';
import { textLength } from '../prose';
import { wholeTextRegex } from '../text/phrases';
import { holdsPicture, SHARE_HREF, SOCIAL_LABEL_TOKENS, SOCIAL_NETWORK, SOCIAL_PROFILE_HREF } from '../share-evidence';
import { labelTokens } from '../tokens';
import { defineRule, type Candidate } from './rule';
import { closestNamed, containsElement, descendantElements, hasDescendantNamed } from '../walk';

/**
 * Share and follow bars left in the article: "Share on Facebook", "Follow us on …", "Teilen",
 * and link rows to social networks (by the link's address or its label). A bar is short; the
 * rule takes the largest ancestor that is still only the bar, never a paragraph with a sentence
 * around the links (an author bio that mentions Twitter is judged by the wording rules).
 */
/** A whole short label that is a share or follow prompt. */
export const SHARE_LABEL = wholeTextRegex([
  'share(?: (?:this|the|on|via|to|article|story|post|page)\\b.{0,40})?', 'share this(?: article| story| post)?', 'sharing is caring', 'tweet(?: this)?', 'pin(?: it)?', 'e-?mail(?: this)?', 'print(?: this)?', 'copy link', 'link (?:copied|kopiert)',
  'follow us(?: on .{0,60})?', 'follow (?:@?\\S+ )?on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube).{0,80}',
  '(?:artikel |beitrag )?teilen(?: auf .{0,30})?', 'den artikel (?:mit anderen )?teilen.{0,30}', 'folgen sie uns(?: auf .{0,40})?', 'folge uns(?: auf .{0,40})?',
  'partager(?: (?:sur|cet article|l[’\']article).{0,30})?', 'suivez-nous(?: sur .{0,40})?',
  'compartir(?: (?:en|este artículo|la noticia).{0,30})?', 'compártelo', 'síguenos(?: en .{0,40})?',
  'compartilhar(?: (?:no|este artigo).{0,30})?', 'compartilhe', 'siga-nos(?: no .{0,40})?',
  'condividi(?: (?:su|questo articolo).{0,30})?', 'seguici(?: su .{0,40})?',
  'delen(?: (?:op|dit artikel).{0,30})?', 'deel (?:dit artikel|op .{0,30})', 'volg ons(?: op .{0,40})?',
  'udostępnij(?: (?:na|artykuł).{0,30})?', 'obserwuj nas(?: na .{0,40})?',
  // "Liked the article? Don't forget to share it!": a short question, then the ask.
  `(?:[^.!?]{1,40}\\? )?(?:${[
    'don[’\']t forget to share(?: (?:it|this|the article|the post))?', 'please share(?: (?:it|this|the article))?', '(?:vergiss|vergessen sie) nicht,? (?:ihn |es |den artikel |den beitrag )?zu teilen', 'n[’\']oubliez pas de (?:le )?partager',
    'no olvides compartir(?:lo)?', 'não se esqueça de compartilhar', 'non dimenticare di condivider(?:e|lo)', 'vergeet niet (?:het )?te delen', 'nie zapomnij (?:go )?udostępnić',
  ].join('|')})`,
]);
/** A follow line naming networks: "Follow The Gazette on Twitter and Instagram @gazette", "Join the Facebook group – facebook.com/groups/…". */
const FOLLOW_LINE = /^\W{0,3}(?:\p{L}+ ){0,6}?(?:follow|folgen sie|folge|suivez|síguenos|siga|seguici|volg|obserwuj|join|rejoignez|rejoins|únete|junte-se|unisciti|dołącz)\b.{0,80}?\b(?:facebook|twitter|x|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp)\b/iu;
/** A handle, a profile link or "us" makes a follow line an invitation rather than story text. */
const FOLLOW_TARGET = /(?:^|\s)@[\w.]+|\b(?:us|me|uns|mir|nous|nos|nosotros|ci|ons|nas)\b/iu;
const MAX_BAR_CHARS = 160;
const MAX_BAR_CHILDREN = 14;
const MAX_FOLLOW_LINE_CHARS = 260;
const BLOCK_TAGS = new Set(['p', 'div', 'ul', 'ol', 'li', 'section', 'aside', 'footer', 'nav', 'span', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'header', 'strong', 'b']);

export default defineRule({
  id: 'share-bars',
  kind: 'share',
  phase: 'post',
  summary: 'Removes share and follow bars: “Share on Facebook”, “Follow us on …” (8 languages) and rows of links to social networks.',
  collect(root) {
    const candidates: Candidate[] = [];
    const taken: Element[] = [];
    for (const el of descendantElements(root)) {
      // A bar is a handful of links and a label: skip big containers before measuring their text.
      if (!BLOCK_TAGS.has(el.localName) || el.childElementCount > MAX_BAR_CHILDREN || taken.some((t) => containsElement(t, el))) continue;
      const reason = shareReason(el);
      // A photo with a "Pin it" or "Share" button over it: the button goes, the photo stays.
      if (!reason || holdsPicture(el)) continue;
      const bar = widenToBar(el, root);
      if (taken.some((t) => containsElement(bar, t))) continue;
      taken.push(bar);
      candidates.push({ element: bar, reason });
    }
    return candidates;
  },
});

function shareReason(el: Element): string | null {
  const n = textLength(el);
  if (n > MAX_FOLLOW_LINE_CHARS || closestNamed(el, 'table', 'blockquote', 'figcaption')) return null;
  const text = el.textContent ?? '';
  if (n <= MAX_BAR_CHARS && SHARE_LABEL.test(text)) return `A share or follow prompt (“${text.replace(/\s+/g, ' ').trim().slice(0, 40)}”)`;
  if ((el.localName === 'p' || el.localName === 'div') && FOLLOW_LINE.test(text.trim()) && (FOLLOW_TARGET.test(text) || linksOf(el).some((a) => SOCIAL_PROFILE_HREF.test(a.getAttribute('href') ?? '')))) {
    return 'A “follow us” line naming social networks';
  }
  if (n <= MAX_BAR_CHARS && isSocialLinkRow(el)) return 'A row of share links to social networks';
  return null;
}

/** Two or more links, every one of them to a share endpoint or a social profile, or labelled so. */
function isSocialLinkRow(el: Element): boolean {
  const links = linksOf(el);
  if (links.length < 2) return false;
  let linkChars = 0;
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    if (!SHARE_HREF.test(href) && !SOCIAL_PROFILE_HREF.test(href) && !SOCIAL_LABEL_TOKENS.test(labelTokens(link)) && !SOCIAL_NETWORK.test(link.textContent ?? '')) return false;
    linkChars += textLength(link);
  }
  // Text outside the links may only be a short label ("Share:").
  return textLength(el) - linkChars <= 30;
}

/** Grows the bar to its largest ancestor that holds nothing but the bar (≤ MAX_BAR_CHARS). */
function widenToBar(el: Element, root: Element): Element {
  let bar = el;
  const own = textLength(el);
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    if (up.localName === 'p' && own < textLength(up)) break;
    const n = textLength(up);
    if (n > MAX_BAR_CHARS || n > own + 20 || hasDescendantNamed(up, 'img', 'picture', 'video', 'table', 'blockquote')) break;
    bar = up;
  }
  return bar;
}

/* Examples: WordPress `sharedaddy` rows, Substack "Share The Ledger Line" buttons, "Follow The
   Gleaner on Twitter and Instagram …" lines, AddToAny kits. */
