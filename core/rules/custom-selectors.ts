import type { Candidate } from './rule';
import { defineRule } from './rule';

/**
 * The reader's own CSS selectors (and the site's, from per-site settings), already validated by
 * the pipeline. They run on the whole page *before* Readability, because that is the page the
 * reader wrote them against (in the browser's inspector): Readability rewrites the article (divs
 * become paragraphs, wrappers go), so `.story-body > p:nth-of-type(2)` would mean something else
 * after it, and a box removed first can no longer sway Readability's choice of content. Pre-phase
 * removals leave no "show in place" placeholder; they are listed with the others.
 */

/** A match holding more than this share of the page's text is the article itself: kept. */
const MAX_SHARE_OF_PAGE = 0.6;

export default defineRule({
  id: 'custom-selectors',
  kind: 'custom',
  phase: 'pre',
  summary: 'Removes the elements matching your CSS selectors, before Readability reads the page.',
  collect(root, ctx) {
    if (ctx.customSelectors.length === 0) return [];
    const maxChars = (root.textContent ?? '').trim().length * MAX_SHARE_OF_PAGE;
    const candidates: Candidate[] = [];
    const seen = new Set<Element>();
    for (const selector of ctx.customSelectors) {
      for (const element of Array.from(root.querySelectorAll(selector))) {
        if (seen.has(element)) continue;
        seen.add(element);
        // An over-broad selector (`div`, `main`) must not empty the page the reader came to read.
        if (maxChars > 0 && (element.textContent ?? '').trim().length > maxChars) continue;
        candidates.push({ element, reason: `Matches your selector “${selector}”` });
      }
    }
    return candidates;
  },
});
