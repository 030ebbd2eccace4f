import { defineExtensionMessaging } from '@webext-core/messaging';
import type { RememberedSite } from '../core/site-memory/model';
import type { ArticleBlock, CleanedArticle, CleanResult, ClutterKind, CleanErrorCode } from '../core/types';
import type { PageToClean } from './clean-page-html';
import type { SerializedPage } from './serialized-page';
import type { CleaningSettings } from './settings/cleaning-settings';
import type { SiteMemoryStatus } from './site-memory-store';

/**
 * The extension's one message protocol: every message, its payload and its reply, typed at both
 * ends (`@webext-core/messaging`, as WXT recommends). Names say who answers:
 *
 *   plain names        answered by the background (sent by the popup, options page or a content script)
 *   `reader…` names    answered by the reader content script in a tab (sent by the background only)
 *
 * Handlers are registered in one place per context: `entrypoints/background/handlers.ts` and
 * `entrypoints/reader.content/handlers.ts`.
 *
 * @example
 * // in the popup
 * const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
 * const state = await sendMessage('toggleView', { tabId: tab?.id });
 * if (state.status === 'unavailable') showMessage(state.problem.message);
 */

/** Why a page cannot show the clean view. The engine's codes, plus the two the browser adds. */
export type ViewProblemCode =
  | CleanErrorCode
  /** Browser pages, the extension stores, the PDF viewer, other extensions: no script may run there. */
  | 'restricted'
  /** The script could not be injected or failed for another reason; the page is untouched. */
  | 'script-error';

export interface ViewProblem {
  code: ViewProblemCode;
  /** A calm sentence for the reader. */
  message: string;
}

/** Where the time went when the view opened (ms, measured in the tab): settings read, engine, render. */
export interface OpenTimings {
  /** Preferences, the site's rule, its site-memory entry and the reading position. */
  settingsMs: number;
  cleanMs: number;
  renderMs: number;
  /** Serialising the page and the round trip to the cleaning context, engine time excluded. */
  transferMs?: number;
  /** Where the engine ran: in the tab, or off its main thread (large pages; reader.content/clean-page.ts). */
  cleanedIn?: 'in-tab' | 'off-thread';
  /** When the tab started opening the view and when the article was in the DOM (utils/epoch-clock.ts). */
  startedAt?: number;
  renderedAt?: number;
}

/** What a tab shows. */
export type ViewState =
  | { status: 'closed' }
  | { status: 'open'; title: string; removedCount: number; timings?: OpenTimings }
  /** The reader asked, and the page cannot be cleaned (the view shows the message where it can). */
  | { status: 'unavailable'; problem: ViewProblem };

/** One removed block, as the popup lists it (the HTML stays in the tab). */
export interface RemovalSummary {
  id: string;
  kind: ClutterKind;
  rule: string;
  reason: string;
  preview: string;
  copies: number;
  fingerprint: string;
  /** The one entry counting the elements the page kept hidden (listed as a quiet line). */
  quiet?: boolean;
}

/** A dry run of the cleaner on a tab, for the popup's summary; the page is not changed. */
export type CleanPreview =
  | { ok: true; title: string; siteName: string | null; readingMinutes: number; removed: RemovalSummary[] }
  | { ok: false; problem: ViewProblem };

/** The tab's article for the popup's reading pane. `article.contentHtml` is the engine's sanitised HTML. */
export type ArticlePreview =
  | { ok: true; article: CleanedArticle; removed: RemovalSummary[] }
  | { ok: false; problem: ViewProblem };

/** Optional `tabId`: when absent, the background uses the active tab of the focused window. */
export interface TabTarget {
  tabId?: number;
}

/** `origin` as `https://example.com` (scheme + host, no path). */
export interface SiteTarget {
  origin: string;
}

export type AutoCleanResult = { ok: true } | { ok: false; message: string };

export interface ProtocolMap {
  // ── answered by the background ──────────────────────────────────────────────────────────────
  /** Opens the clean view on the tab, or closes it if open. Needs activeTab or host access. */
  toggleView(target: TabTarget): ViewState;
  /** What the tab shows now; `closed` when the reader was never injected there. */
  getViewState(target: TabTarget): ViewState;
  /** Runs the cleaner on the tab without showing the view (the popup's "what would be removed"). */
  cleanPreview(target: TabTarget): CleanPreview;
  /**
   * "Always clean this site": the caller (an extension page, inside the user's click) must already
   * hold `permissions.request({ origins: [origin + '/*'] })`. Registers the auto-clean content
   * script for the origin and saves the site rule's `autoClean` flag.
   */
  enableAutoClean(site: SiteTarget): AutoCleanResult;
  /** Unregisters the auto-clean script, clears the flag and gives the host permission back. */
  disableAutoClean(site: SiteTarget): AutoCleanResult;
  /** Sent by the auto-clean content script when an opted-in site's page has loaded. */
  autoCleanPageLoaded(): void;
  /**
   * The popup's reading pane: the tab's article cleaned with the popup's quick settings (saved or
   * not), so a change re-cleans the preview at once; the page is not changed.
   */
  previewArticle(request: TabTarget & { settings: CleaningSettings }): ArticlePreview;
  /** Site memory (utils/site-memory-store.ts): what it knows of the page's site, for its clean. */
  siteMemoryFor(page: { url: string }): RememberedSite | null;
  /** Learns the blocks of an article the reader opened (sent by the reader content script). */
  learnSiteMemory(page: { url: string; blocks: ArticleBlock[] }): void;
  /** "Forget this site" (`site`: a page address or site key) or, with `site: null`, everything. */
  forgetSiteMemory(request: { site: string | null }): { forgotten: boolean };
  siteMemoryStatus(): SiteMemoryStatus;
  /**
   * Cleans the sender's own page off its main thread (utils/clean-page-html.ts): in the offscreen
   * document (Chrome) or the background page (Firefox), adding this site's memory entry when
   * `settings.siteMemoryEnabled`.
   */
  cleanPageHtml(page: SerializedPage): CleanResult;
  /**
   * Injects the engine into the sender's own tab and frame (entrypoints/reader-engine.content.ts),
   * for a page the cleaning context cannot take; resolves once it is there.
   */
  loadReaderEngine(): true;
  /** Sent by the offscreen document when it has been idle long enough to close (Chrome). */
  offscreenIdle(): void;

  // ── answered by the offscreen document (Chrome; entrypoints/offscreen) ───────────────────────
  offscreenCleanPage(page: PageToClean): CleanResult;

  // ── answered by the reader content script in a tab ──────────────────────────────────────────
  readerToggle(): ViewState;
  /** Opens the view unless already open; `quiet` = say nothing when the page is not an article. */
  readerOpen(options: { quiet: boolean }): ViewState;
  readerClose(): ViewState;
  readerState(): ViewState;
  readerPreview(): CleanPreview;
  readerPreviewArticle(settings: CleaningSettings): ArticlePreview;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
