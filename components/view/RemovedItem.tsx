import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { insertSanitizedHtml } from '../shared/insert-sanitized-html';
import { hideBrokenImages } from './hide-broken-images';
import type { Removal } from '../../core/types';
import { copiesLabel, kindLabel } from './format';

export interface RemovedItemProps {
  removal: Removal;
  /** Shown in the article at its placeholder (only for `inPlace` removals). */
  shownInPlace: boolean;
  /** The site rule already keeps this block (it will not be removed on the next visit). */
  kept: boolean;
  onToggleInPlace: (removal: Removal) => void;
  onKeepOnSite: (removal: Removal) => void;
  testId?: string;
}

/** One removed block: kind, why, a preview, and the ways to get it back. */
export function RemovedItem({ removal, shownInPlace, kept, onToggleInPlace, onKeepOnSite, testId }: RemovedItemProps) {
  // Blocks removed before Readability have no place in the article; they can be shown here.
  const [shownHere, setShownHere] = useState(false);
  const copies = copiesLabel(removal.copies);
  return (
    <li class="qr-removed-item" data-testid={testId} data-removal-id={removal.id}>
      <div class="qr-removed-kind">
        {kindLabel(removal.kind)}
        {copies && <span class="qr-removed-copies">{copies}</span>}
      </div>
      <p class="qr-removed-reason">{removal.reason}</p>
      {removal.preview && <p class="qr-removed-preview">“{removal.preview}”</p>}
      <div class="qr-removed-actions">
        {removal.inPlace ? (
          <button type="button" class="qr-small-button" aria-pressed={shownInPlace} data-testid="removed-show-in-place" onClick={() => onToggleInPlace(removal)}>
            {shownInPlace ? 'Hide again' : 'Show in place'}
          </button>
        ) : (
          <button type="button" class="qr-small-button" aria-pressed={shownHere} data-testid="removed-show-here" disabled={!removal.html} onClick={() => setShownHere(!shownHere)}>
            {shownHere ? 'Hide' : 'Show'}
          </button>
        )}
        <button type="button" class="qr-small-button" data-testid="removed-keep-on-site" disabled={kept} onClick={() => onKeepOnSite(removal)}>
          {kept ? 'Kept on this site' : 'Always keep this on this site'}
        </button>
      </div>
      {shownHere && <RemovedHtml html={removal.html} />}
    </li>
  );
}

function RemovedHtml({ html }: { html: string }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!box.current) return;
    insertSanitizedHtml(box.current, html);
    hideBrokenImages(box.current);
  }, [html]);
  return <div ref={box} class="qr-removed-html" data-testid="removed-html" />;
}
