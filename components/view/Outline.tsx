import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { keepBlockAtTop } from './keep-block-at-top';
import { coveredTop } from './reading-blocks';
import { currentHeadingIndex, OUTLINE_MIN_HEADINGS, outlineHeadings } from './outline-headings';
import { t } from '../../utils/i18n';
import { useMarginRoom } from './use-margin-room';

/** The docked outline's width plus a gap each side, in rem (view-tools.css `.qr-outline[data-docked]`). */
const DOCKED_OUTLINE_REM = 15 + 2 * 1.25;

export interface OutlineProps {
  /** The article's content element once all its nodes are in (null before). */
  content: HTMLElement | null;
  scroller: HTMLElement | null;
  testId?: string;
}

/**
 * "Contents": the article's headings as a collapsible list (a native <details>, so it opens with
 * Enter or Space), the current section marked while you scroll. Choosing a heading scrolls to it
 * and moves focus there, so the next Tab continues from that section. Where the margin left of
 * the article has room it stays there while you read (`data-docked`); otherwise it sits above.
 */
export function Outline({ content, scroller, testId }: OutlineProps) {
  const headings = useMemo(() => (content ? outlineHeadings(content) : []), [content]);
  const [current, setCurrent] = useState(0);
  const docked = useMarginRoom(content, scroller, DOCKED_OUTLINE_REM);
  /** Ends the last jump's hold on its heading (./keep-block-at-top.ts). */
  const stopHolding = useRef<() => void>(() => undefined);
  useEffect(() => () => stopHolding.current(), []);

  useEffect(() => {
    if (!scroller || headings.length < OUTLINE_MIN_HEADINGS) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      // The reading line: a third of the way down what is visible under the bar.
      const top = scroller.getBoundingClientRect().top + coveredTop(scroller);
      setCurrent(currentHeadingIndex(headings, top + (scroller.clientHeight - coveredTop(scroller)) / 3));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, headings]);

  if (headings.length < OUTLINE_MIN_HEADINGS) return null;
  const jump = (index: number) => {
    const heading = headings[index]!;
    stopHolding.current();
    if (scroller && content) stopHolding.current = keepBlockAtTop(heading.element, scroller, content);
    else heading.element.scrollIntoView?.({ block: 'start' });
    if (!heading.element.hasAttribute('tabindex')) heading.element.setAttribute('tabindex', '-1');
    heading.element.focus({ preventScroll: true });
    setCurrent(index);
  };
  const minLevel = Math.min(...headings.map((heading) => heading.level));
  return (
    <nav class="qr-outline" aria-label={t('view.contents')} data-docked={docked ? '' : undefined} data-testid={testId}>
      <details>
        <summary class="qr-outline-summary">{t('view.contents')}</summary>
        <ol class="qr-outline-list">
          {headings.map((heading, index) => (
            <li key={index} class="qr-outline-item" style={{ paddingInlineStart: `${(heading.level - minLevel) * 0.9}em` }}>
              <button type="button" class="qr-outline-link" aria-current={index === current ? 'location' : undefined} data-testid="outline-link" onClick={() => jump(index)}>
                {heading.text}
              </button>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
