/**
 * While the view is open only the view scrolls: the page's own scrollbars (and a horizontal one
 * on pages wider than the window) showed beside the view's. `overflow: hidden` on <html> and
 * <body>, inline and `!important` so no page rule wins; on release each element's `style`
 * attribute is put back exactly as it was (absent stays absent), and the page's scroll position,
 * which `overflow: hidden` keeps, is restored by the caller anyway.
 */
export function lockPageScroll(doc: Document): () => void {
  const elements = [doc.documentElement, doc.body].filter((el): el is HTMLElement => el != null && 'style' in el);
  const saved = elements.map((el) => ({ el, style: el.getAttribute('style') }));
  for (const el of elements) el.style.setProperty('overflow', 'hidden', 'important');
  return () => {
    for (const { el, style } of saved) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
  };
}
