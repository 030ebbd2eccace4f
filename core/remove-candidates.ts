import { activeElementIndex } from './element-index';
import type { Candidate, CleanupRule } from './rules/rule';
import { fingerprintText } from './text/fingerprint';
import { previewText } from './text/normalize';
import { containsElement } from './walk';
import { createPrecleanMarker, precedingRemovalId, wantsPrecleanMarker } from './removals/markers';
import { correctedKind } from './removals/relabel';
import { visibleText } from './removals/visible-text';
import type { ClutterKind, Removal, StepId } from './types';

/** Preclean removals up to this much text keep their HTML for "show here"; larger ones keep the preview only. */
const SMALL_BLOCK_CHARS = 2_000;

/** Removals so far, plus the detached elements whose HTML is sanitised when first asked for. */
export interface RemovalLog {
  removals: Removal[];
  nextId: number;
  elements?: Map<string, Element>;
  /** Removal id → the removal whose marker or placeholder it came right after (core/removals/group.ts lists such runs as one). */
  follows?: Map<string, string>;
  /** The comments standing where preclean removals were (core/removals/markers.ts). */
  markers?: Comment[];
  /**
   * Removal id → the placeholder element this clean put in the article for it. A later removal can
   * take a placeholder out with the block around it, so it is in the article only if it still is.
   */
  placeholders?: Map<string, Element>;
}

/** Where a phase removes, what it records into, and what the reader chose to keep. */
export interface RemovalScope {
  root: Element;
  step: StepId;
  log: RemovalLog;
  /** Fingerprints of blocks the reader chose to always keep on this site. */
  keep: ReadonlySet<string>;
  kindsOff: ReadonlySet<ClutterKind>;
}

/**
 * Removes one rule's candidates in a single pass and records each removal. In the article
 * (postclean) a removed block leaves an empty `data-qr-removed` placeholder so the view can show
 * it in place; before Readability (preclean) it leaves a comment marker, which becomes such a
 * placeholder if Readability keeps it (core/removals/markers.ts). Blocks the user chose to keep
 * (by fingerprint) stay.
 */
export function removeCandidates(candidates: Candidate[], rule: CleanupRule, { root, step, log, keep, kindsOff }: RemovalScope): void {
  const elements = (log.elements ??= new Map());
  const follows = (log.follows ??= new Map<string, string>());
  for (const candidate of candidates) {
    const { element, reason, copies } = candidate;
    // A candidate inside one removed earlier in this pass, or outside the root, is already gone.
    if (element === root || !containsElement(root, element)) continue;
    const seen = visibleText(element);
    const kind = correctedKind(candidate.kind ?? rule.kind, seen, element);
    if (kindsOff.has(kind)) continue;
    const text = element.textContent ?? '';
    const fingerprint = fingerprintText(text);
    if (keep.has(fingerprint)) continue;
    const id = `r${log.nextId++}`;
    const inPlace = step === 'postclean';
    // The phase's element index must hear of every change to the tree before it happens.
    const index = activeElementIndex();
    if (inPlace) {
      const placeholder = element.ownerDocument.createElement('div');
      placeholder.setAttribute('data-qr-removed', id);
      (log.placeholders ??= new Map<string, Element>()).set(id, placeholder);
      index?.replaced(element, placeholder);
      element.replaceWith(placeholder);
      noteFollows(follows, id, placeholder);
    } else if (kind !== 'hidden' && wantsPrecleanMarker(element)) {
      // Hidden elements were never seen, so they have no place to be shown in.
      const marker = createPrecleanMarker(element, id);
      index?.removed(element);
      element.replaceWith(marker);
      (log.markers ??= []).push(marker);
      noteFollows(follows, id, marker);
    } else {
      index?.removed(element);
      element.remove();
    }
    // The block's HTML is for "show in place" and "show here"; a big page-level container
    // (a comment section, a footer) would cost a sanitiser pass for a preview nobody needs whole.
    if (inPlace || text.length <= SMALL_BLOCK_CHARS) elements.set(id, element);
    log.removals.push({ id, step, rule: rule.id, kind, reason, preview: previewText(seen), copies: copies ?? 1, fingerprint, html: '', inPlace });
  }
}

function noteFollows(follows: Map<string, string>, id: string, node: Node): void {
  const previous = precedingRemovalId(node);
  if (previous) follows.set(id, previous);
}
