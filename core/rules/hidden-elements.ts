import { isCollapsedPanel } from '../collapsed-panels';
import { hiddenReason } from '../hidden';
import { holdsMuchProse } from '../prose';
import { defineRule, type Candidate } from './rule';
import { containsElement } from '../walk';

/**
 * Elements the page hides from readers: the `hidden` attribute, `aria-hidden="true"` and inline
 * `display:none` / `visibility:hidden` (lightbox copies, carousel clones, collapsed sign-up forms,
 * screen-reader-less duplicates). Readability skips the same nodes; doing it here first records
 * them for "what was removed" and lets the other pre rules and Readability work on less.
 *
 * Guards:
 * - `holdsMuchProse`: consent and paywall overlays set `aria-hidden` or `display:none` on the
 *   article wrapper while the dialog is open; a hidden subtree with much of the page's prose stays
 *   (recover-lost-text then un-hides it so Readability keeps it too).
 * - `isCollapsedPanel`: an accordion's closed sections (a heading's control opens them) are the
 *   story's own text; recover-lost-text opens them.
 * - `aria-hidden` on inline phrasing (a drop cap `<span aria-hidden>W</span>hen`, an icon inside a
 *   link) hides a visual duplicate of text that is still read; only block-level elements go.
 * - MathML / SVG fallbacks (`fallback-image`, as Readability does for Wikipedia maths) stay.
 */
const HAS_TEXT = /\S/;
/**
 * The attributes `hiddenReason` reads: only elements carrying one can be hidden. The browser's
 * selector engine finds them in one native pass, where asking every element of the page for its
 * attribute names was most of this rule's time in Chromium.
 */
const MAY_HIDE = '[hidden], [style], [aria-hidden]';
const NEVER_HIDDEN_TAGS = new Set(['html', 'body', 'head', 'template', 'noscript', 'script', 'style']);

export default defineRule({
  id: 'hidden-elements',
  kind: 'hidden',
  phase: 'pre',
  summary: 'Removes elements the page hides (hidden, aria-hidden blocks, inline display:none) unless they hold the story.',
  collect(root) {
    const candidates: Candidate[] = [];
    let lastTaken: Element | null = null;
    // Document order, as a walk of the page gives them (and only elements still in it).
    for (const el of root.querySelectorAll(MAY_HIDE)) {
      if (lastTaken && containsElement(lastTaken, el)) continue;
      if (NEVER_HIDDEN_TAGS.has(el.localName)) continue;
      const reason = hiddenReason(el);
      // Empty hidden elements (icons, pixels, closed slots) change no text and would only cost a
      // removal record: Readability drops them anyway.
      if (!reason || !HAS_TEXT.test(el.textContent ?? '') || holdsMuchProse(el, root) || isCollapsedPanel(el)) continue;
      candidates.push({ element: el, reason });
      lastTaken = el;
    }
    return candidates;
  },
});

/* Examples: WordPress lightbox markup (`<div class="lightbox" hidden>`), slick carousel clones
   (`aria-hidden="true"`), Newspack collapsed forms (`style="display:none"`). */
