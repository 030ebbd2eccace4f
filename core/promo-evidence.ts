import { isContentListItem, isInContentStructure } from './guards/is-content-structure';
import { isEditorialNote } from './guards/is-editorial-note';
import { isPullQuote } from './guards/is-pull-quote';
import { isQuotedSpeech } from './guards/is-quoted-speech';
import type { TextBlock } from './text/blocks';
import { findLinkToken, findMarkerToken } from './text/blocks';
import { READER_ADDRESS } from './text/phrases';

/**
 * The evidence a wording rule weighs for one block. A promo is short, addressed to the reader (or
 * speaks as "we" the publisher), asks for something (often with a price), links to a donate or
 * subscribe address and sits in a box marked as such; a paragraph of the story is long, reports
 * speech and asks nothing. No single signal decides: the rule's own wording (an "ask") must be
 * there, or a link or marker must back it up.
 */

/** Prices and amounts: $15, 99¢, €1, 1 €, 5 Euro, 6 euros, 10 zł. */
const PRICE = /[$€£]\s?\d|\d\s?(?:[$€£¢]|euros?\b|eur\b|zł|złotych|pln\b|dollars?\b|cents?\b|reais\b|r\$)/iu;

/** Longest block that a link plus promo vocabulary may judge without an ask or a marked box. */
const MAX_UNASKED_LINK_WORDS = 40;

export interface PromoSignals {
  /** The rule's asks: wording that on its own means "this addresses the reader". */
  ask: RegExp;
  /** Supporting wording that means nothing alone ("nonprofit newsroom", "twice a month"). */
  context: RegExp;
  /** Whole id/class/data tokens of a promo box ("donate", "newsletter", "paywall"). */
  markers: ReadonlySet<string>;
  /** Whole tokens of link addresses ("donate", "subscribe", "newsletters"). */
  linkTokens: ReadonlySet<string>;
}

/** Blocks no wording rule may take: pull quotes, captions, table cells, editor's notes. */
export function isProtectedBlock(block: TextBlock, root: Element): boolean {
  return isProtectedByPlace(block, root) || isEditorialNote(block.text);
}

/** Pull quotes, captions and table cells: protected by where they sit, whatever they say. */
export function isProtectedByPlace(block: TextBlock, root: Element): boolean {
  return isPullQuote(block.element, root) || isInContentStructure(block.element, root);
}

/**
 * What matched, when the block reads as this rule's promo; null when it does not. `onTopic` (the
 * story is about this very thing; a function, since reading the whole story is asked only of the
 * few blocks that get this far) raises the bar, so a fundraiser story keeps its paragraphs;
 * `trailing` (no story prose follows) lowers it a little.
 */
export function judgePromoBlock(block: TextBlock, root: Element, signals: PromoSignals, onTopic: () => boolean, trailing: boolean): string | null {
  const { element, text, words } = block;
  const askMatch = signals.ask.exec(text);
  const ask = askMatch?.[0];
  const marker = findMarkerToken(element, root, signals.markers);
  const link = findLinkToken(element, signals.linkTokens);
  if (!ask && !marker && !link) return null;
  // An ask that *opens* a short block is a slogan or a button: "Donate", "Soutenez le journalisme local."
  const slogan = askMatch !== null && askMatch.index <= 2 && words <= 12;
  const context = signals.context.test(text);
  // An ask alone is not enough: "You can sign up for the vaccine at the pharmacy" asks too. It
  // needs the promo's own vocabulary, a donate/subscribe link or box, or the shape of a button.
  if (!context && !link && !marker && !slogan) return null;
  // A link without an ask or a marked box is the weakest evidence: a story's own sentence links to
  // a mailing list, a support page or the newsroom's donate page ("wir freuen uns über Spenden"
  // closing a research note). Alone it never decides; with the promo's vocabulary it may, in a
  // short block only.
  if (!ask && !marker && (!context || words > MAX_UNASKED_LINK_WORDS)) return null;
  if (isProtectedBlock(block, root)) return null;
  let score = 0;
  if (ask) score += 2;
  if (slogan) score += 1;
  if (context) score += 1;
  if (READER_ADDRESS.test(text)) score += 1;
  if (PRICE.test(text)) score += 1;
  if (link) score += 2;
  if (marker) score += 2;
  if (words <= 40) score += 1;
  if (words > 80) score -= 2;
  // After the story's last paragraph is where promos pile up (see hasFollowingProse).
  if (trailing) score += 1;
  if (isQuotedSpeech(text)) score -= 3;
  if (onTopic()) score -= 2;
  return score >= 4 ? (ask ?? `a “${marker ?? link}” box`) : null;
}

/** Drops judged list items whose list is content (see isContentListItem). */
export function keepContentLists(flagged: Map<Element, string>): Map<Element, string> {
  for (const element of [...flagged.keys()]) {
    if (isContentListItem(element, (item) => flagged.has(item))) flagged.delete(element);
  }
  return flagged;
}
