// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepBlockAtTop } from '../../components/view/keep-block-at-top';

/*
 * happy-dom lays nothing out, so the scroller, the target block and the content's size changes are
 * played by hand: `blockTop` is where the block is in the document, the scroller's scrollTop moves
 * it, and a fake ResizeObserver stands for the browser laying out blocks near the target (which,
 * in Firefox, moves the target after the jump).
 */

let observers: FakeResizeObserver[] = [];
class FakeResizeObserver {
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: () => void) {
    observers.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** The content changed size. */
  fire() {
    if (!this.disconnected) this.callback();
  }
}

const BAR = 40;
let blockTop = 0;

function stage() {
  const scroller = document.createElement('div');
  const bar = document.createElement('div');
  bar.className = 'qr-bar';
  const content = document.createElement('div');
  const block = document.createElement('h2');
  content.append(block);
  scroller.append(bar, content);
  document.body.append(scroller);
  let scrollTop = 0;
  Object.defineProperty(scroller, 'scrollTop', { get: () => scrollTop, set: (value: number) => (scrollTop = value), configurable: true });
  scroller.getBoundingClientRect = () => ({ top: 0, height: 600 }) as DOMRect;
  bar.getBoundingClientRect = () => ({ top: 0, height: BAR }) as DOMRect;
  block.getBoundingClientRect = () => ({ top: blockTop - scrollTop }) as DOMRect;
  /** Where the block sits in the view, below the bar. */
  const offset = () => block.getBoundingClientRect().top - BAR;
  return { scroller, content, block, offset };
}

beforeEach(() => {
  vi.useFakeTimers();
  observers = [];
  blockTop = 3000;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('keepBlockAtTop', () => {
  it('puts the block just under the bar, and back there each time the content around it lays out', () => {
    const { scroller, content, block, offset } = stage();
    const settled = vi.fn();
    keepBlockAtTop(block, scroller, content, settled);
    expect(offset()).toBe(8);
    expect(observers[0]!.observed).toEqual([content]);

    blockTop += 69; // blocks above the target came out taller than their estimate
    expect(offset()).toBe(77);
    observers[0]!.fire();
    expect(offset()).toBe(8);

    vi.advanceTimersByTime(399);
    blockTop -= 20;
    observers[0]!.fire();
    expect(offset()).toBe(8);
    expect(settled).not.toHaveBeenCalled();
  });

  it('lets go once the content has been still for a moment, and says so once', () => {
    const { scroller, content, block, offset } = stage();
    const settled = vi.fn();
    keepBlockAtTop(block, scroller, content, settled);
    vi.advanceTimersByTime(400);
    expect(settled).toHaveBeenCalledTimes(1);
    expect(observers[0]!.disconnected).toBe(true);
    blockTop += 100;
    observers[0]!.fire();
    expect(offset(), 'no longer held').toBe(108);
    vi.advanceTimersByTime(5_000);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('lets go as soon as the reader scrolls, so it never fights them', () => {
    const { scroller, content, block } = stage();
    const settled = vi.fn();
    keepBlockAtTop(block, scroller, content, settled);
    scroller.dispatchEvent(new Event('wheel'));
    expect(settled).toHaveBeenCalledTimes(1);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('lets go after at most 3 s even if the content keeps changing', () => {
    const { scroller, content, block } = stage();
    const settled = vi.fn();
    keepBlockAtTop(block, scroller, content, settled);
    for (let elapsed = 0; elapsed < 3_000; elapsed += 300) {
      observers[0]!.fire();
      vi.advanceTimersByTime(300);
    }
    expect(settled).toHaveBeenCalledTimes(1);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('ended early (the view closes, another jump), it stops without reporting settled', () => {
    const { scroller, content, block } = stage();
    const settled = vi.fn();
    const stop = keepBlockAtTop(block, scroller, content, settled);
    stop();
    expect(observers[0]!.disconnected).toBe(true);
    vi.advanceTimersByTime(5_000);
    expect(settled).not.toHaveBeenCalled();
  });
});
