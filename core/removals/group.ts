import { normalizeWhitespace, previewText } from '../text/normalize';
import type { RemovalLog } from '../remove-candidates';
import type { ClutterKind, Removal } from '../types';
import { PLACEHOLDER_ATTRIBUTE } from './markers';

/**
 * The removal records as a reader would list them. The rules record one entry per element they
 * take, so one share bar came out as six entries (one per button), an appeal printed twice as two,
 * and 35 hidden elements nobody saw as 35. After the rules, this groups:
 * - a run: blocks of one kind removed side by side, with nothing a reader sees between them (a
 *   box and the links after it, a row of share buttons): one entry, its previews joined;
 * - copies: blocks with the same text (an appeal printed twice, before and after the article):
 *   one entry with `copies: N`; shown in place, the first copy in the article comes back;
 * - never visible: every `hidden` removal: one quiet entry, `copies` = how many, no preview.
 * The grouped entry keeps its first member's id, rule, reason and fingerprint; its HTML is its
 * members' blocks in order (one copy of each text), and only its first placeholder in the article
 * stays. Runs between blocks removed by different rules count too; different kinds never merge.
 */
export function groupRemovals(log: RemovalLog, article: Element | null): void {
  const removals = log.removals;
  if (removals.length < 2 && !removals.some((removal) => removal.kind === 'hidden')) return;
  const byId = new Map(removals.map((removal) => [removal.id, removal]));
  const order = new Map(removals.map((removal, i) => [removal.id, i]));
  // The placeholders this clean made and still in the article (the log remembers them: a
  // selector query over the whole article cost more than the grouping itself).
  const placeholders = new Map<string, Element>();
  if (article) for (const [id, el] of log.placeholders ?? []) if (article.contains(el)) placeholders.set(id, el);

  const groups = new UnionFind(removals.map((removal) => removal.id));
  let firstHidden: string | null = null;
  const firstWithText = new Map<string, string>();
  for (const removal of removals) {
    if (removal.kind === 'hidden') {
      if (firstHidden) groups.union(firstHidden, removal.id);
      else firstHidden = removal.id;
      continue;
    }
    const previous = log.follows?.get(removal.id);
    if (previous && byId.get(previous)?.kind === removal.kind) groups.union(previous, removal.id);
    if (removal.preview) {
      const key = `${removal.fingerprint}`;
      const first = firstWithText.get(key);
      if (first) groups.union(first, removal.id);
      else firstWithText.set(key, removal.id);
    }
  }

  const grouped: Removal[] = [];
  for (const members of groups.sets()) {
    members.sort((a, b) => order.get(a)! - order.get(b)!);
    const records = members.map((id) => byId.get(id)!);
    if (records.length === 1) {
      grouped.push(records[0]!);
      continue;
    }
    grouped.push(records[0]!.kind === 'hidden' ? foldHidden(records, placeholders, log) : mergeGroup(records, placeholders, log));
  }
  grouped.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  log.removals = grouped;
}

/** Elements that were never visible: counted, not listed, never shown in place. */
function foldHidden(records: Removal[], placeholders: Map<string, Element>, log: RemovalLog): Removal {
  const count = records.reduce((sum, removal) => sum + Math.max(1, removal.copies), 0);
  for (const removal of records) {
    placeholders.get(removal.id)?.remove();
    log.elements?.delete(removal.id);
  }
  const lead = records[0]!;
  return { ...lead, reason: `${count} elements the page kept hidden, never shown to readers`, preview: '', copies: count, html: '', inPlace: false, quiet: true };
}

function mergeGroup(records: Removal[], placeholders: Map<string, Element>, log: RemovalLog): Removal {
  const lead = records[0]!;
  // One copy of each text, in the order the blocks were removed.
  const distinct = new Map<string, Removal[]>();
  for (const removal of records) distinct.set(removal.fingerprint, [...(distinct.get(removal.fingerprint) ?? []), removal]);
  const copies = Math.max(...[...distinct.values()].map((same) => same.reduce((sum, removal) => sum + Math.max(1, removal.copies), 0)));
  const shown = [...distinct.values()].map((same) => same.find((removal) => removal.inPlace) ?? same[0]!);

  const elements = shown.map((removal) => log.elements?.get(removal.id)).filter((el): el is Element => el !== undefined);
  for (const removal of records) log.elements?.delete(removal.id);
  if (elements.length === 1) log.elements?.set(lead.id, elements[0]!);
  else if (elements.length > 1) {
    const box = elements[0]!.ownerDocument.createElement('div');
    box.append(...elements);
    log.elements?.set(lead.id, box);
  }

  // The first placeholder stays, under the group's id; the others go (they are empty).
  let kept: Element | null = null;
  for (const removal of records) {
    const placeholder = placeholders.get(removal.id);
    if (!placeholder) continue;
    if (!kept && shown.includes(removal)) {
      kept = placeholder;
      placeholder.setAttribute(PLACEHOLDER_ATTRIBUTE, lead.id);
    } else placeholder.remove();
  }
  const preview = shown.length === 1 ? lead.preview : previewText(shown.map((removal) => normalizeWhitespace(removal.preview.replace(/…$/, ''))).filter(Boolean).join(' · '));
  return { ...lead, kind: mostSpecificKind(records), preview, copies, html: '', inPlace: kept !== null && log.elements?.has(lead.id) === true };
}

/** Copies found by `repeated-blocks` and by a wording rule are listed under the wording rule's kind. */
function mostSpecificKind(records: Removal[]): ClutterKind {
  return records.find((removal) => removal.kind !== 'repeated')?.kind ?? records[0]!.kind;
}

class UnionFind {
  private parent = new Map<string, string>();
  constructor(ids: string[]) {
    for (const id of ids) this.parent.set(id, id);
  }
  find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let at = id; at !== root; ) {
      const next = this.parent.get(at)!;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
  sets(): string[][] {
    const sets = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      sets.set(root, [...(sets.get(root) ?? []), id]);
    }
    return [...sets.values()];
  }
}
