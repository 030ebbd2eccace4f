/**
 * The article's width for a line of N characters, measured in its own font. CSS `ch` is the width
 * of "0", wider than the average letter of running text: 68ch set 80-88 characters per line in
 * the fallback serif. The average width of a sample of ordinary prose, spaces and punctuation
 * included, sets N characters per line within a few either way.
 */
const SAMPLE_PROSE =
  'The keeper climbed the stairs at dusk, as she had done every evening for thirty years, and lit the lamp that the ships would look for. Nobody thanked her; it was enough that they came home.';

/** Pixels per character of running text in `within`'s font, or null where nothing is laid out (tests without layout). */
export function averageCharacterWidth(within: HTMLElement): number | null {
  const probe = within.ownerDocument.createElement('span');
  probe.textContent = SAMPLE_PROSE;
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;left:0;top:0;pointer-events:none';
  within.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width > 0 ? width / SAMPLE_PROSE.length : null;
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
