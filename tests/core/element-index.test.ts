import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { activeElementIndex, ElementIndex, withElementIndex } from '../../core/element-index';
import { textLength } from '../../core/prose';

const TAGS = ['div', 'p', 'a', 'span', 'section', 'li'] as const;

/** Every element below `root`, by a real walk of the tree (what the index must agree with). */
function walk(root: Element, names?: readonly string[]): Element[] {
  const out: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 0x1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!names || names.includes((node as Element).localName)) out.push(node as Element);
  }
  return out;
}

function collapsedLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** A random tree: each new element goes under one of the elements made before it (or the root). */
const treeArb = fc.array(fc.record({ parent: fc.nat(), tag: fc.constantFrom(...TAGS), text: fc.constantFrom('', 'word', ' two words ', 'a longer run of text') }), { minLength: 1, maxLength: 40 });
/** Edits: remove or swap for a placeholder the n-th element still in the tree. */
const editsArb = fc.array(fc.record({ target: fc.nat(), swap: fc.boolean() }), { maxLength: 8 });

function build(spec: { parent: number; tag: string; text: string }[]): Element {
  const doc = new JSDOM('<body><main></main></body>').window.document;
  const root = doc.querySelector('main')!;
  const made: Element[] = [root];
  for (const { parent, tag, text } of spec) {
    const el = doc.createElement(tag);
    if (text) el.append(text);
    made[parent % made.length]!.append(el);
    made.push(el);
  }
  return root;
}

describe('ElementIndex', () => {
  test('answers subtree questions and text lengths exactly as a real walk, through removals and placeholder swaps', () => {
    fc.assert(
      fc.property(treeArb, editsArb, (spec, edits) => {
        const root = build(spec);
        const index = new ElementIndex(root);
        const check = () => {
          for (const el of [root, ...walk(root)]) {
            expect(index.descendants(el)).toEqual(walk(el));
            expect(index.descendants(el, ['p', 'a'])).toEqual(walk(el, ['p', 'a']));
            expect(index.hasDescendant(el, ['span'])).toBe(walk(el, ['span']).length > 0);
            expect(index.measureText(el, collapsedLength)).toBe(collapsedLength(el));
          }
          const all = [root, ...walk(root)];
          for (const outer of all) for (const inner of all) expect(index.contains(outer, inner)).toBe(outer.contains(inner));
        };
        check();
        for (const { target, swap } of edits) {
          const live = walk(root);
          if (!live.length) break;
          const el = live[target % live.length]!;
          if (swap) {
            const placeholder = root.ownerDocument.createElement('div');
            index.replaced(el, placeholder);
            el.replaceWith(placeholder);
          } else {
            index.removed(el);
            el.remove();
          }
          check();
        }
      }),
      { numRuns: 150 },
    );
  });

  test('does not answer for elements it does not cover, so callers walk the real tree', () => {
    const root = build([{ parent: 0, tag: 'div', text: 'x' }, { parent: 1, tag: 'p', text: 'y' }]);
    const index = new ElementIndex(root);
    const div = root.firstElementChild!;
    const elsewhere = new JSDOM('<body><div><p>z</p></div></body>').window.document.body.firstElementChild!;
    expect(index.descendants(elsewhere)).toBeNull();
    expect(index.hasDescendant(elsewhere, ['p'])).toBeNull();
    expect(index.contains(root, elsewhere)).toBeNull();
    index.removed(div);
    div.remove();
    // A removed block is no longer covered: its own subtree is still there to be walked.
    expect(index.descendants(div)).toBeNull();
    expect(index.contains(div, div.firstElementChild!)).toBeNull();
    expect(index.descendants(root)).toEqual([]);
  });
});

describe('ElementIndex attribute names', () => {
  test('are read once per element and read again after the element reports a change', () => {
    const root = build([{ parent: 0, tag: 'div', text: 'x' }]);
    const div = root.firstElementChild!;
    const index = new ElementIndex(root);
    expect(index.attributeNames(div)).toEqual([]);
    div.setAttribute('hidden', '');
    // Until the change is reported the phase keeps the names it read (the contract: report it).
    expect(index.attributeNames(div)).toEqual([]);
    index.attributesChanged(div);
    expect(index.attributeNames(div)).toEqual(['hidden']);
  });
});

describe('withElementIndex', () => {
  test('is active only while its work runs, also when the work throws', () => {
    const root = build([{ parent: 0, tag: 'p', text: 'short text' }]);
    expect(activeElementIndex()).toBeNull();
    const seen = withElementIndex(root, (index) => activeElementIndex() === index);
    expect(seen).toBe(true);
    expect(activeElementIndex()).toBeNull();
    expect(() => withElementIndex(root, () => { throw new Error('rule failed'); })).toThrow('rule failed');
    expect(activeElementIndex()).toBeNull();
  });

  test('textLength inside a phase sees a removal below an element it measured before', () => {
    const root = build([{ parent: 0, tag: 'div', text: 'kept words' }, { parent: 1, tag: 'p', text: 'removed words' }]);
    const div = root.firstElementChild!;
    withElementIndex(root, (index) => {
      expect(textLength(div)).toBe('kept wordsremoved words'.length);
      const p = div.querySelector('p')!;
      index.removed(p);
      p.remove();
      expect(textLength(div)).toBe('kept words'.length);
    });
  });
});
