import { browser, type Browser } from 'wxt/browser';

/**
 * e2e builds only: lets the browser tests reach the background's test hooks in Firefox.
 *
 * In Chromium the tests evaluate code in the service worker directly. Firefox gives WebDriver
 * BiDi no way into an add-on's background page and refuses to navigate a tab to moz-extension://
 * (../shared/docs/firefox-testing.md), so the tests ask from the test page instead: the
 * e2e-bridge content script relays `{ op, args }` from the page on 127.0.0.1 to here, and the
 * operation runs with the asking tab's id. Production builds have neither side.
 */

export const E2E_BRIDGE_MESSAGE = 'quiet-reader-e2e';

export interface E2eBridgeRequest {
  type: typeof E2E_BRIDGE_MESSAGE;
  op: string;
  args: unknown[];
}

type Operation = (tabId: number, ...args: never[]) => unknown;

function isBridgeRequest(message: unknown): message is E2eBridgeRequest {
  const candidate = message as Partial<E2eBridgeRequest> | null;
  return candidate?.type === E2E_BRIDGE_MESSAGE && typeof candidate.op === 'string' && Array.isArray(candidate.args);
}

/** `operations` are the e2e hooks (entrypoints/background/index.ts), each given the asking tab first. */
export function listenForE2eBridge(operations: Record<string, Operation>): void {
  // Firefox replies with the promise a listener returns (MDN runtime.onMessage); the types know only sendResponse.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- see above
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isBridgeRequest(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId == null || !sender.url?.startsWith('http://127.0.0.1')) return undefined;
    const operation = operations[message.op];
    if (!operation) return Promise.resolve({ error: `unknown e2e operation ${message.op}` });
    return Promise.resolve()
      .then(() => operation(tabId, ...(message.args as never[])))
      .then((value) => ({ value: value ?? null }), (error: unknown) => ({ error: String(error) }));
  });
}
