import type { CDPSession } from 'playwright-core';
import { listTargets } from './action';
import type { ExtensionSession } from './launch';

/**
 * Drives the real toolbar popup (the one `triggerAction` opens). Playwright does not expose it as
 * a Page, so this attaches over raw DevTools in non-flattened mode and tunnels
 * `Runtime.evaluate` / `Page.captureScreenshot` through `Target.sendMessageToTarget`.
 *
 * @example
 * await triggerAction(ext, article);
 * const popup = await attachRealPopup(ext);
 * await popup.waitFor('document.querySelector("[data-testid=popup-toggle]") !== null');
 * await popup.evaluate('document.querySelector("[data-testid=popup-toggle]").click()');
 * await popup.close();
 */

export interface RealPopup {
  /** Evaluates an expression in the popup page (awaiting promises) and returns its JSON value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy (condition wait, not a sleep). */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** PNG bytes of the popup. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

interface ProtocolReply {
  id: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

async function waitForPopupTarget(session: ExtensionSession, timeoutMs: number): Promise<string> {
  const popupUrl = `chrome-extension://${session.extensionId}/popup.html`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const target = (await listTargets(session)).find((t) => t.type === 'page' && t.url.startsWith(popupUrl));
    if (target) return target.targetId;
    await new Promise((resolve) => setTimeout(resolve, 50)); // polling DevTools, not waiting on the page
  }
  throw new Error(`The popup (${popupUrl}) did not open within ${timeoutMs} ms`);
}

export async function attachRealPopup(session: ExtensionSession, timeoutMs = 10_000): Promise<RealPopup> {
  const targetId = await waitForPopupTarget(session, timeoutMs);
  const cdp: CDPSession = await session.browserCdp();
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  const pending = new Map<number, (reply: ProtocolReply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as ProtocolReply;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  const send = async (method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const id = nextId++;
    const replied = new Promise<ProtocolReply>((resolve) => pending.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const reply = await replied;
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result ?? {};
  };

  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) throw new Error(`In the popup: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value as T;
  };

  const waitFor = async (expression: string, waitMs = 10_000) => {
    const deadline = Date.now() + waitMs;
    while (!(await evaluate<boolean>(`Boolean(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`Timed out after ${waitMs} ms waiting in the popup for: ${expression}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  // The target exists before its document has loaded: until then `chrome.tabs` is missing.
  await waitFor(`document.readyState === 'complete' && typeof chrome !== 'undefined' && chrome.tabs !== undefined`, timeoutMs);

  return {
    evaluate,
    waitFor,
    async screenshot() {
      const { data } = (await send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      return Buffer.from(data, 'base64');
    },
    async close() {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
