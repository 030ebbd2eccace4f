/**
 * Recall recovery, part 0: a page streamed by React's server renderer (behind Next.js and many
 * sites) sends its layout first, with a `<template id="B:n">` (a Suspense boundary, its fallback
 * after it: "Loading…", a skeleton) or `<template id="P:n">` (a placeholder) where a late part
 * goes, and each late part afterwards as `<div hidden id="S:n">`; an inline script
 * (`$RC("B:n","S:n")`, `$RS("S:n","P:n")`) then moves the part into place. A browser has run those
 * scripts before the reader opens the view; a page read from its HTML (the CLI, a saved page) still
 * holds the story in a dozen hidden parts at the end of the body, none of which Readability reads.
 * This does what those scripts do, before anything else looks at the page: each hidden part takes
 * its template's place, and a boundary's fallback goes, when the page kept React's `<!--$?-->` …
 * `<!--/$-->` markers around it (without them the fallback's end is unknown, so it stays).
 *
 * A part and its template share their number (every `$RC`/`$RS` call seen on real pages pairs
 * `B:n` or `P:n` with `S:n`), and an `identifierPrefix` before `B:`/`P:`/`S:`.
 */
const SEGMENT_ID = /^(.*)S:([0-9a-z]+)$/;

/** Moves each streamed part into its template's place; returns how many moved. */
export function placeStreamedSegments(doc: Document): number {
  // The parts follow the layout as children of <body>: a look at those costs nothing on the pages
  // (nearly all) that have none, where a search of the whole page would cost a walk of it.
  const segments: [Element, string, string][] = [];
  for (let child = doc.body?.firstElementChild ?? null; child; child = child.nextElementSibling) {
    const match = child.localName === 'div' && child.hasAttribute('hidden') ? SEGMENT_ID.exec(child.id) : null;
    if (match) segments.push([child, match[1]!, match[2]!]);
  }
  if (!segments.length) return 0;
  const templates = new Map<string, Element>();
  for (const template of Array.from(doc.getElementsByTagName('template'))) if (template.id) templates.set(template.id, template);
  let placed = 0;
  for (const [segment, prefix, n] of segments) {
    const boundary = templates.get(`${prefix}B:${n}`);
    const target = boundary ?? templates.get(`${prefix}P:${n}`);
    if (!target?.parentNode || segment.contains(target)) continue;
    if (boundary) removeFallback(boundary);
    target.replaceWith(...Array.from(segment.childNodes));
    segment.remove();
    placed++;
  }
  return placed;
}

/** React's own walk (`$RC`): from the boundary's `<!--$?-->` to its matching `<!--/$-->`, nested boundaries counted. */
function removeFallback(template: Element): void {
  const start = template.previousSibling;
  if (start?.nodeType !== 8 || (start as Comment).data !== '$?') return;
  let end: ChildNode | null = template.nextSibling;
  const fallback: ChildNode[] = [];
  let depth = 0;
  for (; end; end = end.nextSibling) {
    if (end.nodeType === 8) {
      const data = (end as Comment).data;
      if (data === '/$') {
        if (depth === 0) break;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    fallback.push(end);
  }
  // No end marker: the markers are not React's, so nothing is taken.
  if (!end) return;
  for (const node of fallback) node.remove();
  (start as Comment).data = '$';
}
