import { CLUTTER_KIND_LABELS, type ClutterKind } from '../../core/types';
import { dateFormatFor } from './date-formatters';

/**
 * Text the clean view shows, as pure functions (tested in tests/view/format.test.ts).
 */

/** "1 block removed", "12 blocks removed"; copies of a repeated block count once each. */
export function removedCountLabel(blocks: number): string {
  return blocks === 1 ? '1 block removed' : `${blocks} blocks removed`;
}

/**
 * Total copies removed: a donation appeal printed twice is two blocks gone from the page. Elements
 * the page kept hidden (the `quiet` entry) are not counted: the reader never saw them.
 */
export function countRemovedBlocks(removed: readonly { copies: number; quiet?: boolean }[]): number {
  return removed.reduce((sum, removal) => sum + (removal.quiet ? 0 : Math.max(1, removal.copies)), 0);
}

export function readingTimeLabel(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min read`;
}

/** The singular label of a kind ("donation appeal"), with a first capital for list headings. */
export function kindLabel(kind: ClutterKind): string {
  const label = CLUTTER_KIND_LABELS[kind]?.one ?? kind;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * A published date for the byline, in the page's language when it names one ("14 March 2026"),
 * or null when the value is not a date (pages put all sorts of strings in their metadata).
 */
export function formatPublished(value: string | null, lang: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return dateFormatFor(lang).format(date);
}

/** "Shown 2 times on the page" for repeated blocks, nothing for single ones. */
export function copiesLabel(copies: number): string | null {
  return copies > 1 ? `${copies} copies` : null;
}

/** The quiet line under the removed list: "Also removed: 35 elements the page kept hidden." */
export function neverVisibleLabel(count: number): string {
  return `Also removed: ${count === 1 ? '1 element' : `${count} elements`} the page kept hidden, which you never saw.`;
}
