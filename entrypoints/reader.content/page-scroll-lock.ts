/**
 * While the view is open only the view scrolls: the page's own scrollbars (and a horizontal one
 * on pages wider than the window) showed beside the view's. `overflow: hidden` on <html> and
 * <body>, inline and `!important` so no page rule wins; on release each element's `style`
 * attribute is put back exactly as it was (absent stays absent), and the page's scroll position,
 * which `overflow: hidden` keeps, is restored by the caller anyway.
 *
 * The lock is written as the `style` attribute's text, not through the element's CSSOM
 * (`el.style.setProperty`): Chromium writes a CSSOM change back to the attribute lazily, and when
 * nothing reads the attribute before `removeAttribute('style')`, it is left as `style=""` — the
 * page's DOM no longer as it was (tests/e2e/clean-view-action.test.ts, Esc).
 */
export function lockPageScroll(doc: Document): () => void {
  const elements = [doc.documentElement, doc.body].filter((el): el is HTMLElement => el != null && 'style' in el);
  const saved = elements.map((el) => ({ el, style: el.getAttribute('style') }));
  for (const { el, style } of saved) el.setAttribute('style', withOverflowHidden(doc, style));
  return () => {
    for (const { el, style } of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
  };
}

/** `style` with `overflow: hidden !important` added, merged by a detached element's CSSOM as the browser merges declarations. */
function withOverflowHidden(doc: Document, style: string | null): string {
  const scratch = doc.createElement('div');
  if (style !== null) scratch.setAttribute('style', style);
  scratch.style.setProperty('overflow', 'hidden', 'important');
  return scratch.style.cssText;
}
