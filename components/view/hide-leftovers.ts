/**
 * Page chrome that survives sanitising because it is made of allowed parts, hidden in the view
 * (not removed, so Ctrl+F and "show in place" see the same article the engine returned):
 * - labels written for screen readers next to a picture ("Image copyright", "Image caption",
 *   "Media caption"): the page hid them visually with a class, which the sanitiser drops, so they
 *   stood alone under images;
 * - a lightbox's icons (expand, info): small SVGs left in a figure once their buttons were
 *   removed. Drawings and charts are larger, or carry a title, and stay;
 * - a gallery's list bullets and indent: a list whose every item is a picture is marked
 *   `data-qr-gallery` and drawn as pictures alone (view.css). CSS cannot tell this by itself,
 *   because `:has()` does not nest ("every item holds a picture").
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
  for (const list of [root, ...Array.from(root.querySelectorAll('ul, ol'))]) {
    if (isGallery(list)) list.setAttribute('data-qr-gallery', '');
  }
}

const PICTURE = 'img, picture, figure, video';

/** A list of pictures: every item holds one, and no item has words of its own beyond a caption. */
function isGallery(list: Element): boolean {
  if (list.localName !== 'ul' && list.localName !== 'ol') return false;
  const items = Array.from(list.children).filter((child) => child.localName === 'li');
  return items.length > 0 && items.every((item) => item.querySelector(PICTURE) !== null && wordsOutsideCaptions(item) <= 12);
}

function wordsOutsideCaptions(item: Element): number {
  let words = 0;
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('figcaption')) continue;
    words += (node.nodeValue ?? '').split(/\s+/).filter(Boolean).length;
  }
  return words;
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
