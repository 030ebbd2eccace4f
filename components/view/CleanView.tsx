import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CleanedArticle, Removal } from '../../core/types';
import type { Theme, Typography } from '../../utils/settings/defaults';
import { ArticleContent } from './ArticleContent';
import { ArticleHeading } from './ArticleHeading';
import { countRemovedBlocks } from './format';
import { applyLineWidth } from './measure-line-width';
import { ReadingPanel, type ReadingChange } from './ReadingPanel';
import { RemovedPanel } from './RemovedPanel';
import { ViewBar } from './ViewBar';
import { ExportMenu } from './ExportMenu';
import type { ExportSettings } from './export-actions';
import { Outline } from './Outline';
import { ReadingProgress } from './ReadingProgress';
import { ResumeNotice } from './ResumeNotice';
import { useReadingPosition, type ReadingPlaceActions } from './use-reading-position';

/** What the view may ask of its shell (the content script); the view itself never calls `browser.*`. */
export interface CleanViewActions {
  close: () => void;
  /** Saves "always keep this block on this site"; resolves when stored. */
  keepOnSite: (removal: Removal) => Promise<void>;
  /** Applies a reading setting to the view at once and saves it; rejects with a sentence for the reader when it could not be saved. */
  changeReading: (change: ReadingChange) => Promise<void>;
  /** Opens the browser's print dialog (the view's print stylesheet lays out the article alone). */
  print: () => void;
}

export interface CleanViewProps {
  article: CleanedArticle;
  removed: readonly Removal[];
  /** The page's host name, for the bar and the per-site rule. */
  host: string;
  keptFingerprints: ReadonlySet<string>;
  /** The page's own address, for the link back to it. */
  pageUrl: string;
  theme: Theme;
  typography: Typography;
  actions: CleanViewActions;
  exportSettings: ExportSettings;
  /** Saving and restoring the place in this article; null when the setting is off or there is no address. */
  place: ReadingPlaceActions | null;
  testId?: string;
}

/** The clean view: a quiet bar, the optional list of removals, and the article. */
export function CleanView({ article, removed, host, keptFingerprints, pageUrl, theme, typography, actions, exportSettings, place, testId }: CleanViewProps) {
  const [panelOpen, setPanelOpen] = useState(false);
  const [readingOpen, setReadingOpen] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const readingButton = useRef<HTMLButtonElement>(null);
  const articleBox = useRef<HTMLElement>(null);
  // The line width is N characters of this font at this size, measured (./measure-line-width.ts).
  useLayoutEffect(() => {
    if (articleBox.current) applyLineWidth(articleBox.current, typography.lineWidth);
  }, [typography.fontFamily, typography.fontSize, typography.lineWidth]);
  const closeReading = () => {
    setReadingOpen(false);
    readingButton.current?.focus({ preventScroll: true });
  };
  const changeReading = (change: ReadingChange) =>
    actions.changeReading(change).then(
      () => setSaveProblem(null),
      (problem: unknown) => setSaveProblem(problem instanceof Error ? problem.message : String(problem)),
    );
  const [shownIds, setShownIds] = useState<ReadonlySet<string>>(new Set());
  const root = useRef<HTMLDivElement>(null);
  // The dialog is the view's scroll container; outside one (component tests) the document scrolls.
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [content, setContent] = useState<HTMLElement | null>(null);
  useLayoutEffect(() => setScroller(root.current?.closest('dialog') ?? (document.scrollingElement as HTMLElement | null)), []);
  const reading = useReadingPosition(scroller, content, place);

  const setShown = (removal: Removal, shown: boolean) =>
    setShownIds((current) => {
      const next = new Set(current);
      if (shown) next.add(removal.id);
      else next.delete(removal.id);
      return next;
    });
  const keepOnSite = (removal: Removal) => {
    // Keeping a block also shows it now, which is what the reader just asked for.
    if (removal.inPlace) setShown(removal, true);
    void actions.keepOnSite(removal);
  };
  const shownInPlace = removed.filter((removal) => removal.inPlace && shownIds.has(removal.id));

  return (
    <div ref={root} class="qr-view" data-testid={testId} data-panel-open={panelOpen ? '' : undefined}>
      <ViewBar
        removedBlocks={countRemovedBlocks(removed)}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen(!panelOpen)}
        onClose={actions.close}
        readingOpen={readingOpen}
        onToggleReading={() => (readingOpen ? closeReading() : setReadingOpen(true))}
        readingButton={readingButton}
        tools={
          <>
            {reading.resumedAt !== null && <ResumeNotice resumedAt={reading.resumedAt} onStartFromTop={reading.startFromTop} testId="resume-notice" />}
            <ExportMenu article={article} removed={removed} settings={exportSettings} onPrint={actions.print} testId="export-menu" />
          </>
        }
      >
        <ReadingProgress progress={reading.progress} testId="reading-progress" />
      </ViewBar>
      {readingOpen && <ReadingPanel theme={theme} typography={typography} saveProblem={saveProblem} onChange={(change) => void changeReading(change)} onClose={closeReading} testId="reading-panel" />}
      {/* Not <main>: the page behind has its own, and the view lives in a dialog. */}
      <div class="qr-main" tabIndex={-1} role="region" aria-labelledby="qr-title" data-autofocus>
        {panelOpen && (
          <RemovedPanel
            removed={removed}
            shownInPlace={shownIds}
            keptFingerprints={keptFingerprints}
            host={host}
            onToggleInPlace={(removal) => setShown(removal, !shownIds.has(removal.id))}
            onKeepOnSite={keepOnSite}
            testId="removed-panel"
          />
        )}
        <Outline content={content} scroller={scroller} testId="outline" />
        <article ref={articleBox} class="qr-article" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
          <ArticleHeading article={article} pageUrl={pageUrl} testId="article-heading" />
          <ArticleContent html={article.contentHtml} shownInPlace={shownInPlace} lang={article.lang} dir={article.dir} onReady={setContent} testId="article-content" />
        </article>
      </div>
    </div>
  );
}
