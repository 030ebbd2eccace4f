/**
 * What bench:browser runs inside the article page (main world) to time one open of the clean view
 * on the page's own clock: the first key of the shortcut reaching the page, the article's text
 * (or the view's message) appearing in the view's shadow root, and the next frame after it.
 *
 * Kept as source text, not a function: tsx (which runs the benchmarks) wraps named inner
 * functions in a `__name` helper that does not exist in the page.
 *
 * Times are milliseconds since the Unix epoch (`performance.timeOrigin` + `performance.now()`),
 * the clock the extension stamps its own steps with (utils/epoch-clock.ts).
 */

export interface ProbeReading {
  armedAt: number;
  /** The first keydown the page saw after arming (Alt, Shift or Y of the shortcut); null if none. */
  keyAt: number | null;
  /** The article's text (or the view's message) was in the DOM. */
  textAt: number | null;
  /** The next frame after `textAt` had run: the text was on screen. */
  paintAt: number | null;
  outcome: 'article' | 'message' | null;
}

const PROBE_SOURCE = String.raw`(viewTag) => {
  const now = () => performance.timeOrigin + performance.now();
  if (window.__qrBench) window.__qrBench.stop();
  const reading = { armedAt: now(), keyAt: null, textAt: null, paintAt: null, outcome: null };
  let finish;
  const done = new Promise((resolve) => { finish = resolve; });
  const timeout = setTimeout(() => finish(false), 30000);
  const onKey = (event) => { if (reading.keyAt === null) reading.keyAt = performance.timeOrigin + event.timeStamp; };
  window.addEventListener('keydown', onKey, true);
  let inner = null;
  const check = () => {
    if (reading.outcome) return;
    const root = document.querySelector(viewTag)?.shadowRoot;
    if (!root) return;
    if (!inner) {
      inner = new MutationObserver(check);
      inner.observe(root, { childList: true, subtree: true, characterData: true });
    }
    const content = root.querySelector('[data-testid="article-content"]');
    const message = root.querySelector('[data-testid="view-message"]');
    if (!(content && content.textContent.trim()) && !message) return;
    reading.textAt = now();
    reading.outcome = content ? 'article' : 'message';
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { reading.paintAt = now(); clearTimeout(timeout); finish(true); };
      channel.port2.postMessage(null);
    });
  };
  const outer = new MutationObserver(check);
  outer.observe(document.documentElement, { childList: true });
  check();
  window.__qrBench = {
    reading,
    done,
    stop() {
      outer.disconnect();
      if (inner) inner.disconnect();
      window.removeEventListener('keydown', onKey, true);
      clearTimeout(timeout);
      finish(false);
    },
  };
}`;

/** An expression that arms the probe for the next open (replacing any earlier one). */
export function armProbeExpression(viewTag: string): string {
  return `(${PROBE_SOURCE})(${JSON.stringify(viewTag)})`;
}

/** An expression that waits (up to 30 s) for the armed open to be painted, then gives the reading. */
export const PROBE_RESULT_EXPRESSION = `window.__qrBench.done.then(() => { window.__qrBench.stop(); return JSON.parse(JSON.stringify(window.__qrBench.reading)); })`;

/** An expression that waits (up to 30 s) until the view is gone from the page. */
export function closedExpression(viewTag: string): string {
  return `new Promise((resolve) => {
    const gone = () => document.querySelector(${JSON.stringify(viewTag)}) === null;
    if (gone()) return resolve(true);
    const observer = new MutationObserver(() => { if (gone()) { observer.disconnect(); resolve(true); } });
    observer.observe(document.documentElement, { childList: true });
    setTimeout(() => { observer.disconnect(); resolve(gone()); }, 30000);
  })`;
}
