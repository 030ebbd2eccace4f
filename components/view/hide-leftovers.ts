/**
 * Page chrome that survives sanitising because it is made of allowed parts, hidden in the view
 * (not removed, so Ctrl+F and "show in place" see the same article the engine returned):
 * - labels written for screen readers next to a picture ("Image copyright", "Image caption",
 *   "Media caption"): the page hid them visually with a class, which the sanitiser drops, so they
 *   stood alone under images;
 * - a lightbox's icons (expand, info): small SVGs left in a figure once their buttons were
 *   removed. Drawings and charts are larger, or carry a title, and stay.
 */
const SCREEN_READER_LABEL = /^(?:image|media|photo|picture|video)\s+(?:copyright|caption|credit|source)s?:?$/i;
const ICON_MAX_PX = 32;

export function hideLeftovers(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('span, p, div, strong, em, b, dt'))]) {
    if (el.children.length === 0 && SCREEN_READER_LABEL.test((el.textContent ?? '').trim())) el.setAttribute('hidden', '');
  }
  for (const svg of Array.from(root.querySelectorAll('svg'))) {
    if (isLightboxIcon(svg)) svg.setAttribute('hidden', '');
  }
}

function isLightboxIcon(svg: SVGElement): boolean {
  if (!svg.closest('figure, picture') && !svg.parentElement?.querySelector(':scope > img, :scope > picture')) return false;
  if (svg.querySelector('title, text') || (svg.textContent ?? '').trim()) return false;
  const size = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '');
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = size('width') || viewBox[2] || Number.NaN;
  const height = size('height') || viewBox[3] || Number.NaN;
  return width <= ICON_MAX_PX && height <= ICON_MAX_PX;
}
