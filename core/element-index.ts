/**
 * One walk of a cleaning phase's root, shared by every rule of the phase.
 *
 * Each rule, and the helpers it calls (`descendantsNamed(el, 'p')` in `proseChars`, the links in
 * `linkDensity`…), used to walk its subtree again: on a 1,000-element page, five or six whole-page
 * walks and thousands of subtree walks per clean, each step through jsdom's wrappers
 * (≈1.3 µs an element). The index walks the root once, records each element's tag name and where
 * its subtree ends, and answers subtree questions from those arrays.
 *
 * It stays exact because, while it is active, the tree only changes through it: rules only
 * collect, and `removeCandidates` reports each removal (`removed`) or placeholder swap
 * (`replaced`) before making it; `revealHiddenProse`, the one step that adds or removes attributes
 * while an index is active, reports that too (`attributesChanged`).
 * Readability rebuilds the tree, so each phase opens its own index (`withElementIndex`) and it
 * is gone when the phase ends. Elements it does not cover (another document, a detached block)
 * fall back to a real walk, so a question is never answered from a stale list.
 */
export class ElementIndex {
  private readonly elements: Element[] = [];
  private readonly names: string[] = [];
  /** `ends[i]`: the index just past the last descendant of `elements[i]`. */
  private readonly ends: number[] = [];
  /** `alive[i]`: 0 once `elements[i]` or an ancestor has left the tree. */
  private readonly alive: Uint8Array;
  private readonly position = new Map<Element, number>();
  /** Attribute names read so far (`getAttributeNames`); an entry goes when its element's attributes change. */
  private readonly attributeNameLists = new Map<Element, readonly string[]>();
  /** Text measures taken so far, per measure; an ancestor's entries go when a block below it is removed. */
  private readonly textMeasures = new Map<(el: Element) => number, Map<Element, number>>();

  constructor(readonly root: Element) {
    // Iterative pre-order walk by sibling links (no recursion: nesting depth is only bounded by
    // the page limits), closing each element's subtree range when the walk leaves it.
    const open: number[] = [];
    let el = root.firstElementChild;
    while (el) {
      const i = this.elements.length;
      this.elements.push(el);
      this.names.push(el.localName);
      this.ends.push(i + 1);
      this.position.set(el, i);
      const child = el.firstElementChild;
      if (child) {
        open.push(i);
        el = child;
        continue;
      }
      let next = el.nextElementSibling;
      while (!next && open.length) {
        const parent = open.pop()!;
        this.ends[parent] = this.elements.length;
        next = this.elements[parent]!.nextElementSibling;
      }
      el = next;
    }
    this.alive = new Uint8Array(this.elements.length).fill(1);
  }

  /** The subtree range of `el` (exclusive of `el`), or null when the index does not cover it. */
  private rangeBelow(el: Element): [number, number] | null {
    if (el === this.root) return [0, this.elements.length];
    const i = this.position.get(el);
    if (i === undefined || !this.alive[i]) return null;
    return [i + 1, this.ends[i]!];
  }

  /** Elements below `el` in document order (all, or those with one of `names`); null when not covered. */
  descendants(el: Element, names?: readonly string[]): Element[] | null {
    const range = this.rangeBelow(el);
    if (!range) return null;
    const out: Element[] = [];
    for (let j = range[0]; j < range[1]; j++) {
      if (this.alive[j] && (!names || names.includes(this.names[j]!))) out.push(this.elements[j]!);
    }
    return out;
  }

  /** Whether some element below `el` has one of `names`; null when not covered. */
  hasDescendant(el: Element, names: readonly string[]): boolean | null {
    const range = this.rangeBelow(el);
    if (!range) return null;
    for (let j = range[0]; j < range[1]; j++) {
      if (this.alive[j] && names.includes(this.names[j]!)) return true;
    }
    return false;
  }

  /** Whether `inner` is `outer` or inside it (`outer.contains(inner)`); null when either is not covered. */
  contains(outer: Element, inner: Element): boolean | null {
    const i = outer === this.root ? -1 : this.position.get(outer);
    const j = inner === this.root ? -1 : this.position.get(inner);
    if (i === undefined || j === undefined || (i >= 0 && !this.alive[i]) || (j >= 0 && !this.alive[j])) return null;
    if (i === -1) return true;
    return i <= j && j < this.ends[i]!;
  }

  /**
   * A measure of `el`'s text (its collapsed length, its raw length), taken once by `measure` until
   * a removal below `el` changes its text. Each measure function has its own memo.
   */
  measureText(el: Element, measure: (el: Element) => number): number {
    let memo = this.textMeasures.get(measure);
    if (!memo) this.textMeasures.set(measure, (memo = new Map<Element, number>()));
    let n = memo.get(el);
    if (n === undefined) {
      n = measure(el);
      // Only covered elements are remembered: a removal can only invalidate what the index sees.
      if (el === this.root || this.position.has(el)) memo.set(el, n);
    }
    return n;
  }

  /** `el.getAttributeNames()`, read once: several page-wide rules ask every element for its attributes. */
  attributeNames(el: Element): readonly string[] {
    let names = this.attributeNameLists.get(el);
    if (!names) {
      names = attributeNamesRead(el);
      if (this.position.has(el)) this.attributeNameLists.set(el, names);
    }
    return names;
  }

  /** Call after adding or removing an attribute of `el` (values may change freely). */
  attributesChanged(el: Element): void {
    this.attributeNameLists.delete(el);
  }

  /** Call before `el` leaves the tree. */
  removed(el: Element): void {
    this.forgetTextAbove(el);
    const i = this.position.get(el);
    if (i !== undefined) this.alive.fill(0, i, this.ends[i]);
  }

  /** Call before `el` is replaced by `placeholder`, an element with no children. */
  replaced(el: Element, placeholder: Element): void {
    this.forgetTextAbove(el);
    const i = this.position.get(el);
    if (i === undefined) return;
    this.alive.fill(0, i + 1, this.ends[i]);
    this.position.delete(el);
    for (const memo of this.textMeasures.values()) memo.delete(el);
    this.elements[i] = placeholder;
    this.names[i] = placeholder.localName;
    this.position.set(placeholder, i);
  }

  private forgetTextAbove(el: Element): void {
    for (let up = el.parentElement; up; up = up.parentElement) {
      for (const memo of this.textMeasures.values()) memo.delete(up);
      if (up === this.root) break;
    }
  }
}

/**
 * The index of the phase running now. Module state rather than a parameter because the helpers
 * that use it (`descendantsNamed`, `textLength`) are called from deep inside rules and guards;
 * `cleanArticle` is synchronous, so at most one phase runs at a time, and the previous value is
 * restored on the way out.
 */
let active: ElementIndex | null = null;

export function activeElementIndex(): ElementIndex | null {
  return active;
}

/** `el.getAttributeNames()`, from the phase's element index when one is active. */
export function attributeNamesOf(el: Element): readonly string[] {
  return active ? active.attributeNames(el) : attributeNamesRead(el);
}

const NO_NAMES: readonly string[] = Object.freeze([]);

/** About a fifth of a page's elements carry no attribute (18 % on 150 trafilatura-dev pages): asking first spares building an empty list for each. */
function attributeNamesRead(el: Element): readonly string[] {
  return el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
}

/** Runs `work` with an index of `root` active, and drops it afterwards (even on a throw). */
export function withElementIndex<T>(root: Element, work: (index: ElementIndex) => T): T {
  const previous = active;
  const index = new ElementIndex(root);
  active = index;
  try {
    return work(index);
  } finally {
    active = previous;
  }
}
