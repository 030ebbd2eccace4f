import { hiddenReason } from './hidden';
import { linkDensity } from './link-density';
import { proseChars } from './prose';

/**
 * A collapsed accordion panel: story text the page shows when the reader opens a section by its
 * heading (a guide's steps, a buying guide's sections, a FAQ's answers). The page hides it until
 * then with `hidden`, `aria-hidden` or an inline `display:none`, and Readability, like the
 * hidden-elements rule, would drop it. A reading view shows it open.
 *
 * Recognised by the WAI-ARIA accordion pattern, not by class names: the hidden element has an id
 * that a heading's control names (`<h3><button aria-controls="faq-2">…</button></h3>`, or the
 * control holds a heading: `<a role="button" aria-controls="faq-2"><span role="heading">`).
 * A menu's toggle is no heading; a dialog is never a panel; and the panel must hold prose.
 */
const MIN_PANEL_PROSE_CHARS = 80;
const MAX_PANEL_LINK_DENSITY = 0.3;
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const DIALOG_SELECTOR = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** True when `el` is hidden, holds prose, and a heading on the page opens it. */
export function isCollapsedPanel(el: Element): boolean {
  const id = el.id;
  if (!id || !hiddenReason(el)) return false;
  if (proseChars(el) < MIN_PANEL_PROSE_CHARS || linkDensity(el) > MAX_PANEL_LINK_DENSITY) return false;
  if (el.matches(DIALOG_SELECTOR) || el.closest(DIALOG_SELECTOR)) return false;
  return controlsOf(el.ownerDocument, id).some(isHeadingControl);
}

const controlsByDocument = new WeakMap<Document, Map<string, Element[]>>();

/** The elements that name `id` in their `aria-controls` (a space-separated list of ids). */
function controlsOf(doc: Document, id: string): Element[] {
  // One query per document, made only when a hidden element with an id and prose asks: an FAQ
  // page can have dozens of closed panels. No rule changes `aria-controls` during a clean.
  let byId = controlsByDocument.get(doc);
  if (!byId) {
    byId = new Map();
    for (const control of doc.querySelectorAll('[aria-controls]')) {
      for (const named of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) {
        if (named) byId.set(named, [...(byId.get(named) ?? []), control]);
      }
    }
    controlsByDocument.set(doc, byId);
  }
  return byId.get(id) ?? [];
}

function isHeadingControl(control: Element): boolean {
  return !!(control.closest(HEADING_SELECTOR) || control.querySelector(HEADING_SELECTOR));
}
