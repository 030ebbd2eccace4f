import { useLayoutEffect, useRef } from 'preact/hooks';
import { insertSanitizedHtml } from './insert-sanitized-html';

export interface SanitizedArticleProps {
  /** The engine's sanitised `contentHtml`. */
  html: string;
  class?: string;
  /** Accessible name of the reading pane (it is a focusable, scrollable region). */
  label: string;
  testId?: string;
}

/** A scrollable, keyboard-focusable reading pane showing already-sanitised article HTML. */
export function SanitizedArticle({ html, class: className, label, testId }: SanitizedArticleProps) {
  const pane = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (pane.current) insertSanitizedHtml(pane.current, html);
  }, [html]);
  // Broken images (offline, blocked, lazy placeholders) would show as empty frames: hide them.
  const hideBrokenImage = (event: Event) => {
    const target = event.target as HTMLElement | null;
    if (target?.tagName === 'IMG') target.setAttribute('hidden', '');
  };
  return (
    <div
      ref={pane}
      class={className}
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      onErrorCapture={hideBrokenImage}
    />
  );
}
