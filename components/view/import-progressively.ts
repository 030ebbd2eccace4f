/**
 * Imports inert nodes (a DOMParser body) into the page a slice at a time, yielding between
 * slices, so a long article never holds the tab's main thread for long: the first slice (the
 * start of the article) goes in at once, the rest in later tasks. A node with a large subtree (a
 * gallery of 2,000 images) goes in as an empty shell and its children follow in later slices.
 */

/** Work per slice before yielding to the page: well under one frame. */
const SLICE_MS = 8;
/** Above this many descendant elements a node is imported shell-first, children later. */
const LARGE_SUBTREE = 200;

export interface ProgressiveImport {
  /** Stops importing (the article was replaced or the view closed); nodes already in stay. */
  cancel: () => void;
}

export interface ImportOptions {
  /** Called for every element imported with its subtree (e.g. to watch its images). */
  onImported?: (element: Element) => void;
  /** Called once, after the last node is in. */
  onDone?: () => void;
  /** Clock and yield, injectable for tests. */
  now?: () => number;
  later?: (task: () => void) => void;
}

interface Pending {
  target: ParentNode;
  nodes: Node[];
  next: number;
}

export function importProgressively(container: Element, source: ParentNode, options: ImportOptions = {}): ProgressiveImport {
  const now = options.now ?? (() => performance.now());
  const later = options.later ?? ((task: () => void) => void setTimeout(task, 0));
  const document = container.ownerDocument;
  const stack: Pending[] = [{ target: container, nodes: Array.from(source.childNodes), next: 0 }];
  let cancelled = false;

  const importOne = (node: Node, target: ParentNode) => {
    const large = node instanceof Element && node.getElementsByTagName('*').length > LARGE_SUBTREE;
    const copy = document.importNode(node, !large);
    target.append(copy);
    if (large) stack.push({ target: copy as Element, nodes: Array.from(node.childNodes), next: 0 });
    else if (copy instanceof Element) options.onImported?.(copy);
  };

  const slice = () => {
    if (cancelled) return;
    const started = now();
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.nodes.length) {
        stack.pop();
        continue;
      }
      importOne(top.nodes[top.next++]!, top.target);
      if (now() - started >= SLICE_MS) break;
    }
    if (stack.length) later(slice);
    else options.onDone?.();
  };

  container.replaceChildren();
  slice();
  return {
    cancel() {
      cancelled = true;
    },
  };
}
