import { visibleText } from './removals/visible-text';
import { phraseRegex } from './text/phrases';
import { tokenPattern, labelTokens } from './tokens';
import { descendantElements, hasDescendantNamed } from './walk';

/**
 * What makes a block a share or follow bar. Sites name by the same words (`share`, `social`) a
 * share row, a photo with a "Pin it" button over it, a consent placeholder for an embedded post,
 * a comment link and a menu. share-bars leaves the photo (only its button goes), and
 * core/removals/relabel.ts lists a block that neither shares nor follows under what it is.
 */
/** Share endpoints: a link that shares the page. */
export const SHARE_HREF = /(?:facebook\.com\/(?:sharer|share|dialog)|(?:twitter|x)\.com\/(?:intent|share)|linkedin\.com\/(?:share|shareArticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|wa\.me\/|whatsapp:\/\/|api\.whatsapp\.com\/send|t\.me\/share|telegram\.me\/share|flipboard\.com\/bookmarklet|bsky\.app\/intent|mailto:\?|mailto:[^"]*[?&]subject=|addtoany\.com\/share|xing\.com\/spi\/shares)/i;
/** An address on a social network (a profile, a page, a post). */
export const SOCIAL_PROFILE_HREF = /^https?:\/\/(?:www\.)?(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest|threads|bsky|t)\.(?:com|net|app|me)\//i;
/** Any site's own share endpoint (`/share?u=…`, `/sharer.php`, `/intent/tweet`). */
const SHARE_PATH = /^(?:https?:\/\/[^/]+)?\/(?:[^?#]*\/)?(?:share|sharer|sharing|intent\/tweet)(?:[/?#.]|$)/i;
/** A profile itself: one path segment (`/handle`, `/@handle`), not one post on it (`/handle/status/1…`). */
const PROFILE_PATH = /^https?:\/\/[^/]+\/@?[\w.-]+\/?(?:[?#].*)?$/;
export const SOCIAL_NETWORK = phraseRegex(['facebook', 'twitter', 'x\\.com', 'instagram', 'linkedin', 'whatsapp', 'telegram', 'threads', 'bluesky', 'mastodon', 'tiktok', 'youtube', 'pinterest', 'reddit', 'flipboard', 'xing']);
export const SOCIAL_LABEL_TOKENS = tokenPattern(['share', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'pinterest', 'reddit', 'telegram', 'email', 'e mail', 'print', 'copy link', 'bluesky', 'threads', 'flipboard', 'xing']);
/** Words of a share or follow control, in the eight languages the wording rules know. */
const SHARE_OR_FOLLOW_WORDING = phraseRegex([
  'share\\w*', 'sharing', 'tweet', 'retweet', 'pin(?: it)?', 'follow(?: us)?', 'e-?mail', 'print', 'copy link', 'link copied', 'social media', 'empfehlen', 'empfiehl\\w*',
  'teile\\w*', 'teilen', 'geteilt', 'folge\\w*', 'verlinken', 'drucken', 'link kopieren', 'soziale\\w* (?:medien|netzwerke\\w*)',
  'partag\\w+', 'suivez', 'imprimer', 'réseaux sociaux', 'compart\\w+', 'síguenos', 'seguinos', 'sígue\\w*', 'seguir', 'enlace copiado', 'redes sociales', 'imprimir', 'siga',
  'condivid\\w+', 'seguici', 'stampa', 'delen', 'deel', 'volg', 'udostępnij', 'obserwuj',
]);
/** Elements whose words are not the box's own: a post quoted in it, a caption. */
const QUOTED = new Set(['blockquote', 'figcaption']);
const ICON_PX = 64;
const PICTURE_PX = 100;
/** An image that is a control or a brand mark, by its address or its text alternative. */
const ICON_NAME = /(?:^|[\W_])(?:icons?|iconmonstr|logos?|sprites?|avatar|default[\W_]user|button|btn|loading|spinner|pixel|share|social|facebook|twitter|pinterest|pinit|whatsapp|linkedin|instagram|youtube|telegram|reddit|mastodon|rss|mail|print)(?:[\W_]|$)/i;

function outsideQuotes(root: Element): Element[] {
  return [root, ...descendantElements(root)].filter((el) => {
    for (let at: Element | null = el; at && at !== root; at = at.parentElement) if (QUOTED.has(at.localName)) return false;
    return true;
  });
}

/** A link that shares the page, or leads to a profile on a network, or is labelled with one. */
function isShareOrFollowLink(el: Element): boolean {
  const href = el.getAttribute('href');
  if (href === null) return false;
  if (SHARE_HREF.test(href) || SHARE_PATH.test(href) || (SOCIAL_PROFILE_HREF.test(href) && PROFILE_PATH.test(href))) return true;
  return SOCIAL_LABEL_TOKENS.test(labelTokens(el)) || SOCIAL_NETWORK.test(el.textContent ?? '');
}

/**
 * Whether the block asks the reader to share the page or follow the publisher: a share or profile
 * link, or share or follow wording, outside any post or caption it quotes.
 */
export function sharesOrFollows(block: Element): boolean {
  const own = outsideQuotes(block);
  if (own.some(isShareOrFollowLink)) return true;
  const text = visibleText(hasDescendantNamed(block, 'blockquote', 'figcaption') ? withoutQuotes(block) : block);
  return SHARE_OR_FOLLOW_WORDING.test(text) || SOCIAL_NETWORK.test(text);
}

/** A copy of `block` without the posts and captions it quotes. */
function withoutQuotes(block: Element): Element {
  const copy = block.cloneNode(true) as Element;
  for (const quoted of Array.from(copy.querySelectorAll('blockquote, figcaption'))) quoted.remove();
  return copy;
}

/** Whether the block holds a picture a reader looks at (a photo, a screenshot, a video), not an icon. */
export function holdsPicture(block: Element): boolean {
  return [block, ...descendantElements(block)].some((el) => {
    if (el.localName === 'video') return true;
    if (el.localName !== 'img') return false;
    const width = Number.parseInt(el.getAttribute('width') ?? '', 10);
    const height = Number.parseInt(el.getAttribute('height') ?? '', 10);
    if (width <= ICON_PX || height <= ICON_PX) return false;
    const named = `${el.getAttribute('src') ?? ''} ${el.getAttribute('alt') ?? ''}`;
    if (ICON_NAME.test(named)) return false;
    // Without a size, a photo shows by where it sits (a picture, a figure) or by not being a drawing.
    if (Number.isNaN(width) && Number.isNaN(height)) return el.closest('picture, figure') !== null || !/\.(?:svg|gif)(?:[?#]|$)|^data:/i.test(el.getAttribute('src') ?? '');
    return width >= PICTURE_PX || height >= PICTURE_PX;
  });
}
