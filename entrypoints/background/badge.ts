import { browser } from 'wxt/browser';
import type { ViewState } from '../../utils/messaging';
import { t } from '../../utils/i18n';


/**
 * Shortcut and context-menu triggers have no popup to show a problem in, and on a restricted page
 * no view can appear either, so the toolbar icon says it: a "!" badge and the reason as its
 * tooltip, for that tab only. Any later state clears it.
 */
export async function reflectStateOnAction(tabId: number, state: ViewState): Promise<void> {
  const problem = state.status === 'unavailable' ? state.problem : null;
  // The view shows its own message for problems inside the page; only failures to start need this.
  const needsBadge = problem != null && (problem.code === 'restricted' || problem.code === 'script-error');
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: needsBadge ? '!' : '' }),
    action.setTitle({ tabId, title: needsBadge ? t('problems.badgeTitle', { problem: problem.message }) : t('ext.name') }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

/** `action` in MV3; Firefox's MV2 build calls it `browserAction` (same methods used here). */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}
