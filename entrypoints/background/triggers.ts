import { browser, type Browser } from 'wxt/browser';
import { epochNow } from '../../utils/epoch-clock';
import type { ViewState } from '../../utils/messaging';
import { reflectStateOnAction, toolbarAction } from './badge';
import { toggleViewInTab } from './reader-tab';
import { t } from '../../utils/i18n';

/**
 * The three ways a reader asks for the view without the popup. Each is a user gesture, so
 * Chromium grants activeTab for the tab before the listener runs.
 */

/** The manifest's command name (wxt.config.ts `commands`). */
export const TOGGLE_COMMAND = 'toggle-clean-view';
export const CONTEXT_MENU_ID = 'toggle-clean-view';
/** The page's context-menu entry, as created (the browser tests compare against it), in the browser's language. */
export const contextMenuItem = () => ({ id: CONTEXT_MENU_ID, title: t('ext.contextMenu'), contexts: ['page'] }) satisfies Browser.contextMenus.CreateProperties;

/** For the browser tests and the popup's shortcut hint: what last triggered a toggle. */
export interface TriggerRecord {
  trigger: 'action' | 'command' | 'context-menu';
  tabId: number;
  state: ViewState;
  /** When the background heard the trigger, found the reader listening, and had its answer (utils/epoch-clock.ts). */
  at: { received: number; ready: number | null; answered: number };
}
let lastTrigger: TriggerRecord | null = null;
export const getLastTrigger = (): TriggerRecord | null => lastTrigger;

async function toggleFromTrigger(trigger: TriggerRecord['trigger'], tabId: number | undefined): Promise<void> {
  if (tabId == null || tabId < 0) return;
  const received = epochNow();
  let ready: number | null = null;
  const state = await toggleViewInTab(tabId, () => (ready = epochNow()));
  lastTrigger = { trigger, tabId, state, at: { received, ready, answered: epochNow() } };
  await reflectStateOnAction(tabId, state);
}

export function createContextMenu(): void {
  // removeAll first: onInstalled also fires on update, and a duplicate id is an error.
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create(contextMenuItem()),
  );
}

export function listenForTriggers(): void {
  // Fires only while the action has no popup; with the popup, its toggle sends `toggleView`.
  toolbarAction().onClicked.addListener((tab) => void toggleFromTrigger('action', tab.id));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    if (tab?.id != null) void toggleFromTrigger('command', tab.id);
    else void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([active]) => toggleFromTrigger('command', active?.id));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
}

/** The context menu's click: named so the browser tests can run the listener's own code. */
export async function onContextMenuClicked(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId'>, tab: Pick<Browser.tabs.Tab, 'id'> | undefined): Promise<void> {
  if (info.menuItemId === CONTEXT_MENU_ID) await toggleFromTrigger('context-menu', tab?.id);
}
