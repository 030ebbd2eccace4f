import { linkDensity } from './link-density';
import { isRestorable, keptHeadingsOf, storyContainer, type ProseParagraph, type ProseSnapshot } from './recover-lost-text';

/**
 * Recall recovery, part 3: a story told as a series of like sections. Best-of lists, reviews of
 * several products, guides in accordion panes and long posts cut into `<div class="sect1">` put
 * each part of the story in a wrapper of its own, often many levels below the wrapper they share.
 * Readability propagates a paragraph's score only a few levels up, so it picks one part (the
 * longest) and leaves the rest; the paragraph restore (recover-lost-text.ts) only looks inside the
 * part it kept.
 *
 * From the wrapper of the paragraphs Readability kept (or, when they lie in two parts, from the
 * first one's part), this climbs a few levels and, at the first
 * level where the wrapper has at least two siblings of the same kind (same tag, a class and the
 * template in common, few links) with story paragraphs, puts back those siblings' paragraphs and
 * section headings, in page order. It stands back when the
 * kept part holds the page's headline or a sibling holds one of its own: such a series is a feed of
 * stories (the next article, loaded below), not the parts of one. The paragraph tests of the
 * paragraph restore apply (length, few links, no clutter wrapper, not hidden), and the wording
 * rules run afterwards, so a restored appeal is still removed.
 */

/**
 * How far above the kept paragraphs' wrapper a series of sections is looked for. Page builders put
 * each part in row, column, cell and module wrappers: seven levels between a part and its text on
 * a training-site page (five, the earlier bound, stopped short of such series).
 */
const MAX_CLIMB = 8;
/** A sibling section this link-heavy is a teaser card, not a part of the story. */
const MAX_SECTION_LINK_DENSITY = 0.5;
/** Like siblings with story paragraphs needed besides the kept part. */
const MIN_OTHER_PARTS = 2;
/** Share of kinds of children two sections of one series have in common. */
const MIN_TEMPLATE_OVERLAP = 0.5;

/** Puts back the paragraphs and headings of the kept section's like siblings; returns them in page order. */
export function restoreSiblingSections(snapshot: ProseSnapshot, inArticle: ReadonlyMap<ProseParagraph, Element>, article: Element): Element[] {
  const kept = snapshot.paragraphs.filter((p) => inArticle.has(p));
  if (!kept.length) return [];
  const container = storyContainer(kept);
  if (!container) return [];
  // When the kept paragraphs span several wrappers of the container (two parts of the series),
  // the climb starts at the first one's wrapper: the container is then the series' parent.
  const chain = kept[0]!.ancestors.slice(Math.max(0, kept[0]!.ancestors.indexOf(container) - 1));
  const holdsTitle = (el: Element) => snapshot.titleHolders.has(el);
  for (let level = 0; level < MAX_CLIMB && level + 1 < chain.length; level++) {
    const part = chain[level]!;
    if (holdsTitle(part)) return [];
    const shares = sharedClassTest(part);
    if (!shares) continue;
    const parent = chain[level + 1]!;
    const branchOf = (block: ProseParagraph) => {
      const at = block.ancestors.indexOf(parent);
      return at > 0 ? block.ancestors[at - 1]! : null;
    };
    // A sibling Readability kept some of is already in the article (as its own sibling pick).
    const keptBranches = new Set(kept.map(branchOf));
    const likeSibling = new Map<Element, boolean>();
    const isPart = (block: ProseParagraph) => {
      const branch = branchOf(block);
      if (!branch || branch === part || keptBranches.has(branch)) return false;
      let like = likeSibling.get(branch);
      if (like === undefined) {
        like = branch.localName === part.localName && shares(branch) && sameTemplate(snapshot, part, branch) && !holdsTitle(branch) && linkDensity(branch) <= MAX_SECTION_LINK_DENSITY;
        likeSibling.set(branch, like);
      }
      return like && isRestorable(block, parent);
    };
    const paragraphs = snapshot.paragraphs.filter((p) => !inArticle.has(p) && isPart(p));
    // One like box after the story is a promo or a module built from the same template; a series
    // (the kept part and at least two more) is the story's own list of parts.
    if (new Set(paragraphs.map(branchOf)).size < MIN_OTHER_PARTS) continue;
    const headings = snapshot.headings.filter((h) => isPart(h));
    return insertInPageOrder([...paragraphs, ...headings].sort((a, b) => a.order - b.order), kept, keptHeadingsOf(snapshot, article, inArticle), inArticle);
  }
  return [];
}

/**
 * True when two sections were built from one template: most kinds of children in common (Jaccard
 * of the sets of tag + first class, as the page had them). The parts of a list or the posts of a
 * thread are; the story's section and the related-links or reviews module after it, whatever
 * class they share, are not.
 */
function sameTemplate(snapshot: ProseSnapshot, a: Element, b: Element): boolean {
  const kindsA = childKinds(snapshot, a);
  const kindsB = childKinds(snapshot, b);
  if (!kindsA?.size || !kindsB?.size) return false;
  let common = 0;
  for (const kind of kindsA) if (kindsB.has(kind)) common++;
  return common / (kindsA.size + kindsB.size - common) >= MIN_TEMPLATE_OVERLAP;
}

const kindsOf = new WeakMap<Element, Set<string>>();

function childKinds(snapshot: ProseSnapshot, el: Element): Set<string> | null {
  let kinds = kindsOf.get(el);
  if (!kinds) {
    const children = snapshot.children.get(el);
    if (!children) return null;
    kinds = new Set(children.map((child) => `${child.localName}.${(child.getAttribute('class') ?? '').trim().split(/\s+/, 1)[0]}`));
    kindsOf.set(el, kinds);
  }
  return kinds;
}

/** A test for "has a class in common with `el`", or null when `el` has no class to compare. */
function sharedClassTest(el: Element): ((other: Element) => boolean) | null {
  const own = new Set((el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
  if (!own.size) return null;
  return (other) => (other.getAttribute('class') ?? '').split(/\s+/).some((name) => own.has(name));
}

/**
 * Each block goes after the kept or restored block before it on the page; blocks before the first
 * kept one go in front of it. The kept headings count as kept blocks, so a part restored before
 * the kept one goes above the kept part's heading, not between that heading and its text.
 */
function insertInPageOrder(blocks: ProseParagraph[], kept: ProseParagraph[], keptHeadings: ReadonlyMap<ProseParagraph, Element>, inArticle: ReadonlyMap<ProseParagraph, Element>): Element[] {
  const placed = [
    ...kept.map((p) => ({ order: p.order, element: inArticle.get(p)! })),
    ...[...keptHeadings].map(([heading, element]) => ({ order: heading.order, element })),
  ].sort((a, b) => a.order - b.order);
  const first = placed[0]!;
  const restored: Element[] = [];
  for (const block of blocks) {
    let anchor: { order: number; element: Element } | null = null;
    for (const candidate of placed) if (candidate.order < block.order && (!anchor || candidate.order > anchor.order)) anchor = candidate;
    if (anchor) anchor.element.after('\n', block.element);
    else first.element.before(block.element, '\n');
    placed.push({ order: block.order, element: block.element });
    restored.push(block.element);
  }
  return restored;
}
