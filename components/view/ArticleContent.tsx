import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { insertSanitizedHtml, parseSanitizedHtml } from '../shared/insert-sanitized-html';
import { hideBrokenImages } from './hide-broken-images';
import { hideLeftovers } from './hide-leftovers';
import { importProgressively } from './import-progressively';
import type { Removal } from '../../core/types';

export interface ArticleContentProps {
  /** The engine's sanitised `contentHtml`, with `<div data-qr-removed="ID">` placeholders. */
  html: string;
  /** Removals the reader chose to see in place (only `inPlace` ones have a placeholder). */
  shownInPlace: readonly Removal[];
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The content element once every node is in (the outline and the reading position need it), null while importing. */
  onReady?: (content: HTMLElement | null) => void;
  testId?: string;
}

/**
 * The article text. HTML goes in only through `parseSanitizedHtml`/`insertSanitizedHtml` (the
 * engine sanitised it), a slice at a time so a very long article never freezes the tab; images
 * load lazily. "Show in place" fills a removal's placeholder with its own sanitised HTML, and
 * hiding empties it.
 */
export function ArticleContent({ html, shownInPlace, lang, dir, onReady, testId }: ArticleContentProps) {
  const container = useRef<HTMLDivElement>(null);
  /** The `html` whose nodes are all in: placeholders exist only from then on. */
  const [complete, setComplete] = useState<string | null>(null);

  useLayoutEffect(() => {
    if (!container.current) return;
    const job = importProgressively(container.current, parseSanitizedHtml(html, { lazyImages: true }), {
      onImported: (element) => {
        hideBrokenImages(element);
        hideLeftovers(element);
      },
      onDone: () => setComplete(html),
    });
    return () => job.cancel();
  }, [html]);

  useLayoutEffect(() => {
    const root = container.current;
    if (!root || complete !== html) return;
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
  }, [html, shownInPlace, complete]);

  useLayoutEffect(() => {
    onReady?.(complete === html ? container.current : null);
  }, [html, complete, onReady]);

  return <div ref={container} class="qr-content" lang={lang ?? undefined} dir={dir ?? undefined} data-testid={testId} />;
}
