import { sharesOrFollows } from '../share-evidence';
import { nagWording } from '../text/nag-wording';
import type { ClutterKind } from '../types';

/**
 * The kind a removed block is listed and switched under, from what it says, when the rule that
 * found it could only tell it by a container's class, or by its being printed twice with a call to
 * action (`repeated-blocks`; a caption printed twice it lists as a caption). `promo-containers`
 * names a box after its marker (`promo`, `subscribe`, `social`), so a "Become a member… £3 a
 * month" appeal and a "Top Stories" list in a box called `promo` both came out as "Newsletter or
 * subscription promo". A box called `social` or `share` held, besides share rows, consent
 * placeholders for embeds, "Kommentieren" links, "Get the app" plugs, menus and counters, all of
 * them listed as a "share or follow bar". The label must name what the block is; the kind also
 * decides which switch keeps it.
 */

/** Asks for money or membership, in the eight languages the wording rules know. */
const APPEAL_WORDING = /\b(?:donat(?:e|es|ed|ion|ions|ing)|contribut(?:e|ion|ions|ing)|become an? (?:member|supporter|patron|friend)|support (?:us|our (?:journalism|work|reporting|newsroom))|our (?:members|supporters)|membership|patron(?:s|age)?|spende[nt]?|unterstützen sie|faire un don|soutenez|hazte socio|donativo|doa(?:r|ção)|sostienici|doneer|wesprzyj)\b/iu;
/** Names a newsletter or an email sign-up, which keeps a box a newsletter promo. */
const NEWSLETTER_WORDING = /\b(?:newsletters?|inbox|e-?mails?|sign(?:ing)? up|subscribe to (?:our|the) (?:daily|weekly|free)|abonnez-vous à (?:notre|la) lettre)\b/iu;
/** Opens like a list of other stories. */
const RELATED_HEADING = /^(?:top stories|top news|more (?:stories|news|from|on this|to read|like this)|most (?:read|popular|viewed|shared)|related(?: stories| articles| news| content| coverage)?|recommended(?: for you| stories)?|we recommend|you (?:may|might) also like|latest(?: news| stories| articles)?|popular(?: now| stories)?|trending(?: now)?|read (?:next|more)|what to read next|editor'?s picks|meistgelesen|lesen sie auch|lire aussi|à lire aussi|lee también|leia também|leggi anche|lees ook|czytaj też)\b/iu;

/** A comment link or count ("Kommentieren", "12 comments", "Komentuj (192)"). */
const COMMENT_WORDING = /\b(?:comments?|commenting|kommentar\w*|kommentieren|commentaires?|commenter|réagir|comentar\w*|comentários?|commenti|commenta|reacties|reageer|komentarz\w*|komentuj|skomentuj|disqus)\b/iu;
/** A plug for the publisher's app or podcast. */
const APP_OR_PODCAST_WORDING = /\b(?:(?:get|download) (?:the|our) (?:\w+ )?app|app store|google play|podcast)\b/iu;

/** `visibleText` is what a reader saw of `block`. */
export function correctedKind(kind: ClutterKind, visibleText: string, block: Element): ClutterKind {
  const text = visibleText.trim();
  if (kind === 'share') return sharingBoxKind(text, block);
  if (kind !== 'newsletter') return kind;
  if (RELATED_HEADING.test(text)) return 'related';
  if (APPEAL_WORDING.test(text) && !NEWSLETTER_WORDING.test(text)) return 'appeal';
  return kind;
}

/**
 * What a box printed twice with a call to action asks for: `repeated-blocks` knows it repeats, not
 * what it asks. "Before you go… please donate today" is a donation appeal to a reader, not a
 * "repeated block". Asked by that rule of its promo boxes only: a later copy of the story
 * (`duplicate-copies`) is a repeated block whatever the story mentions, and a repeated caption
 * about donations is a caption.
 */
export function repeatedBoxKind(visibleText: string): ClutterKind {
  const text = visibleText.trim();
  if (APPEAL_WORDING.test(text)) return 'appeal';
  if (NEWSLETTER_WORDING.test(text)) return 'newsletter';
  return 'repeated';
}

/** A block taken as a share or follow bar is one only if it shares or follows; else it is named by its words. */
function sharingBoxKind(text: string, block: Element): ClutterKind {
  if (nagWording(text)) return 'nag';
  if (sharesOrFollows(block)) return 'share';
  if (RELATED_HEADING.test(text)) return 'related';
  if (NEWSLETTER_WORDING.test(text)) return 'newsletter';
  if (APPEAL_WORDING.test(text)) return 'appeal';
  if (COMMENT_WORDING.test(text) || APP_OR_PODCAST_WORDING.test(text)) return 'prompt';
  // A menu, a byline, a counter, a "dark mode" switch: page furniture.
  return 'furniture';
}
