import { useLayoutEffect, useRef } from 'preact/hooks';
import { insertSanitizedHtml } from '../shared/insert-sanitized-html';
import { hideBrokenImages } from './hide-broken-images';
import type { Removal } from '../../core/types';

export interface ArticleContentProps {
  /** The engine's sanitised `contentHtml`, with `<div data-qr-removed="ID">` placeholders. */
  html: string;
  /** Removals the reader chose to see in place (only `inPlace` ones have a placeholder). */
  shownInPlace: readonly Removal[];
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  testId?: string;
}

/**
 * The article text. HTML goes in only through `insertSanitizedHtml` (the engine sanitised it);
 * "show in place" fills a removal's placeholder with its own sanitised HTML, and hiding empties it.
 */
export function ArticleContent({ html, shownInPlace, lang, dir, testId }: ArticleContentProps) {
  const container = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    if (!container.current) return;
    insertSanitizedHtml(container.current, html);
    hideBrokenImages(container.current);
  }, [html]);

  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const shown = new Map(shownInPlace.map((removal) => [removal.id, removal]));
    for (const placeholder of Array.from(root.querySelectorAll<HTMLElement>('[data-qr-removed]'))) {
      const removal = shown.get(placeholder.dataset.qrRemoved ?? '');
      if (removal && !placeholder.hasChildNodes()) {
        insertSanitizedHtml(placeholder, removal.html);
        hideBrokenImages(placeholder);
        placeholder.setAttribute('aria-label', `Removed block, shown again: ${removal.reason}`);
        placeholder.setAttribute('role', 'note');
        // The reader asked to see it: bring it into view (the list may have scrolled the article away).
        placeholder.scrollIntoView?.({ block: 'center' });
      } else if (!removal && placeholder.hasChildNodes()) {
        placeholder.replaceChildren();
        placeholder.removeAttribute('aria-label');
        placeholder.removeAttribute('role');
      }
    }
  }, [html, shownInPlace]);

  return <div ref={container} class="qr-content" lang={lang ?? undefined} dir={dir ?? undefined} data-testid={testId} />;
}
