import viewCss from '../../components/view/view.css?inline';
import viewToolsCss from '../../components/view/view-tools.css?inline';
import { typographyVariables } from '../../components/view/view-style';
import type { Preferences } from '../../utils/settings/defaults';
import { lockPageScroll } from './page-scroll-lock';
import { acceptOnlyTrustedInput } from './trusted-input';
import { t, uiDirection, uiLocale } from '../../utils/i18n';

/**
 * The view's footprint on the page: ONE element (`<quiet-reader-view>`) appended to <html>, with
 * an open shadow root holding the stylesheet and a modal <dialog>, and `overflow: hidden` on
 * <html> and <body> while it is open (./page-scroll-lock.ts), whose `style` attributes are put
 * back as they were. No classes, nothing else — so closing restores the DOM exactly:
 *   - the dialog is in the top layer (above any page z-index) and makes the page inert;
 *   - the dialog is its own scroll container with `overscroll-behavior: contain`, so the page
 *     behind does not scroll while the view is open; the page's scroll position is still saved
 *     and restored, in case something else moved it;
 *   - focus moves into the view on open and back to where it was on close;
 *   - only real input drives it: events a page script makes are dropped (./trusted-input.ts).
 */

const HOST_TAG = 'quiet-reader-view';

export interface MountedView {
  /** Preact renders into this. */
  dialog: HTMLDialogElement;
  applyPreferences: (preferences: Preferences) => void;
  unmount: () => void;
}

export interface MountOptions {
  /** Called when the reader presses Esc (the dialog's `cancel`) or the dialog closes otherwise. */
  onDismiss: () => void;
}

/**
 * Takes off views whose reader is gone (Firefox drops a reloaded add-on's content scripts but not
 * the DOM they made): their modal dialog would otherwise keep the page inert, with nothing left to
 * close it. Called before a fresh reader starts, never while one is alive.
 */
export function removeOrphanedViews(doc: Document): void {
  for (const host of doc.documentElement.querySelectorAll(`:scope > ${HOST_TAG}`)) {
    host.shadowRoot?.querySelector('dialog')?.close();
    host.remove();
  }
}

export function mountView(doc: Document, { onDismiss }: MountOptions): MountedView {
  const win = doc.defaultView ?? window;
  const scroll = { x: win.scrollX, y: win.scrollY };
  const previousFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;

  const host = doc.createElement(HOST_TAG);
  // Inline !important beats any page rule (even `* { display: none !important }`).
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${viewCss}\n${viewToolsCss}`;
  const dialog = doc.createElement('dialog');
  dialog.className = 'qr-dialog';
  dialog.setAttribute('aria-label', t('view.label'));
  // The view's own words follow the interface; the article inside keeps its lang and dir.
  dialog.lang = uiLocale();
  dialog.dir = uiDirection();
  shadow.append(style, dialog);

  const onCancel = (event: Event) => {
    event.preventDefault();
    // Esc is trusted; a `cancel` a page script dispatches is not.
    if (event.isTrusted) onDismiss();
  };
  const stopGuard = acceptOnlyTrustedInput(dialog);
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('close', onDismiss);
  doc.documentElement.append(host);
  const unlockScroll = lockPageScroll(doc);
  dialog.showModal();
  const stopPrintingPageAlone = printViewAlone(doc);

  let mounted = true;
  return {
    dialog,
    applyPreferences(preferences) {
      dialog.dataset.theme = preferences.theme;
      for (const [name, value] of Object.entries(typographyVariables(preferences.typography))) dialog.style.setProperty(name, value);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onDismiss);
      stopGuard();
      stopPrintingPageAlone();
      if (dialog.open) dialog.close();
      host.remove();
      unlockScroll();
      if (win.scrollX !== scroll.x || win.scrollY !== scroll.y) win.scrollTo({ left: scroll.x, top: scroll.y, behavior: 'instant' });
      if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
    },
  };
}

/**
 * While the view is open, printing (its Print button, Ctrl/Cmd+P, the browser menu) prints the
 * article alone: a constructed stylesheet adopted by the document hides everything but the view
 * in print. Adopted sheets are not DOM, so the page's DOM stays exactly as it was; the view's own
 * print rules (view-tools.css) drop the bar and let the dialog flow over pages.
 */
function printViewAlone(doc: Document): () => void {
  const win = doc.defaultView;
  const pageDoc = pageDocument(doc);
  if (!win || !('adoptedStyleSheets' in pageDoc) || typeof win.CSSStyleSheet !== 'function') return () => undefined;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(`@media print { :root > :not(${HOST_TAG}) { display: none !important; } }`);
    // push and splice, not a new array: a Firefox content script's array is not the page's to read.
    pageDoc.adoptedStyleSheets.push(sheet);
    return () => {
      const index = pageDoc.adoptedStyleSheets.indexOf(sheet);
      if (index >= 0) pageDoc.adoptedStyleSheets.splice(index, 1);
    };
  } catch (error) {
    // Printing then includes the page behind; the view itself still works.
    console.warn('[quiet-reader] print stylesheet could not be added', error);
    return () => undefined;
  }
}

/**
 * The page's own document. A Firefox content script sees it through an Xray wrapper, and a sheet
 * adopted through the wrapper never reaches the page's list there (Firefox ESR 140);
 * `wrappedJSObject` is the page's object itself. Chromium's isolated world has no wrapper.
 */
function pageDocument(doc: Document): Document {
  return (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc;
}

/** Moves focus to the view's reading area (marked `data-autofocus`), so keys scroll the article. */
export function focusView(dialog: HTMLDialogElement): void {
  const target = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog;
  target.focus({ preventScroll: true });
}
