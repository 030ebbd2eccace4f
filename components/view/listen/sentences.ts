/**
 * The article as sentences to read aloud, each with the DOM range it covers (for the highlight).
 *
 * What is read: the title, then the body's text blocks in order; captions only when the reader
 * asks for them; never a removed block (their placeholders, even when shown in place), code,
 * tables or hidden elements. Sentences come from `Intl.Segmenter` with granularity "sentence"
 * in the article's language, so "Dr. Müller kam um 9.30 Uhr." stays one sentence and Japanese
 * "。" ends one.
 */
export interface Sentence {
  text: string;
  range: Range;
  /** The block it belongs to (scrolled into view, marked while spoken). */
  block: HTMLElement;
}

const READ_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, figcaption';
const SKIPPED = 'pre, code, table, script, style, svg, math, [hidden], [aria-hidden="true"], [data-qr-removed]';
const CAPTIONS = 'figcaption, figure';
const ABBREVIATION = /^(?:\p{L}{1,2}|(?:\p{L}\.){1,3}\p{L})\.$/u;

export interface SentenceOptions {
  lang: string | null;
  captions: boolean;
}

export function articleSentences(title: HTMLElement | null, content: HTMLElement, options: SentenceOptions): Sentence[] {
  const segmenter = sentenceSegmenter(options.lang);
  const blocks = [...(title ? [title] : []), ...Array.from(content.querySelectorAll<HTMLElement>(READ_BLOCKS))].filter((block) => isRead(block, content, options));
  return blocks.flatMap((block) => blockSentences(block, segmenter));
}

function isRead(block: HTMLElement, content: HTMLElement, options: SentenceOptions): boolean {
  if (block.closest(SKIPPED)) return false;
  if (!options.captions && block.closest(CAPTIONS)) return false;
  // A block inside another read block (a <p> in an <li>, an <li> in a quote) is read with its parent.
  const parent = block.parentElement?.closest(READ_BLOCKS);
  if (parent && content.contains(parent)) return false;
  return Boolean(block.textContent?.trim());
}

interface Piece {
  node: Text;
  start: number;
}

function blockSentences(block: HTMLElement, segmenter: Intl.Segmenter): Sentence[] {
  const pieces: Piece[] = [];
  let text = '';
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIPPED) && node.parentElement !== block ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, start: text.length });
    text += node.data;
  }
  const sentences: Sentence[] = [];
  let carried: number | null = null;
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const lead = segment.length - segment.trimStart().length;
    // ICU in V8 ends a sentence at any "word. Capital": "Dr. Müller", "Mr. Smith". A one- or
    // two-letter word or a dotted short form ("z.B.") before the break is an abbreviation or an
    // initial, so it goes with what follows.
    if (ABBREVIATION.test(trimmed) && index + segment.length < text.length) {
      carried ??= index + lead;
      continue;
    }
    const start = carried ?? index + lead;
    carried = null;
    const end = index + segment.trimEnd().length;
    const spoken = text.slice(start, end).replace(/\s+/g, ' ').trim();
    const range = block.ownerDocument.createRange();
    const from = locate(pieces, start, false);
    const to = locate(pieces, end, true);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    sentences.push({ text: spoken, range, block });
  }
  return sentences;
}

/** The text node and offset at `position` of the block's text; `atEnd` prefers the end of a node to the start of the next. */
function locate(pieces: readonly Piece[], position: number, atEnd: boolean): { node: Text; offset: number } {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const end = piece.start + piece.node.data.length;
    if (position < end || (atEnd && position === end) || i === pieces.length - 1) return { node: piece.node, offset: Math.min(piece.node.data.length, Math.max(0, position - piece.start)) };
  }
  throw new Error('a block with sentences has text nodes');
}

function sentenceSegmenter(lang: string | null): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
}
