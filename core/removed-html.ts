import type { RemovalLog } from './remove-candidates';
import type { Removal } from './types';

/**
 * `Removal.html`, computed when first read. Most readers never open a removed block, and
 * sanitising every one of them at the end of a clean was the engine's largest cost after the
 * rules (a median 8 ms per page in bench:speed, more than the article's own sanitising).
 */

/**
 * Gives each removal whose element was kept a lazy `html`: `sanitizeBlock` (core/sanitize.ts)
 * runs on the first read only, and its answer replaces the accessor, so a block is sanitised at
 * most once and then released. The property stays an enumerable own property: spreading,
 * `JSON.stringify` (the CLI's `--json`) and structured clone read it through the same sanitiser,
 * so no unsanitised HTML can leave. A read that fails (the window it was cleaned with is closed)
 * answers '', the documented "nothing to show", like a block over the cap.
 */
export function attachLazyRemovedHtml(log: RemovalLog, sanitizeBlock: (element: Element) => string): void {
  for (const removal of log.removals) {
    const element = log.elements?.get(removal.id);
    if (!element) continue;
    const settle = (html: string) => Object.defineProperty(removal, 'html', { value: html, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(removal, 'html', {
      enumerable: true,
      configurable: true,
      get() {
        let html = '';
        try {
          html = sanitizeBlock(element);
        } catch {
          // '' already means "no HTML to show"; the removal record itself stays valid.
        }
        settle(html);
        return html;
      },
      set: settle,
    });
  }
}

/**
 * Sanitises now every removal's HTML still pending. For a caller about to close the window the
 * page was cleaned with: the CLI and the benchmarks close each page's jsdom window, after which
 * DOMPurify has no document to work in.
 */
export function settleRemovedHtml(removed: readonly Removal[]): void {
  for (const removal of removed) void removal.html;
}
