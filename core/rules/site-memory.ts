import { collectMemoryBlocks, type MemoryBlock } from '../site-memory/blocks';
import { SEEN_ON_OTHER_ARTICLES, SITE_MEMORY_LIMITS } from '../site-memory/model';
import { normalizeWhitespace } from '../text/normalize';
import type { Candidate } from './rule';
import { defineRule } from './rule';

/** Guard: one block that is this share of the article is the article, however often it repeats. */
const MOST_OF_ARTICLE = 0.4;
/**
 * Guard: when repeated blocks would take more than this share of the article, the page is not an
 * article with boilerplate but the same article again (a new address for it) or an index page.
 */
const HOLLOWED_ARTICLE = 0.5;
/** A box around repeated blocks goes with them when what else it holds is this short (a button). */
const BOX_LEFTOVER_CHARS = 30;
/** A box holding media is not widened into: the picture may be the article's. */
const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, figure, table';

/**
 * Removes the blocks this site prints on many articles: a block whose fingerprint the site memory
 * saw on at least two *other* articles of the same site. Runs last, on what the generic rules left,
 * so it only catches the site's own wording that no rule knows. Which blocks qualify, and the
 * guards for prose and quotes, live in core/site-memory/blocks.ts; "always keep" is applied by the
 * pipeline like for every rule.
 */
export default defineRule({
  id: 'site-memory',
  kind: 'site-memory',
  phase: 'post',
  summary: 'Removes blocks this site repeats on every article (seen on at least two other articles), learned as you read.',
  collect(root, ctx) {
    const memory = ctx.siteMemory;
    if (!memory || !ctx.pageUrl) return [];
    const articleChars = normalizeWhitespace(root.textContent ?? '').length;
    if (!articleChars) return [];
    const blocks = collectMemoryBlocks(root);
    const seen = new Map<Element, number>();
    for (const block of blocks) {
      const count = memory.seenOn(block.fingerprint, ctx.pageUrl);
      if (count >= SEEN_ON_OTHER_ARTICLES && block.length <= articleChars * MOST_OF_ARTICLE) seen.set(block.element, count);
    }
    if (!seen.size) return [];
    const candidates = widenToBoxes(root, blocks, seen);
    const removedChars = candidates.reduce((sum, { element }) => sum + normalizeWhitespace(element.textContent ?? '').length, 0);
    if (removedChars > articleChars * HOLLOWED_ARTICLE) return [];
    return candidates;
  },
});

/**
 * Turns repeated blocks into candidates, widening each to the largest box around it that holds
 * nothing but repeated blocks and a few characters (a "Give" button, an icon label), so an appeal
 * box goes whole instead of leaving its button behind. Never widens to the article root.
 */
function widenToBoxes(root: Element, blocks: MemoryBlock[], seen: ReadonlyMap<Element, number>): Candidate[] {
  const byTarget = new Map<Element, number>();
  for (const [element, count] of seen) {
    let target = element;
    for (let parent = target.parentElement; parent && parent !== root && holdsOnlyRepeated(parent, blocks, seen); parent = parent.parentElement) {
      target = parent;
    }
    byTarget.set(target, Math.max(count, byTarget.get(target) ?? 0));
  }
  const targets = [...byTarget.keys()];
  return targets
    .filter((target) => !targets.some((other) => other !== target && other.contains(target)))
    .map((element) => {
      const count = byTarget.get(element)!;
      // The memory keeps only the last few article keys per block, so at that cap the count is a floor.
      const howMany = count >= SITE_MEMORY_LIMITS.articlesPerBlock ? `${count} or more` : String(count);
      return { element, reason: `Repeated on this site (seen on ${howMany} other articles)` };
    });
}

function holdsOnlyRepeated(box: Element, blocks: MemoryBlock[], seen: ReadonlyMap<Element, number>): boolean {
  if (box.querySelector(MEDIA)) return false;
  let repeatedChars = 0;
  for (const block of blocks) {
    if (!box.contains(block.element)) continue;
    if (!seen.has(block.element)) return false;
    repeatedChars += block.length;
  }
  const boxChars = normalizeWhitespace(box.textContent ?? '').length;
  return boxChars - repeatedChars <= BOX_LEFTOVER_CHARS;
}
