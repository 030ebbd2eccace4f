import { CLUTTER_KINDS, type ClutterKind, type Removal } from '../../core/types';
import { t } from '../../utils/i18n';
import { formatList } from '../../utils/i18n/format';
import { kindCount } from '../../utils/i18n/kinds';

/** The fields a summary needs; both the engine's `Removal` and the protocol's summary have them. */
export type RemovalLike = Pick<Removal, 'id' | 'kind' | 'reason' | 'preview' | 'copies'>;

export interface RemovalGroup<T extends RemovalLike = RemovalLike> {
  kind: ClutterKind;
  /** Copies removed, so an appeal printed twice counts 2. */
  count: number;
  /** "2 donation appeals" */
  label: string;
  removals: T[];
}

/** Groups removals by kind, most frequent first (ties in the engine's kind order). */
export function groupRemovals<T extends RemovalLike>(removed: readonly T[]): RemovalGroup<T>[] {
  const byKind = new Map<ClutterKind, T[]>();
  for (const removal of removed) byKind.set(removal.kind, [...(byKind.get(removal.kind) ?? []), removal]);
  return [...byKind.entries()]
    .map(([kind, removals]) => {
      const count = removals.reduce((sum, removal) => sum + Math.max(1, removal.copies), 0);
      return { kind, count, removals, label: kindCount(kind, count) };
    })
    .sort((a, b) => b.count - a.count || CLUTTER_KINDS.indexOf(a.kind) - CLUTTER_KINDS.indexOf(b.kind));
}

/** "2 donation appeals, 1 newsletter or subscription promo and 1 related list"; "Nothing removed" when empty. */
export function summarizeRemovals(removed: readonly RemovalLike[]): string {
  const labels = groupRemovals(removed).map((group) => group.label);
  return labels.length ? formatList(labels) : t('popup.nothingRemovedShort');
}
