import { textLength } from '../prose';
import { foldText } from '../text/normalize';
import { wholeTextRegex } from '../text/phrases';
import { elementTokens, tokenPattern } from '../tokens';
import { defineRule, type Candidate } from './rule';
import { descendantElements, childElements, closestNamed, hasDescendantNamed } from '../walk';

/**
 * Lightbox chrome and captions or credits printed twice in the article. Image viewers add
 * "Enlarge this image", "Open gallery", "toggle caption", a "1 / 12" counter and a second copy
 * of the caption and credit for the full-screen view; Readability keeps them as text.
 * The first copy of a caption or credit stays (it is content), later copies go.
 */
export const LIGHTBOX_CHROME = wholeTextRegex([
  'enlarge(?: this)?(?: image| photo| picture)?', 'expand(?: image| photo)?', 'zoom(?: in)?', 'full ?screen', 'view (?:full ?screen|larger|large|full size|image|photo)', 'click to enlarge', 'tap to enlarge',
  '(?:open|view|see|launch|show) (?:the )?(?:gallery|slideshow|all photos|all images|photos|images)(?: \\(?\\d+\\)?)?', '(?:view|see|show) all \\d+ (?:photos|images|pictures)', '\\d+ (?:photos|images|pictures)',
  '(?:toggle|show|hide) caption', 'close(?: gallery| lightbox| image)?', 'previous(?: image| photo)?', 'next(?: image| photo)?', 'prev',
  'click (?:on )?(?:the )?(?:image|photo|picture) to enlarge', '(?:zum vergrößern|klicken sie zum vergrößern)(?: (?:auf das|aufs) (?:bild|foto)(?: klicken)?)?', 'vergrößern', 'bild vergrößern', 'foto vergrößern', 'galerie (?:öffnen|ansehen)', 'zur (?:bilder)?galerie', 'bildergalerie', 'vollbild', 'schließen', 'zurück', 'weiter',
  'agrandir(?: l[’\']image| la photo)?', '(?:ouvrir|voir) (?:la )?galerie', 'voir les photos', 'plein écran', 'fermer',
  'ampliar(?: imagen| foto)?', '(?:abrir|ver) (?:la )?galería', 'ver fotos', 'pantalla completa', 'cerrar',
  'ampliar', '(?:abrir|ver) (?:a )?galeria', 'ecrã inteiro', 'tela cheia', 'fechar',
  'ingrandisci(?: immagine| foto)?', '(?:apri|vedi) (?:la )?galleria', 'schermo intero', 'chiudi',
  'vergroot(?: afbeelding)?', 'vergroten', '(?:open|bekijk) (?:de )?(?:galerij|fotoserie)', 'volledig scherm', 'sluiten',
  'powiększ(?: zdjęcie)?', '(?:otwórz|zobacz) galerię', 'pełny ekran', 'zamknij',
]);
/**
 * "Buy Photo", "Buy Now", "Foto kaufen": a photo desk's link to sell a print of the picture, set
 * under each photo by some newspaper systems. It sells the picture, it does not describe it.
 * "Buy now" alone is a shop's button everywhere else, so it counts only in an image context.
 */
export const PHOTO_SALE = wholeTextRegex([
  'buy (?:this )?(?:photo|image|picture)s?', '(?:buy|order|purchase) (?:a )?photo (?:print|reprint)s?', 'purchase (?:this )?(?:photo|image)', 'photo reprints?',
  '(?:foto|bild) kaufen', 'acheter (?:cette |la )?(?:photo|image)', 'comprar (?:esta |la |a )?(?:foto|imagen|fotografía|fotografia)',
  'acquista (?:questa |la )?foto', '(?:foto|afbeelding) kopen', 'kup (?:to )?zdjęcie',
]);
// "Order Reprints" in a story's footer sells the article: only under a picture is it the photo's.
const PHOTO_SALE_IN_CONTEXT = wholeTextRegex(['buy now', '(?:buy|order|purchase) (?:a )?(?:print|reprint)s?', 'jetzt kaufen', 'acheter', 'comprar', 'acquista', 'kopen', 'kup teraz']);
/** "1 / 12", "3 of 12", "Foto 2 von 9", "Photo 1 sur 5": a gallery position, only inside image context. */
const GALLERY_COUNTER = /^\s*(?:(?:photo|image|picture|bild|foto|imagen|immagine|afbeelding|zdjęcie)\s+)?\d{1,3}\s*(?:\/|of|von|sur|de|di|van|z|из)\s*\d{1,3}\s*$/iu;
/** Text that only makes sense next to a picture: these words in the markup (or a figure) around it. */
const IMAGE_CONTEXT_TOKENS = tokenPattern(['gallery', 'slideshow', 'lightbox', 'carousel', 'slider', 'swiper', 'media', 'image', 'photo', 'figure', 'modal', 'viewer', 'pswp', 'fancybox', 'glightbox']);
const CAPTION_TOKENS = tokenPattern(['caption', 'captions', 'credit', 'credits', 'copyright', 'photo credit', 'image credit', 'media credit', 'byline photo', 'source']);
const MAX_CHROME_CHARS = 40;
const CAPTION_HOLDER_TAGS = new Set(['p', 'span', 'div', 'small', 'cite']);
const MIN_CAPTION_CHARS = 8;
/**
 * A photo credit printed as its own line ("Foto: Jane Roe", "Photo by X on Unsplash", "© Reuters",
 * "TebNad/Shutterstock.com"). It repeats the image's metadata, not the story; a caption with a
 * credit at its end is not a credit line and stays.
 */
const CREDIT_LINE = /^[^\p{L}\p{N}©]{0,3}(?:(?:(?:crédits?|credits?|créditos?|crediti) (?:photos?|images?|fotos?|photographiques|fotográficos)|photo credits?|bildnachweis(?:e)?|fotonachweis|bildquellen?|foto|fotos|photo|photos|bild|bilder|image|imagen|immagine|afbeelding|zdjęcie|picture|credit|crédit|crédito)\s*(?::|by |via |von |de |di |van )|©|\(c\) |copyright\s*(?:©|\(c\)|\d{4}))/iu;
const STOCK_CREDIT = /^[^\n]{0,40}\b(?:shutterstock|getty ?images|istock(?:photo)?|unsplash|pixabay|adobe ?stock|imago|picture[- ]alliance)(?:\.com)?\s*$/iu;
/**
 * "Judy Eddy/WENN.com", "Jane Roe / AFP": a name and an agency split by a slash, nothing else. Only
 * next to a picture (inside a figure or an image/photo/caption box) is that a credit.
 */
const AGENCY_CREDIT = /^\p{Lu}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3} ?\/ ?\p{L}[\p{L}.'’&-]*(?: [\p{L}.'’&-]+){0,3}$/u;
const MAX_CREDIT_CHARS = 100;
const MAX_LEAF_CHILDREN = 4;
const BLOCK_CHILD_TAGS = new Set(['div', 'section', 'article', 'ul', 'ol', 'table', 'figure', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'form']);
const CREDIT_TAGS = new Set(['p', 'span', 'small', 'div', 'figcaption', 'cite', 'em', 'i', 'font']);

/** Words that are chrome only in an image context ("Next" in a story's link list is not chrome). */
const CONTEXT_ONLY = /^\s*(?:close|previous|next|prev|schließen|zurück|weiter|fermer|cerrar|fechar|chiudi|sluiten|zamknij|\d+ (?:photos|images|pictures))\s*$/i;

export default defineRule({
  id: 'lightbox-captions',
  kind: 'caption',
  phase: 'post',
  summary: 'Removes lightbox chrome (“Enlarge”, “Open gallery”, “1 / 12”), photo credit lines (“Foto: …”, “© …”), “Buy Photo” links and later copies of a caption or credit printed twice.',
  collect(root) {
    const candidates: Candidate[] = [];
    const seenCaptions = new Set<string>();
    const taken: Element[] = [];
    let lastCaption: Element | null = null;
    const take = (element: Element, reason: string) => {
      if (taken.some((t) => t.contains(element))) return;
      taken.push(element);
      candidates.push({ element, reason });
    };
    for (const el of descendantElements(root)) {
      // Chrome, credits and captions are leaves of inline text: skip containers before measuring text.
      if (el.childElementCount > MAX_LEAF_CHILDREN || hasBlockChild(el)) continue;
      const n = textLength(el);
      if (n === 0 || (el.localName !== 'caption' && closestNamed(el, 'table'))) continue;
      if (n <= MAX_CREDIT_CHARS && isCreditLine(el)) {
        take(el, `A photo credit line (“${(el.textContent ?? '').trim().slice(0, MAX_CHROME_CHARS)}”)`);
        continue;
      }
      if (n <= MAX_CHROME_CHARS && isPhotoSaleLink(el)) {
        take(el, `A link to buy a print of the photo (“${(el.textContent ?? '').trim().slice(0, MAX_CHROME_CHARS)}”)`);
        continue;
      }
      if (n <= MAX_CHROME_CHARS && isChrome(el)) {
        take(el, `Image viewer controls (“${(el.textContent ?? '').trim().slice(0, MAX_CHROME_CHARS)}”)`);
        continue;
      }
      // A caption block's own inner span (`<p><span class="credit">…</span></p>`) is the same copy.
      if (n < MIN_CAPTION_CHARS || lastCaption?.contains(el) || !isCaptionBlock(el)) continue;
      lastCaption = el;
      const key = foldText(el.textContent ?? '');
      if (seenCaptions.has(key)) take(el, 'The same caption or credit printed again (the first copy is kept)');
      else seenCaptions.add(key);
    }
    return candidates;
  },
});

/** A leaf-ish element whose whole text is a viewer control or a gallery counter. */
function isChrome(el: Element): boolean {
  if (el.children.length > 2) return false;
  const text = el.textContent ?? '';
  if (GALLERY_COUNTER.test(text)) return inImageContext(el);
  if (!LIGHTBOX_CHROME.test(text)) return false;
  return !CONTEXT_ONLY.test(text) || inImageContext(el);
}

/** A link or button (or the block holding only it) that sells the picture above it. */
function isPhotoSaleLink(el: Element): boolean {
  if (el.children.length > 2) return false;
  const text = el.textContent ?? '';
  const sale = PHOTO_SALE.test(text);
  if (!sale && !PHOTO_SALE_IN_CONTEXT.test(text)) return false;
  const control = el.localName === 'a' || el.localName === 'button' || hasDescendantNamed(el, 'a', 'button');
  return control && (sale || inImageContext(el));
}

function hasBlockChild(el: Element): boolean {
  for (const child of childElements(el)) if (BLOCK_CHILD_TAGS.has(child.localName)) return true;
  return false;
}

function isCreditLine(el: Element): boolean {
  if (!CREDIT_TAGS.has(el.localName) || hasDescendantNamed(el, 'p', 'div', 'li', 'img')) return false;
  const text = (el.textContent ?? '').trim();
  return CREDIT_LINE.test(text) || STOCK_CREDIT.test(text) || (AGENCY_CREDIT.test(text) && inImageContext(el));
}

function inImageContext(el: Element): boolean {
  for (let up: Element | null = el, i = 0; up && i < 5; up = up.parentElement, i++) {
    if (up.localName === 'figure' || up.localName === 'picture') return true;
    if (IMAGE_CONTEXT_TOKENS.test(elementTokens(up))) return true;
  }
  return false;
}

/** A figcaption / table caption, or an element marked caption or credit, holding no other such block. */
function isCaptionBlock(el: Element): boolean {
  if (el.localName === 'figcaption') return true;
  if (!CAPTION_HOLDER_TAGS.has(el.localName) || hasDescendantNamed(el, 'p', 'div', 'figcaption')) return false;
  // The marker may sit on the element or on its wrapper (`<div class="caption"><p>…</p></div>`).
  for (let up: Element | null = el, i = 0; up && i < 2; up = up.parentElement, i++) {
    if (CAPTION_TOKENS.test(elementTokens(up))) return true;
  }
  return false;
}

/* Examples: NPR "Enlarge this image" / "toggle caption" around every photo, WordPress gallery
   lightboxes repeating `wp-caption-text`, `media-credit` printed under the photo and in the caption. */
