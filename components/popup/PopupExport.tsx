import { useRef, useState } from 'preact/hooks';
import type { CleanedArticle } from '../../core/types';
import { buildExportFile, copyText, downloadFile, type ExportedRemoval, type ExportSettings } from '../view/export-actions';

export interface PopupExportProps {
  article: CleanedArticle;
  removed: readonly ExportedRemoval[];
  settings: ExportSettings;
  testId?: string;
}

/** The popup's export row: the same files as the view's Export menu, from the previewed article. */
export function PopupExport({ article, removed, settings, testId = 'popup-export' }: PopupExportProps) {
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const run = async (action: () => Promise<string> | string) => {
    try {
      setStatus({ error: false, text: await action() });
    } catch (error) {
      setStatus({ error: true, text: `Could not export: ${error instanceof Error ? error.message : String(error)}.` });
    }
  };
  const save = (format: 'markdown' | 'html') =>
    void run(() => {
      const file = buildExportFile(format, article, removed, settings);
      downloadFile(file);
      return `Saved ${file.name}.`;
    });
  return (
    <div class="popup-export" ref={root} data-testid={testId}>
      <span class="popup-export__label">Export</span>
      <button
        type="button"
        class="popup-export__button"
        data-testid="popup-copy-markdown"
        onClick={() =>
          void run(async () => {
            await copyText(buildExportFile('markdown', article, removed, settings).text, root.current ?? document.body);
            return 'Copied as Markdown.';
          })
        }
      >
        Copy Markdown
      </button>
      <button type="button" class="popup-export__button" data-testid="popup-download-markdown" onClick={() => save('markdown')}>
        .md
      </button>
      <button type="button" class="popup-export__button" data-testid="popup-download-html" onClick={() => save('html')}>
        .html
      </button>
      <span class={`popup-export__status${status?.error ? ' popup-export__status--error' : ''}`} role="status" data-testid="popup-export-status">
        {status?.text}
      </span>
    </div>
  );
}
