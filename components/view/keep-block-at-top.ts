import { scrollBlockToTop } from './reading-blocks';

/**
 * How long the article's size must stay still before a jump counts as settled, and the longest a
 * jump is held at all.
 */
const SETTLE_MS = 400;
const LONGEST_HOLD_MS = 3_000;
/** What a reader does to scroll: from then on the scroll position is theirs. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Scrolls `block` just under the bar (an outline jump, a restored reading place) and keeps it
 * there while the article finishes laying out around it. The view's blocks are
 * `content-visibility: auto`, sized by estimate until they come near the viewport, so after a jump
 * the blocks around the target are laid out a frame or two later and the article's height
 * changes. Chromium's scroll anchoring keeps the target where it was; Firefox's does not (a heading
 * put 60 px below the view's top ended up 129 px down two frames later, and a restored place
 * several paragraphs off). So the target is aimed at again on every change of `content`'s size,
 * until it has been still for SETTLE_MS, the reader scrolls, or LONGEST_HOLD_MS have passed.
 *
 * `onSettled` runs once when the hold ends by itself or by the reader's input; the returned
 * function ends it early without calling `onSettled` (the view closing, another jump).
 */
export function keepBlockAtTop(block: HTMLElement, scroller: HTMLElement, content: HTMLElement, onSettled?: () => void): () => void {
  scrollBlockToTop(block, scroller);
  const Observer = scroller.ownerDocument.defaultView?.ResizeObserver;
  if (typeof Observer !== 'function') {
    onSettled?.();
    return () => undefined;
  }
  let done = false;
  const observer = new Observer(() => {
    scrollBlockToTop(block, scroller);
    clearTimeout(quiet);
    quiet = setTimeout(() => finish(true), SETTLE_MS);
  });
  let quiet = setTimeout(() => finish(true), SETTLE_MS);
  const longest = setTimeout(() => finish(true), LONGEST_HOLD_MS);
  const onReaderInput = () => finish(true);

  function finish(settled: boolean): void {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(longest);
    for (const type of READER_INPUT) scroller.removeEventListener(type, onReaderInput, true);
    if (settled) onSettled?.();
  }

  observer.observe(content);
  for (const type of READER_INPUT) scroller.addEventListener(type, onReaderInput, { capture: true, passive: true });
  return () => finish(false);
}
