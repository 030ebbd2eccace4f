/**
 * The view sits in an open shadow root inside the page (open so the browser tests, find-in-page
 * and assistive tools reach it), so a page script can find its buttons and call `.click()` or
 * dispatch events at them: "Always keep this on this site" would write a site rule. Events a
 * script makes are untrusted (`isTrusted === false`); real input — a click, a key, assistive
 * technology — is trusted. This drops every untrusted input event at the dialog, in the capture
 * phase, before it reaches any of the view's own handlers.
 */
const INPUT_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'beforeinput', 'toggle',
] as const;

export function acceptOnlyTrustedInput(root: EventTarget): () => void {
  const drop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of INPUT_EVENTS) root.addEventListener(type, drop, { capture: true });
  return () => {
    for (const type of INPUT_EVENTS) root.removeEventListener(type, drop, { capture: true });
  };
}
