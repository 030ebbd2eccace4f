/**
 * React streams a server-rendered page in pieces: a slow part is first sent as a fallback
 * ("Loading paragraph…") after `<!--$?--><template id="B:0"></template>`, and later, at the end of
 * the body, as `<div hidden id="S:0">…</div>` followed by a script calling `$RC("B:0","S:0")`, which
 * moves the content into place. A browser runs that script before a reader ever opens the view, so
 * the extension sees the story in place; jsdom runs no scripts, so the CLI would see the fallbacks
 * in the story and the real paragraphs in a hidden div at the end (Next.js's app router does this
 * for every suspended part of a page). This does what React's two inline functions do:
 * `$RC(boundary, segment)` (completeBoundary) and `$RS(segment, placeholder)` (completeSegment),
 * in the order the page calls them.
 */
const CALL = /\$R([CS])\(\s*"([^"]+)"\s*,\s*"([^"]+)"/g;

/** Moves streamed content into place as React's runtime would; returns how many parts moved. */
export function applyStreamedBoundaries(doc: Document, html: string): number {
  // Most pages are not streamed: decided on the raw text before any DOM work.
  if (!html.includes('$RC(') && !html.includes('$RS(')) return 0;
  let moved = 0;
  for (const script of doc.getElementsByTagName('script')) {
    const text = script.textContent ?? '';
    if (!text.includes('$R')) continue;
    for (const [, kind, first, second] of text.matchAll(CALL)) {
      if (kind === 'C' ? completeBoundary(doc, first!, second!) : completeSegment(doc, first!, second!)) moved++;
    }
  }
  return moved;
}

/** React's `$RC`: the fallback between the boundary's `<!--$?-->` and its `<!--/$-->` is replaced by the segment's children. */
function completeBoundary(doc: Document, boundaryId: string, segmentId: string): boolean {
  const segment = doc.getElementById(segmentId);
  const template = doc.getElementById(boundaryId);
  const start = template?.previousSibling;
  const parent = template?.parentNode;
  if (!segment || !template || !parent || start?.nodeType !== 8) return false;
  segment.remove();
  let node: ChildNode | null = template;
  let depth = 0;
  while (node) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) break;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') {
        depth++;
      }
    }
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  while (segment.firstChild) parent.insertBefore(segment.firstChild, node);
  (start as Comment).data = '$';
  return true;
}

/** React's `$RS`: the segment's children take the place of the placeholder template. */
function completeSegment(doc: Document, segmentId: string, placeholderId: string): boolean {
  const segment = doc.getElementById(segmentId);
  const placeholder = doc.getElementById(placeholderId);
  const parent = placeholder?.parentNode;
  if (!segment || !placeholder || !parent) return false;
  segment.remove();
  while (segment.firstChild) parent.insertBefore(segment.firstChild, placeholder);
  placeholder.remove();
  return true;
}
