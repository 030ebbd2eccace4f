import { h, render } from 'preact';
import type { CleanResult, Removal } from '../../core/types';
import { CleanView } from '../../components/view/CleanView';
import { ViewMessage } from '../../components/view/ViewMessage';
import type { ArticlePreview, CleanPreview, OpenTimings, RemovalSummary, ViewProblem, ViewState } from '../../utils/messaging';
import { sendMessage } from '../../utils/messaging';
import { DEFAULT_SITE_RULE, getPreferences, getSiteRule, saveSiteRule, updatePreferences, watchPreferences, type Preferences } from '../../utils/settings';
import { changesCleaning, cleaningSettingsOf, cleaningSiteRuleOf, type CleaningSettings } from '../../utils/settings/cleaning-settings';
import type { ReadingChange } from '../../components/view/ReadingPanel';
import { createReadingSaver, withReadingChange } from './reading-save';
import { cleanPage, type PageCleaning } from './clean-page';
import { focusView, mountView, type MountedView } from './mount-view';
import { unreadableDocumentProblem } from './page-check';
import { loadReadingPlace } from './reading-place';
import { typographyVariables } from '../../components/view/view-style';
import { prepareViewRendering } from '../../components/view/prepare-view';
import { epochNow } from '../../utils/epoch-clock';
import type { ReadingPlaceActions } from '../../components/view/use-reading-position';
import { cleanErrorMessage } from '../../utils/i18n/problems';

/**
 * The clean view's life in one tab: open (clean the live document, render), close (restore),
 * toggle, and a dry-run preview for the popup. One session per page; the message handlers in
 * ./handlers.ts call it.
 */
export interface ReaderSession {
  open(options: { quiet: boolean }): Promise<ViewState>;
  close(): ViewState;
  toggle(): Promise<ViewState>;
  state(): ViewState;
  preview(): Promise<CleanPreview>;
  /** The cleaned article for the popup's reading pane, with the popup's (maybe unsaved) settings. */
  previewArticle(settings: CleaningSettings): Promise<ArticlePreview>;
}

/** What the popup lists of a removal: everything but its HTML, which stays in the tab. */
const summarizeRemoval = ({ id, kind, rule, reason, preview, copies, fingerprint, quiet }: Removal): RemovalSummary => ({ id, kind, rule, reason, preview, copies, fingerprint, ...(quiet && { quiet }) });
const round = (ms: number) => Math.round(ms * 10) / 10;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface OpenView {
  mount: MountedView;
  result: Extract<CleanResult, { ok: true }>;
  preferences: Preferences;
  kept: Set<string>;
  stopWatching: () => void;
  place: ReadingPlaceActions | null;
  timings?: OpenTimings;
}

export function createReaderSession(doc: Document = document): ReaderSession {
  let open: OpenView | null = null;
  /** A message view (not an article, too large, …) is open; it closes like the view. */
  let message: { mount: MountedView; problem: ViewProblem } | null = null;
  /** Serialises open/close so a double trigger cannot mount two views. */
  let queue: Promise<unknown> = Promise.resolve();
  const host = doc.location?.hostname ?? '';
  // Saved into whatever the settings are by then, so a change made elsewhere meanwhile is kept.
  const readingSaver = createReadingSaver((reading) => updatePreferences((current) => ({ ...current, theme: reading.theme, typography: reading.typography })));

  async function cleanWithSettings(override?: CleaningSettings): Promise<{ result: CleanResult; preferences: Preferences; kept: Set<string>; cleaning: PageCleaning }> {
    // Pages without a host (file:, data:) have no site rule.
    const [saved, siteRule] = await Promise.all([getPreferences(), host ? getSiteRule(host) : DEFAULT_SITE_RULE]);
    const preferences = override ? { ...saved, ...override } : saved;
    const whileWaiting = () => prepareViewRendering(doc, preferences.typography);
    const cleaning = await cleanPage(doc, cleaningSettingsOf(preferences), cleaningSiteRuleOf(siteRule), whileWaiting);
    return { result: cleaning.result, preferences, kept: new Set(siteRule.keep.map((entry) => entry.fingerprint)), cleaning };
  }

  /** After the reader opened an article: the background learns its blocks (not for popup previews). */
  function learnFromOpenedArticle(result: Extract<CleanResult, { ok: true }>): void {
    if (!result.blocks) return;
    sendMessage('learnSiteMemory', { url: doc.URL, blocks: result.blocks }).catch((error: unknown) => console.warn('[quiet-reader] site memory could not learn this page', error));
  }

  function renderView(view: OpenView): void {
    view.mount.applyPreferences(view.preferences);
    render(
      h(CleanView, {
        article: view.result.article,
        removed: view.result.removed,
        host,
        keptFingerprints: new Set(view.kept),
        pageUrl: doc.URL,
        theme: view.preferences.theme,
        typography: view.preferences.typography,
        listen: view.preferences.listen,
        actions: { close: () => void close(), keepOnSite, changeReading, changeListen, print: () => doc.defaultView?.print() },
        exportSettings: {
          sourceUrl: doc.URL,
          theme: view.preferences.theme,
          typography: typographyVariables(view.preferences.typography),
          withRemoved: view.preferences.exportRemovedAppendix,
        },
        place: view.place,
        testId: 'clean-view',
      }),
      view.mount.dialog,
    );
  }

  async function keepOnSite(removal: Removal): Promise<void> {
    if (!host || !open) return;
    const rule = await getSiteRule(host);
    if (!rule.keep.some((entry) => entry.fingerprint === removal.fingerprint)) {
      const { updatedAt: _ignored, ...current } = rule;
      await saveSiteRule(host, { ...current, keep: [...current.keep, { fingerprint: removal.fingerprint, preview: removal.preview }] });
    }
    if (open) {
      open.kept.add(removal.fingerprint);
      renderView(open);
    }
  }

  /** A change in the view's reading panel: applied at once, saved a moment later. */
  function changeReading(change: ReadingChange): Promise<void> {
    if (!open) return Promise.resolve();
    open.preferences = withReadingChange(open.preferences, change);
    renderView(open);
    return readingSaver.save({ theme: open.preferences.theme, typography: open.preferences.typography });
  }

  /** A reading-aloud change (speed, a voice for a language): applied at once, saved into the stored settings. */
  function changeListen(change: Partial<Preferences['listen']>): void {
    if (!open) return;
    open.preferences = { ...open.preferences, listen: { ...open.preferences.listen, ...change } };
    renderView(open);
    updatePreferences((current) => ({ ...current, listen: { ...current.listen, ...change } })).catch((error: unknown) => console.warn('[quiet-reader] the reading-aloud setting could not be saved', error));
  }

  function showMessage(problem: ViewProblem, preferences: Preferences | null): ViewState {
    const mount = mountView(doc, { onDismiss: () => void close() });
    if (preferences) mount.applyPreferences(preferences);
    else mount.dialog.dataset.theme = 'system';
    render(h(ViewMessage, { problem, onClose: () => void close(), testId: 'view-message' }), mount.dialog);
    message = { mount, problem };
    focusView(mount.dialog);
    return { status: 'unavailable', problem };
  }

  async function doOpen(quiet: boolean): Promise<ViewState> {
    if (open || message) return state();
    const startedAt = epochNow();
    const unreadable = unreadableDocumentProblem(doc);
    if (unreadable) return quiet ? { status: 'unavailable', problem: unreadable } : showMessage(unreadable, null);

    // Read while the page is cleaned; used only if "Keep my place" is on.
    const placeRead = loadReadingPlace(doc, true);
    const { result, preferences, kept, cleaning } = await cleanWithSettings();
    if (!result.ok) {
      const problem: ViewProblem = { code: result.error.code, message: cleanErrorMessage(result.error) };
      return quiet ? { status: 'unavailable', problem } : showMessage(problem, preferences);
    }
    const place = preferences.resumePosition ? await placeRead : null;
    const cleaned = performance.now();
    const mount = mountView(doc, { onDismiss: () => void close() });
    const view: OpenView = { mount, result, preferences, kept, stopWatching: () => undefined, place };
    open = view;
    // Showing the modal dialog restyles the whole page (it becomes inert): on a large page that is
    // a long task of its own, so the article renders in the next one (tests/e2e/hostile-pages.test.ts).
    if (cleaning.large) {
      await nextTask();
      if (open !== view) return state();
    }
    try {
      renderView(view);
    } catch (error) {
      close();
      throw error;
    }
    view.stopWatching = watchPreferences((next) => void restyle(view, next));
    focusView(mount.dialog);
    learnFromOpenedArticle(result);
    const renderMs = performance.now() - cleaned;
    const renderedAt = epochNow();
    // Everything before the mount that is not the engine: storage reads and messages to the background.
    const settingsMs = renderedAt - startedAt - renderMs - result.timings.totalMs - cleaning.transferMs;
    view.timings = { settingsMs: round(settingsMs), cleanMs: round(result.timings.totalMs), transferMs: round(cleaning.transferMs), cleanedIn: cleaning.where, renderMs: round(renderMs), startedAt, renderedAt };
    return state();
  }

  /** Settings changed while the view is open: restyle at once; re-clean only if removals change. */
  async function restyle(view: OpenView, next: Preferences): Promise<void> {
    if (open !== view) return;
    const recleaned = changesCleaning(view.preferences, next) ? await cleanWithSettings() : null;
    // "Keep my place" switched while the view is open: saving starts or stops now (no jump: the
    // place is restored only when a view opens).
    const place = next.resumePosition === view.preferences.resumePosition ? view.place : next.resumePosition ? await startSavingPlace() : null;
    if (open !== view) return;
    view.place = place;
    // While the reader's own change is still being saved, an older stored value must not undo it.
    view.preferences = readingSaver.pending() ? { ...next, theme: view.preferences.theme, typography: view.preferences.typography } : next;
    if (recleaned?.result.ok) view.result = recleaned.result;
    renderView(view);
  }

  async function startSavingPlace(): Promise<ReadingPlaceActions | null> {
    const place = await loadReadingPlace(doc, true);
    return place && { ...place, initial: null };
  }

  function close(): ViewState {
    if (open) {
      const view = open;
      open = null;
      view.stopWatching();
      render(null, view.mount.dialog);
      view.mount.unmount();
    }
    if (message) {
      const shown = message;
      message = null;
      render(null, shown.mount.dialog);
      shown.mount.unmount();
    }
    return state();
  }

  function state(): ViewState {
    if (open) return { status: 'open', title: open.result.article.title, removedCount: open.result.removed.length, timings: open.timings };
    if (message) return { status: 'unavailable', problem: message.problem };
    return { status: 'closed' };
  }

  /** Runs `task` after any open/close in flight, so triggers never interleave. */
  function serialised(task: () => Promise<ViewState> | ViewState): Promise<ViewState> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    open: ({ quiet }) => serialised(() => doOpen(quiet)),
    close: () => close(),
    toggle: () => serialised(() => (open || message ? close() : doOpen(false))),
    state,
    async preview() {
      const unreadable = unreadableDocumentProblem(doc);
      if (unreadable) return { ok: false, problem: unreadable };
      const { result } = await cleanWithSettings();
      if (!result.ok) return { ok: false, problem: { code: result.error.code, message: cleanErrorMessage(result.error) } };
      const { article } = result;
      return {
        ok: true,
        title: article.title,
        siteName: article.siteName,
        readingMinutes: article.readingMinutes,
        removed: result.removed.map(summarizeRemoval),
      };
    },
    async previewArticle(settings) {
      const unreadable = unreadableDocumentProblem(doc);
      if (unreadable) return { ok: false, problem: unreadable };
      const { result } = await cleanWithSettings(settings);
      if (!result.ok) return { ok: false, problem: { code: result.error.code, message: cleanErrorMessage(result.error) } };
      return {
        ok: true,
        article: result.article,
        removed: result.removed.map(summarizeRemoval),
      };
    },
  };
}
