import { browser, type Browser } from 'wxt/browser';
import { READER_ENGINE_SCRIPT } from '../../utils/reader-engine';
import type { CleaningSettings } from '../../utils/settings/cleaning-settings';
import { sendMessage, type ArticlePreview, type CleanPreview, type ViewProblem, type ViewState } from '../../utils/messaging';
import { prepareCleaningContext } from './page-cleaner';
import { injectionProblem, restrictedPageProblem } from './restricted-pages';

/**
 * The background's side of the reader in a tab: inject the content script on demand (needs
 * activeTab from a trigger, or a granted host permission), then talk to it by message.
 */

const READER_SCRIPT = '/content-scripts/reader.js';

type Ready = { ok: true } | { ok: false; problem: ViewProblem };

async function isReaderListening(tabId: number): Promise<boolean> {
  try {
    await sendMessage('readerState', undefined, tabId);
    return true;
  } catch {
    return false; // "No response": the script was never injected in this page.
  }
}

/** Makes sure the reader script runs in the tab's top frame; explains why when it cannot. */
export async function ensureReader(tabId: number): Promise<Ready> {
  // The page will be cleaned there: have it open and warm by the time the reader asks.
  void prepareCleaningContext().catch((error: unknown) => console.info('[quiet-reader] the cleaning context could not be opened ahead:', error));
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const restricted = restrictedPageProblem(tab?.url);
  if (restricted) return { ok: false, problem: restricted };
  if (await isReaderListening(tabId)) return { ok: true };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: injectionProblem(error, tab?.url) };
  }
}

/** The engine for a page cleaned in its own tab, into the frame whose reader asked (utils/reader-engine.ts). */
export async function injectEngine(sender: Browser.runtime.MessageSender): Promise<true> {
  const tabId = sender.tab?.id;
  if (tabId == null) throw new Error('no tab to load the engine into');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [READER_ENGINE_SCRIPT] });
  return true;
}

function failed(error: unknown): ViewState {
  return { status: 'unavailable', problem: injectionProblem(error) };
}

/** `onReady` is told when the reader script listens in the tab (the browser benchmark times it). */
export async function toggleViewInTab(tabId: number, onReady?: () => void): Promise<ViewState> {
  const ready = await ensureReader(tabId);
  if (!ready.ok) return { status: 'unavailable', problem: ready.problem };
  onReady?.();
  return sendMessage('readerToggle', undefined, tabId).catch(failed);
}

/** Opens the view without a message when the page is not an article (auto-clean). */
export async function openViewQuietly(tabId: number): Promise<ViewState> {
  const ready = await ensureReader(tabId);
  if (!ready.ok) return { status: 'unavailable', problem: ready.problem };
  return sendMessage('readerOpen', { quiet: true }, tabId).catch(failed);
}

/** The tab's view state, without injecting anything. */
export async function viewStateOf(tabId: number): Promise<ViewState> {
  try {
    return await sendMessage('readerState', undefined, tabId);
  } catch {
    return { status: 'closed' };
  }
}

export async function previewTab(tabId: number): Promise<CleanPreview> {
  const ready = await ensureReader(tabId);
  if (!ready.ok) return { ok: false, problem: ready.problem };
  return sendMessage('readerPreview', undefined, tabId).catch((error: unknown) => ({ ok: false, problem: injectionProblem(error) }));
}

/** The popup's reading pane: the tab's article cleaned with the popup's quick settings. */
export async function previewArticleInTab(tabId: number, settings: CleaningSettings): Promise<ArticlePreview> {
  const ready = await ensureReader(tabId);
  if (!ready.ok) return { ok: false, problem: ready.problem };
  return sendMessage('readerPreviewArticle', settings, tabId).catch((error: unknown) => ({ ok: false, problem: injectionProblem(error) }));
}
