import { isProtectedByPlace } from '../promo-evidence';
import { collectTextBlocks } from '../text/blocks';
import { isDateStamp } from '../text/date-line';
import { defineRule, type Candidate } from './rule';

/**
 * Date stamps printed above or below the story ("Updated on June 18, 2025 at 12:35 PM", "By Jane
 * Roe · 15 Dec, 2025 · 5 min read") when the reading view's header already shows the page's date.
 * An "Updated" stamp may carry a later date than the header's; like every removal it is listed
 * with "show in place". A name on the line must be the header's byline, so no writer is lost.
 * Only at the article's edges, before its first paragraph of prose or after its last, so a dated
 * entry of a live blog or a timeline in the story stays; never in a table, list or caption.
 * Labelled whole-page main content (wcxb-dev) leaves such lines out: of the date-only lines at the
 * edges of the engine's training-site articles, 50 of 55 lie outside it.
 */

/** A paragraph of this many words is prose; date stamps sit before the first or after the last. */
const PROSE_WORDS = 20;
const MAX_LINE_WORDS = 16;

export default defineRule({
  id: 'date-lines',
  kind: 'furniture',
  phase: 'post',
  summary: 'Removes date stamps (“Updated on June 18, 2025”, 8 languages) above or below the story when the reading view’s header shows the page’s date.',
  collect(root, ctx) {
    if (!ctx.publishedTime) return [];
    const blocks = collectTextBlocks(root);
    const first = blocks.findIndex((block) => block.words >= PROSE_WORDS);
    if (first < 0) return [];
    const last = blocks.findLastIndex((block) => block.words >= PROSE_WORDS);
    const candidates: Candidate[] = [];
    for (const [index, block] of blocks.entries()) {
      if (index >= first && index <= last) continue;
      if (block.words > MAX_LINE_WORDS || block.element.localName === 'h1' || !isDateStamp(block.text, ctx.byline) || isProtectedByPlace(block, root)) continue;
      candidates.push({ element: block.element, reason: 'A date line (the header shows the page’s date)' });
    }
    return candidates;
  },
});
