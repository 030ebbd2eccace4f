import type { Page } from 'playwright-core';
import type { ExtensionSession } from './launch';

/**
 * The toolbar click, as DevTools offers it: `Extensions.triggerAction` on the page's **tab**
 * target. Chromium treats it as a user invoking the action, so it grants activeTab for that tab
 * and opens the real popup if the manifest has one (otherwise `action.onClicked` fires).
 * A `page` target is refused ("Action can only be triggered on a tab target"), and tab targets
 * are listed only with the catch-all filter `[{}]`.
 */

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export async function listTargets(session: ExtensionSession): Promise<TargetInfo[]> {
  const cdp = await session.browserCdp();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] };
    return targetInfos;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function triggerAction(session: ExtensionSession, page: Page): Promise<void> {
  await page.bringToFront();
  const url = page.url();
  const tab = (await listTargets(session)).find((target) => target.type === 'tab' && target.url === url);
  if (!tab) throw new Error(`No tab target shows ${url}`);
  const cdp = await session.browserCdp();
  try {
    await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
