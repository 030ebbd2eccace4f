import { childElements } from '../walk';
import { foldText } from '../text/normalize';
import type { Candidate } from './rule';
import { defineRule } from './rule';

/**
 * The reader's own phrases. A phrase is plain text, matched case- and whitespace-insensitively
 * (`ctx.customPhrases` arrives folded by foldText) and never read as a regular expression, so
 * "Support us (today)" means exactly those characters. What goes is the smallest block holding the
 * phrase: one paragraph, list item or box, never the article around it.
 */

/** Elements a phrase may take whole; inline elements (a, strong, span) go with their block. */
const REMOVABLE_BLOCKS = new Set(['P', 'LI', 'DIV', 'SECTION', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'TR', 'FORM', 'FOOTER', 'HEADER', 'DETAILS', 'PRE', 'TABLE', 'UL', 'OL', 'DL']);
/** A block holding more than this share of the article's text is the article, not a promo in it. */
const MAX_SHARE_OF_ARTICLE = 0.5;

/**
 * Pushes onto `out` the smallest removable block around each occurrence of `phrase` under `el`.
 * Returns false when an occurrence has no removable block below `el` (it sits in inline text or
 * spans two children), so the caller takes `el` itself.
 */
function takeBlocksWith(el: Element, phrase: string, out: Element[], folded: (el: Element) => string): boolean {
  let found = false;
  let handled = true;
  for (const child of childElements(el)) {
    if (!folded(child).includes(phrase)) continue;
    found = true;
    if (takeBlocksWith(child, phrase, out, folded)) continue;
    if (REMOVABLE_BLOCKS.has(child.tagName)) out.push(child);
    else handled = false;
  }
  return found && handled;
}

export default defineRule({
  id: 'custom-phrases',
  kind: 'custom',
  phase: 'post',
  summary: 'Removes the smallest block holding one of your phrases (plain text, any case).',
  collect(root, ctx) {
    if (ctx.customPhrases.length === 0) return [];
    // Each element's text is folded once, however many phrases the reader has (thousands, at worst).
    const foldedText = new Map<Element, string>();
    const folded = (el: Element): string => {
      let text = foldedText.get(el);
      if (text === undefined) foldedText.set(el, (text = foldText(el.textContent ?? '')));
      return text;
    };
    const maxChars = folded(root).length * MAX_SHARE_OF_ARTICLE;
    const candidates: Candidate[] = [];
    const taken = new Set<Element>();
    for (const phrase of ctx.customPhrases) {
      const blocks: Element[] = [];
      takeBlocksWith(root, phrase, blocks, folded);
      for (const block of blocks) {
        if (taken.has(block) || folded(block).length > maxChars) continue;
        taken.add(block);
        candidates.push({ element: block, reason: `Contains your phrase “${phrase}”` });
      }
    }
    return candidates;
  },
});
