/**
 * e2e Firefox build only (wxt.config.ts drops it from every other build): relays a browser test's
 * request from the page on 127.0.0.1 to the background and posts the answer back
 * (entrypoints/background/e2e-bridge.ts says why Firefox needs it).
 */
const REQUEST = 'quiet-reader-e2e-request';
const REPLY = 'quiet-reader-e2e-reply';

export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  runAt: 'document_start',
  main() {
    window.addEventListener('message', (event: MessageEvent) => {
      const data = event.data as { kind?: string; id?: number; op?: string; args?: unknown[] } | null;
      if (event.source !== window || data?.kind !== REQUEST) return;
      void browser.runtime
        .sendMessage({ type: 'quiet-reader-e2e', op: data.op, args: data.args ?? [] })
        .then((reply: unknown) => reply ?? { error: 'no reply from the background' }, (error: unknown) => ({ error: String(error) }))
        .then((reply: unknown) => window.postMessage({ kind: REPLY, id: data.id, reply }, '*'));
    });
  },
});
