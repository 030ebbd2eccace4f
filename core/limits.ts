import type { CleanError, PageLimitName } from './types';

/**
 * Page limits, checked in one cheap walk before any expensive work (cloning, Readability,
 * DOMPurify). Above a limit the engine answers `too-large` naming it, instead of freezing the tab
 * or blowing the stack: Readability's scoring is super-linear in nesting depth and both it and
 * the HTML serialiser recurse per level (5,000 nested divs overflow the stack in jsdom).
 *
 * Why these numbers (measured in tests/robustness/extreme-pages.test.ts):
 * - elements 100,000: Readability's own `maxElemsToParse` scale; a long news page has 1–5 thousand;
 * - depth 300: browsers' HTML parsers stop nesting at 512 levels, real articles stay below 60,
 *   and Readability's time grows quickly with depth;
 * - text 2,000,000 characters: about 300,000 words, several novels; the cleanup rules read the
 *   text of every block, so the text size bounds their time. Text inside `<script>`, `<style>`,
 *   `<template>` and `<noscript>` does not count (frameworks inline megabytes of JSON there).
 */
export interface PageLimits {
  maxElements: number;
  maxDepth: number;
  maxTextChars: number;
}

export const DEFAULT_PAGE_LIMITS: Readonly<PageLimits> = {
  maxElements: 100_000,
  maxDepth: 300,
  maxTextChars: 2_000_000,
};

const UNREAD_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'script', 'style', 'template', 'noscript']);

/** What one walk of the page found, stopping as soon as a limit is passed. */
export interface PageSize {
  elements: number;
  depth: number;
  textChars: number;
  exceeded: keyof PageLimits | null;
}

/**
 * Walks the document once, iteratively (no recursion, so no stack to blow), and stops at the
 * first limit passed.
 */
export function measurePage(doc: Document, limits: PageLimits): PageSize {
  const size: PageSize = { elements: 0, depth: 0, textChars: 0, exceeded: null };
  const root = doc.documentElement;
  if (!root) return size;
  let node: Node = root;
  let depth = 1;
  for (;;) {
    if (node.nodeType === 1) {
      size.elements++;
      if (depth > size.depth) size.depth = depth;
      if (size.elements > limits.maxElements) return { ...size, exceeded: 'maxElements' };
      if (depth > limits.maxDepth) return { ...size, exceeded: 'maxDepth' };
    } else if (node.nodeType === 3 && !UNREAD_TEXT_PARENTS.has(node.parentNode?.nodeName ?? '')) {
      size.textChars += (node as Text).length;
      if (size.textChars > limits.maxTextChars) return { ...size, exceeded: 'maxTextChars' };
    }
    // Next node in document order: first child, else the next sibling of the node or of its
    // nearest ancestor that has one, never leaving the root.
    const child = node.nodeType === 1 ? node.firstChild : null;
    if (child) {
      node = child;
      depth++;
      continue;
    }
    for (;;) {
      if (node === root) return size;
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentNode ?? root;
      depth--;
    }
  }
}

const LIMIT_NAME: Record<keyof PageLimits, PageLimitName> = { maxElements: 'elements', maxDepth: 'depth', maxTextChars: 'text' };

const LIMIT_WORDING: Record<keyof PageLimits, (limit: string) => string> = {
  maxElements: (limit) => `This page has more than ${limit} elements, the most Quiet Reader cleans.`,
  maxDepth: (limit) => `This page nests its elements more than ${limit} levels deep, more than Quiet Reader cleans.`,
  maxTextChars: (limit) => `This page has more than ${limit} characters of text, more than Quiet Reader cleans.`,
};

/**
 * `too-large` naming the limit the page passes (`exceeded`, its value `limit`, and an English
 * sentence), or null when it is within all of them.
 *
 * @example
 * const tooLarge = checkPageLimits(document, { maxElements: 50_000 });
 * if (tooLarge) show(tooLarge.message); // "This page has more than 50,000 elements, …"
 */
export function checkPageLimits(doc: Document, overrides: Partial<PageLimits> = {}): CleanError | null {
  const limits: PageLimits = { ...DEFAULT_PAGE_LIMITS, ...definedOnly(overrides) };
  const { exceeded } = measurePage(doc, limits);
  if (!exceeded) return null;
  const limit = limits[exceeded];
  return { code: 'too-large', exceeded: LIMIT_NAME[exceeded], limit, message: LIMIT_WORDING[exceeded](limit.toLocaleString('en')) };
}

function definedOnly(overrides: Partial<PageLimits>): Partial<PageLimits> {
  const out: Partial<PageLimits> = {};
  for (const key of Object.keys(overrides) as (keyof PageLimits)[]) {
    const value = overrides[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[key] = value;
  }
  return out;
}
