import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the margin beside the article (its left edge to the view's) is at least `neededRem`
 * wide: the outline sits there only then, and above the article otherwise. A fixed window width
 * was not enough: with the removed list open, or a long line width, the article moves left and a
 * docked outline covered its first words. Checked again whenever the window, the reading area
 * (its padding changes with the list) or the article's width changes.
 */
export function useMarginRoom(content: HTMLElement | null, scroller: HTMLElement | null, neededRem: number): boolean {
  const [room, setRoom] = useState(false);
  useEffect(() => {
    if (!content || !scroller) return;
    const measure = () => {
      const rem = Number.parseFloat(getComputedStyle(content.ownerDocument.documentElement).fontSize) || 16;
      setRoom(content.getBoundingClientRect().left - scroller.getBoundingClientRect().left >= neededRem * rem);
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    for (const element of [scroller, content, content.closest('.qr-main')]) if (element) observer.observe(element);
    return () => observer.disconnect();
  }, [content, scroller, neededRem]);
  return room;
}
