import type { ReadingPlaceActions } from '../../components/view/use-reading-position';
import { readingPositionKey } from '../../utils/reading-positions/positions';
import { forgetReadingPosition, getReadingPosition, saveReadingPosition } from '../../utils/reading-positions/store';

/** The page's `<link rel="canonical">`, when it names an absolute address. */
function canonicalUrlOf(doc: Document): string | null {
  const href = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  return href && /^https?:/i.test(href) ? href : null;
}

/**
 * Where the reader stopped in this article, and how the view saves it: null when "Keep my place"
 * is off or the page has no http(s) address. A storage failure costs the feature, never the view.
 */
export async function loadReadingPlace(doc: Document, enabled: boolean): Promise<ReadingPlaceActions | null> {
  if (!enabled) return null;
  const key = readingPositionKey(doc.URL, canonicalUrlOf(doc));
  if (!key) return null;
  const report = (what: string) => (error: unknown) => console.warn(`[quiet-reader] reading position could not be ${what}`, error);
  let initial = null;
  try {
    initial = await getReadingPosition(key);
  } catch (error) {
    report('read')(error);
  }
  return {
    initial: initial && { block: initial.block, progress: initial.progress },
    save: (place) => void saveReadingPosition(key, { ...place, at: Date.now() }).catch(report('saved')),
    forget: () => void forgetReadingPosition(key).catch(report('forgotten')),
  };
}
