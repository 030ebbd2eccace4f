import { HEADING_SELECTOR } from './reading-blocks';

export interface OutlineHeading {
  element: HTMLElement;
  text: string;
  /** 2 for h2, 3 for h3, …: the list indents by it. */
  level: number;
}

/** The outline appears only for an article with at least this many headings. */
export const OUTLINE_MIN_HEADINGS = 3;

/** The article's section headings (h2–h4) with text, in order. */
export function outlineHeadings(content: Element): OutlineHeading[] {
  return Array.from(content.querySelectorAll<HTMLElement>(HEADING_SELECTOR))
    .map((element) => ({ element, text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), level: Number(element.tagName.slice(1)) }))
    .filter((heading) => heading.text && !heading.element.closest('[data-qr-removed]'));
}

/** The heading whose section is at the reading line: the last one above it (or the first). */
export function currentHeadingIndex(headings: readonly OutlineHeading[], readingLine: number): number {
  let current = 0;
  for (let i = 0; i < headings.length; i++) {
    if (headings[i]!.element.getBoundingClientRect().top <= readingLine) current = i;
    else break;
  }
  return current;
}
