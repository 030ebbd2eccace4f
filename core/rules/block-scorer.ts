import { isEditorialNote } from '../guards/is-editorial-note';
import { isContentListItem, isInContentStructure } from '../guards/is-content-structure';
import { isPullQuote } from '../guards/is-pull-quote';
import { linkTextLength } from '../link-density';
import { isUsableModel, scoreBlock, strongestFeatures } from '../scorer/block-model';
import { describeBlocks, type BlockSample } from '../scorer/block-features';
import { kindOf, reasonOf } from '../scorer/explain';
import { hasDescendantNamed } from '../walk';
import { defineRule, type Candidate } from './rule';

/**
 * The learned block scorer (core/scorer/): every leaf block the other rules left is scored by a
 * small logistic model trained on thousands of labelled blocks from other sites
 * (`npm run train`); a block it judges boilerplate goes, grown to the largest box whose blocks
 * were all judged so (a teaser card with its picture, a tag list). The named keep guards decide
 * over the model: captions, tables and code, pull quotes, editor's notes, and a list item whose
 * list still has content items.
 */

/** The model never takes more than this share of the article's words; past it, the surest blocks go first. */
const MAX_REMOVED_SHARE = 0.45;
/** A box may carry pictures only when it is mostly links (a teaser card), never a story figure. */
const TEASER_LINK_SHARE = 0.5;

export default defineRule({
  id: 'block-scorer',
  kind: 'furniture',
  phase: 'post',
  summary: 'Removes blocks a learned model scores as page furniture: menus, tag lists, bylines, counters, teasers and promos in wording no list knows.',
  collect(root, ctx) {
    const scorer = ctx.blockScorer;
    const model = scorer?.model && isUsableModel(scorer.model) ? scorer.model : null;
    if (!scorer || (!model && !scorer.observe)) return [];
    const samples = describeBlocks(root, { host: ctx.url?.hostname.replace(/^www\d*\./, '') ?? null, siteName: ctx.siteName });
    const guarded = samples.map((sample) => isGuarded(sample, root));
    scorer.observe?.(samples, guarded);
    if (!model || !samples.length) return [];
    const judged = samples.map((sample, i) => ({ sample, guarded: guarded[i], ...scoreBlock(model, sample.features) }));
    const picked = capRemovedWords(
      judged.filter(({ guarded, probability }) => probability >= model.threshold && !guarded),
      samples.reduce((n, s) => n + s.words, 0),
    );
    const flagged = new Set(picked.map(({ sample }) => sample.element));
    const kept = new Set([...flagged].filter((el) => isContentListItem(el, (item) => flagged.has(item))));
    const byElement = new Map<Element, Candidate>();
    for (const { sample, probability, pushes } of picked) {
      if (kept.has(sample.element)) continue;
      const box = growBox(sample.element, root, flagged, kept);
      if (byElement.has(box)) continue;
      const strongest = strongestFeatures(pushes);
      byElement.set(box, { element: box, kind: kindOf(strongest), reason: reasonOf(strongest, probability) });
    }
    // An inner box is dropped when its outer box goes too (removeCandidates skips detached ones).
    return [...byElement.values()];
  },
});

function isGuarded(sample: BlockSample, root: Element): boolean {
  return isInContentStructure(sample.element, root) || isPullQuote(sample.element, root) || isEditorialNote(sample.text);
}

function capRemovedWords<T extends { sample: BlockSample; probability: number }>(picked: T[], articleWords: number): T[] {
  const budget = articleWords * MAX_REMOVED_SHARE;
  if (picked.reduce((n, p) => n + p.sample.words, 0) <= budget) return picked;
  const out: T[] = [];
  let used = 0;
  for (const pick of [...picked].sort((a, b) => b.probability - a.probability)) {
    if (used + pick.sample.words > budget) continue;
    used += pick.sample.words;
    out.push(pick);
  }
  return out;
}

/** The largest ancestor below the root whose leaf blocks were all flagged (none kept). */
function growBox(element: Element, root: Element, flagged: ReadonlySet<Element>, kept: ReadonlySet<Element>): Element {
  let box = element;
  for (let up = element.parentElement; up && up !== root; up = up.parentElement) {
    if (!allBlocksFlagged(up, flagged, kept)) break;
    if (hasDescendantNamed(up, 'table', 'pre', 'blockquote', 'figure') && !isTeaser(up)) break;
    if (hasDescendantNamed(up, 'img', 'picture', 'video') && !isTeaser(up)) break;
    box = up;
  }
  return box;
}

function allBlocksFlagged(container: Element, flagged: ReadonlySet<Element>, kept: ReadonlySet<Element>): boolean {
  let any = false;
  const walker = container.ownerDocument.createTreeWalker(container, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.nodeValue ?? '').trim()) continue;
    let owner: Element | null = node.parentElement;
    while (owner && owner !== container && !flagged.has(owner)) owner = owner.parentElement;
    if (!owner || owner === container || kept.has(owner)) return false;
    any = true;
  }
  return any;
}

function isTeaser(el: Element): boolean {
  const chars = (el.textContent ?? '').trim().length;
  return chars > 0 && linkTextLength(el) / chars >= TEASER_LINK_SHARE;
}
