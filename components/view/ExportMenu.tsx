import { useRef, useState } from 'preact/hooks';
import type { CleanedArticle } from '../../core/types';
import { buildExportFile, copyText, downloadFile, type ExportedRemoval, type ExportSettings } from './export-actions';

export interface ExportMenuProps {
  article: CleanedArticle;
  removed: readonly ExportedRemoval[];
  settings: ExportSettings;
  /** Print: the shell's print (the view's print stylesheet hides the bar and the page behind). */
  onPrint: () => void;
  testId?: string;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

/**
 * "Export" in the bar: Copy as Markdown, Download .md, Download .html, Print. A disclosure (a
 * button and a list of buttons), so it is reachable with Tab and works with every screen reader;
 * each action says what happened, or why not, in a status line.
 */
export function ExportMenu({ article, removed, settings, onPrint, testId }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const run = async (action: () => Promise<string> | string) => {
    setOpen(false);
    try {
      setStatus({ tone: 'ok', text: await action() });
    } catch (error) {
      setStatus({ tone: 'error', text: `Could not export: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.` });
    }
    toggle.current?.focus({ preventScroll: true });
  };
  const copyMarkdown = () =>
    void run(async () => {
      await copyText(buildExportFile('markdown', article, removed, settings).text, root.current ?? document.body);
      return 'Copied as Markdown.';
    });
  const download = (format: 'markdown' | 'html') =>
    void run(() => {
      const file = buildExportFile(format, article, removed, settings);
      downloadFile(file, root.current?.ownerDocument ?? document);
      return `Saved ${file.name} to your downloads.`;
    });
  const print = () =>
    void run(() => {
      onPrint();
      return '';
    });
  const onKeyDown = (event: KeyboardEvent) => {
    // Esc closes the list first; a second Esc closes the view as usual.
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <div class="qr-export" ref={root} data-testid={testId} onKeyDown={onKeyDown}>
      <button ref={toggle} type="button" class="qr-quiet-button" aria-expanded={open} aria-controls="qr-export-list" data-testid="export-toggle" onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && (
        <ul id="qr-export-list" class="qr-export-list" aria-label="Export">
          <li><button type="button" class="qr-export-item" data-testid="export-copy-markdown" onClick={copyMarkdown}>Copy as Markdown</button></li>
          <li><button type="button" class="qr-export-item" data-testid="export-download-markdown" onClick={() => download('markdown')}>Download .md</button></li>
          <li><button type="button" class="qr-export-item" data-testid="export-download-html" onClick={() => download('html')}>Download .html</button></li>
          <li><button type="button" class="qr-export-item" data-testid="export-print" onClick={print}>Print…</button></li>
        </ul>
      )}
      <span class={`qr-export-status${status?.tone === 'error' ? ' qr-export-status--error' : ''}`} role="status" data-testid="export-status">
        {status?.text}
      </span>
    </div>
  );
}
