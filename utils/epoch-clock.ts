/**
 * Milliseconds since the Unix epoch at sub-millisecond resolution, comparable across the
 * extension's contexts and the page (each has its own `performance.timeOrigin`). The browser
 * benchmark (bench/browser.ts) stitches a key press in the page, the background's command and the
 * reader's render together with it.
 */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}
