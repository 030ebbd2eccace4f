/**
 * The article's width for a line of N characters, measured in its own font. CSS `ch` is the width
 * of "0", wider than the average letter of running text: 68ch set 80-88 characters per line in
 * the fallback serif. The average width of a sample of ordinary prose, spaces and punctuation
 * included, sets N characters per line within a few either way.
 *
 * Measured on a canvas that is never put in the page, in the article's computed font: no layout
 * is forced. (Measuring a hidden span in the article made the browser lay the whole article out
 * before its first paint, and again after the width changed: the largest step of a cold open in
 * bench:browser's profile.)
 */
const SAMPLE_PROSE =
  'The keeper climbed the stairs at dusk, as she had done every evening for thirty years, and lit the lamp that the ships would look for. Nobody thanked her; it was enough that they came home.';

let context: CanvasRenderingContext2D | null | undefined;

function measuringContext(doc: Document): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = doc.createElement('canvas').getContext('2d');
    } catch {
      context = null; // no canvas (component tests)
    }
  }
  return context;
}

/** Pixels per character of running text in `font` (a CSS `font` value), or null where nothing can be measured. */
export function characterWidthOf(doc: Document, font: string): number | null {
  const ctx = measuringContext(doc);
  if (!ctx) return null;
  ctx.font = font;
  const width = ctx.measureText(SAMPLE_PROSE).width;
  return width > 0 ? width / SAMPLE_PROSE.length : null;
}

/** Pixels per character of running text in `within`'s font, or null where nothing is laid out (tests without layout). */
export function averageCharacterWidth(within: HTMLElement): number | null {
  const style = within.ownerDocument.defaultView?.getComputedStyle(within);
  if (!style?.fontFamily || !style.fontSize) return null;
  return characterWidthOf(within.ownerDocument, `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`);
}

/**
 * Sets the measure to `characters` per line of `article`'s font (or leaves the CSS `ch` fallback
 * when it cannot measure), as `--qr-measure` on `on`: the reading area, so the outline above the
 * article takes the article's width too.
 */
export function applyLineWidth(article: HTMLElement, characters: number, on: HTMLElement = article): void {
  const perCharacter = averageCharacterWidth(article);
  if (perCharacter) on.style.setProperty('--qr-measure', `${Math.round(characters * perCharacter)}px`);
  else on.style.removeProperty('--qr-measure');
}
