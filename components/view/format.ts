import { plural, t } from '../../utils/i18n';
import { formatMinutes } from '../../utils/i18n/format';

export { kindLabel } from '../../utils/i18n/kinds';

/**
 * Text the clean view shows, as pure functions over the interface's messages (tested in
 * tests/view/format.test.ts).
 */

/** "1 block removed", "12 blocks removed"; copies of a repeated block count once each. */
export function removedCountLabel(blocks: number): string {
  return plural('view.removedCount', blocks);
}

/**
 * Total copies removed: a donation appeal printed twice is two blocks gone from the page. Elements
 * the page kept hidden (the `quiet` entry) are not counted: the reader never saw them.
 */
export function countRemovedBlocks(removed: readonly { copies: number; quiet?: boolean }[]): number {
  return removed.reduce((sum, removal) => sum + (removal.quiet ? 0 : Math.max(1, removal.copies)), 0);
}

/** "4 min read", "4 Min. Lesezeit". */
export function readingTimeLabel(minutes: number): string {
  return t('reading.readingTime', { time: formatMinutes(minutes) });
}

/** "2 copies" for repeated blocks, nothing for single ones. */
export function copiesLabel(copies: number): string | null {
  return copies > 1 ? plural('view.copies', copies) : null;
}

/** The quiet line under the removed list: "Also removed: 35 elements the page kept hidden, which you never saw." */
export function neverVisibleLabel(count: number): string {
  return plural('view.neverVisible', count);
}
