import { activeElementIndex } from './element-index';
import type { Candidate, CleanupRule } from './rules/rule';
import { fingerprintText } from './text/fingerprint';
import { previewText } from './text/normalize';
import { containsElement } from './walk';
import { readableText } from './text/block-text';
import type { ClutterKind, Removal, StepId } from './types';

/** Preclean removals up to this much text keep their HTML for "show here"; larger ones keep the preview only. */
const SMALL_BLOCK_CHARS = 2_000;

/** Removals so far, plus the detached elements whose HTML is sanitised when first asked for. */
export interface RemovalLog {
  removals: Removal[];
  nextId: number;
  elements?: Map<string, Element>;
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
 * it in place; before Readability (preclean) it simply goes, since Readability would drop an
 * empty placeholder anyway. Blocks the user chose to keep (by fingerprint) stay.
 */
export function removeCandidates(candidates: Candidate[], rule: CleanupRule, { root, step, log, keep, kindsOff }: RemovalScope): void {
  const elements = (log.elements ??= new Map());
  for (const { element, reason, copies, kind = rule.kind } of candidates) {
    // A candidate inside one removed earlier in this pass, or outside the root, is already gone.
    if (element === root || !containsElement(root, element) || kindsOff.has(kind)) continue;
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
      index?.replaced(element, placeholder);
      element.replaceWith(placeholder);
    } else {
      index?.removed(element);
      element.remove();
    }
    // The block's HTML is for "show in place" and "show here"; a big page-level container
    // (a comment section, a footer) would cost a sanitiser pass for a preview nobody needs whole.
    if (inPlace || text.length <= SMALL_BLOCK_CHARS) elements.set(id, element);
    log.removals.push({ id, step, rule: rule.id, kind, reason, preview: previewText(readableText(element)), copies: copies ?? 1, fingerprint, html: '', inPlace });
  }
}
