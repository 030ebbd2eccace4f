import { useEffect, useRef, useState } from 'preact/hooks';
import { keepBlockAtTop } from './keep-block-at-top';
import { firstVisibleBlock, readingBlocks, scrollProgress } from './reading-blocks';

/** A place in the article, as the view saves and restores it (utils/reading-positions/). */
export interface SavedPlace {
  block: number;
  progress: number;
}

export interface ReadingPlaceActions {
  /** The place the reader left this article at, or null (also null when the setting is off). */
  initial: SavedPlace | null;
  save(place: SavedPlace): void;
  /** "Start from the top", or scrolled back to the top: nothing to resume next time. */
  forget(): void;
}

/** Saves at most this often while scrolling; once more when the view closes. */
const SAVE_DELAY_MS = 700;
/** Near the top there is nothing to come back to. */
const TOP_PROGRESS = 0.01;

/**
 * Progress while scrolling, the place restored once the content is in, and saved as you read.
 * `content` is null until the article's nodes are all in the view.
 */
export function useReadingPosition(scroller: HTMLElement | null, content: HTMLElement | null, place: ReadingPlaceActions | null) {
  const [progress, setProgress] = useState(0);
  const [resumedAt, setResumedAt] = useState<number | null>(null);
  const placeRef = useRef(place);
  /** Restored once per view: a re-clean (settings changed) must not jump back to where it opened. */
  const restored = useRef(false);
  placeRef.current = place;

  useEffect(() => {
    if (!scroller || !content) return;
    let blocks = readingBlocks(content);
    let timer: ReturnType<typeof setTimeout> | null = null;
    let frame = 0;
    let restoring = false;
    const current = (): SavedPlace => ({ block: firstVisibleBlock(blocks, scroller), progress: scrollProgress(scroller) });
    const save = () => {
      timer = null;
      const actions = placeRef.current;
      if (!actions || restoring) return;
      const now = current();
      if (now.progress <= TOP_PROGRESS && now.block === 0) actions.forget();
      else actions.save(now);
    };
    const onScroll = () => {
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          const value = scrollProgress(scroller);
          setProgress(value);
          if (value <= TOP_PROGRESS) setResumedAt(null);
        });
      }
      if (placeRef.current && !timer) timer = setTimeout(save, SAVE_DELAY_MS);
    };

    const initial = placeRef.current?.initial;
    let stopRestoring: () => void = () => undefined;
    if (initial && blocks.length && !restored.current) {
      restored.current = true;
      const target = blocks[Math.min(initial.block, blocks.length - 1)]!;
      restoring = true;
      // Held there while the blocks around it lay out (content-visibility: ./keep-block-at-top.ts).
      stopRestoring = keepBlockAtTop(target, scroller, content, () => {
        restoring = false;
        setProgress(scrollProgress(scroller));
      });
      setResumedAt(initial.progress);
    }
    setProgress(scrollProgress(scroller));
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      stopRestoring();
      scroller.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
      if (timer) {
        clearTimeout(timer);
        save();
      }
      blocks = [];
    };
  }, [scroller, content]);

  const startFromTop = () => {
    if (!scroller) return;
    scroller.scrollTop = 0;
    setResumedAt(null);
    setProgress(0);
    placeRef.current?.forget();
  };
  return { progress, resumedAt, startFromTop };
}
