import type { ComponentChildren, Ref } from 'preact';
import { removedCountLabel } from './format';

export interface ViewBarProps {
  /** Blocks removed (copies counted); the control is hidden when nothing was removed. */
  removedBlocks: number;
  panelOpen: boolean;
  onTogglePanel: () => void;
  onClose: () => void;
  readingOpen: boolean;
  onToggleReading: () => void;
  readingButton?: Ref<HTMLButtonElement>;
  /** Controls of their own components (export, resume), before "N blocks removed". */
  tools?: ComponentChildren;
  /** Drawn along the bar's bottom edge (the reading progress). */
  children?: ComponentChildren;
}

/** The quiet top bar: "N blocks removed" and the way back to the page. */
export function ViewBar({ removedBlocks, panelOpen, onTogglePanel, onClose, readingOpen, onToggleReading, readingButton, tools, children }: ViewBarProps) {
  return (
    <div class="qr-bar" role="toolbar" aria-label="Clean view">
      <span class="qr-bar-spacer" />
      {tools}
      {removedBlocks > 0 && (
        <button
          type="button"
          class="qr-quiet-button"
          aria-expanded={panelOpen}
          aria-controls="qr-removed-panel"
          data-testid="removed-count"
          onClick={onTogglePanel}
        >
          {removedCountLabel(removedBlocks)}
        </button>
      )}
      <button type="button" ref={readingButton} class="qr-quiet-button qr-aa" aria-expanded={readingOpen} aria-controls="qr-reading-panel" aria-label="Reading settings" title="Reading settings: font, size, width, spacing, theme" data-testid="reading-toggle" onClick={onToggleReading}>
        Aa
      </button>
      <button type="button" class="qr-quiet-button qr-close" data-testid="view-close" title="Back to the page (Esc)" onClick={onClose}>
        Close
      </button>
      {children}
    </div>
  );
}
