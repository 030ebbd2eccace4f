import { browser, type Browser } from 'wxt/browser';
import { isCleaningSettings, isCleaningSiteRule } from './settings/cleaning-settings';

/**
 * Who may send which message to the background. `runtime.onMessage` already receives only our own
 * contexts (the manifest has no `externally_connectable`), but a content script lives inside a web
 * page and is the least trusted of them: it may ask about its own page, never about other tabs,
 * settings or the site memory as a whole. Every payload is checked against the protocol's shape
 * before a handler sees it (utils/messaging.ts types are compile-time only).
 */

export type Sender = Browser.runtime.MessageSender;
export type SenderKind = 'extension-page' | 'content-script' | 'foreign';

/** The extension's identity, injectable for tests. */
export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` (what `runtime.getURL('/')` returns). */
  origin: string;
}

const ownIdentity = (): ExtensionIdentity => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });

/** An extension page (popup, options, …), our content script in a tab, or anything else. */
export function senderKind(sender: Sender | undefined, self: ExtensionIdentity = ownIdentity()): SenderKind {
  if (!sender || sender.id !== self.id) return 'foreign';
  if (typeof sender.url === 'string' && sender.url.startsWith(self.origin)) return 'extension-page';
  if (sender.tab?.id != null && typeof sender.url === 'string' && /^(?:https?|file):/.test(sender.url)) return 'content-script';
  return 'foreign';
}

/** Thrown to the sender (its promise rejects with this message); nothing else happens. */
export class RefusedMessage extends Error {}

/** Checks the sender and the payload, then runs the handler. */
export function guarded<D, R>(
  name: string,
  allowed: readonly SenderKind[],
  isValid: (data: unknown, sender: Sender) => boolean,
  handler: (message: { data: D; sender: Sender }) => R,
  self?: () => ExtensionIdentity,
): (message: { data: D; sender: Sender }) => R {
  return (message) => {
    const kind = senderKind(message.sender, (self ?? ownIdentity)());
    if (!allowed.includes(kind)) throw new RefusedMessage(`${name} refused: a ${kind} may not send it`);
    if (!isValid(message.data, message.sender)) throw new RefusedMessage(`${name} refused: its payload does not match the protocol`);
    return handler(message);
  };
}

// ── payload shapes ──────────────────────────────────────────────────────────────────────────────

const isObject = (value: unknown): value is Record<string, unknown> => value != null && typeof value === 'object' && !Array.isArray(value);
const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length > 8192) return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};

export const PAYLOADS = {
  /** `{ tabId?: non-negative integer }` or nothing. */
  tabTarget: (data: unknown) => data === undefined || data === null || (isObject(data) && (data.tabId === undefined || (Number.isInteger(data.tabId) && (data.tabId as number) >= 0))),
  /** `https://host[:port]`, nothing more. */
  siteTarget: (data: unknown) => isObject(data) && typeof data.origin === 'string' && /^https?:\/\/[^/\s?#]+$/.test(data.origin) && isHttpUrl(data.origin),
  /** A tab and the cleaning settings, valid as storage would accept them (utils/settings/cleaning-settings.ts). */
  previewRequest: (data: unknown) => PAYLOADS.tabTarget(data) && isObject(data) && isCleaningSettings(data.settings),
  /** A page address; from a content script, only its own page's site. */
  ownPage: (data: unknown, sender: Sender) => isObject(data) && isHttpUrl(data.url) && (senderKind(sender) !== 'content-script' || sameOrigin(data.url, sender.url)),
  learnedPage: (data: unknown, sender: Sender) =>
    PAYLOADS.ownPage(data, sender) &&
    isObject(data) &&
    Array.isArray(data.blocks) &&
    data.blocks.length <= 5000 &&
    data.blocks.every((block) => isObject(block) && typeof block.fingerprint === 'string' && block.fingerprint.length <= 200 && typeof block.length === 'number' && (block.preview === undefined || (typeof block.preview === 'string' && block.preview.length <= 500))),
  /** A serialised page to clean (utils/clean-page-html.ts); from a content script, only its own page. */
  pageHtml: (data: unknown, sender: Sender) => PAYLOADS.ownPage(data, sender) && isSerializedPage(data),
  /** The same page forwarded by the background, with the site's memory entry (or null). */
  pageToClean: (data: unknown) => isObject(data) && isHttpUrl(data.url) && isSerializedPage(data) && (data.siteMemoryEntry === null || isObject(data.siteMemoryEntry)),
  forgetRequest: (data: unknown) => isObject(data) && (data.site === null || (typeof data.site === 'string' && data.site.length <= 2048)),
  none: () => true,
};

/** Chrome's runtime messages stop at 64 MiB; a page past this is cleaned in the tab instead. */
export const MAX_PAGE_HTML_CHARS = 24_000_000;

function isSerializedPage(data: unknown): boolean {
  if (!isObject(data) || typeof data.html !== 'string' || data.html.length > MAX_PAGE_HTML_CHARS) return false;
  if (typeof data.baseUrl !== 'string' || data.baseUrl.length > 8192) return false;
  return isCleaningSettings(data.settings) && isCleaningSiteRule(data.siteRule);
}

function sameOrigin(url: string, senderUrl: string | undefined): boolean {
  try {
    return senderUrl != null && new URL(url).origin === new URL(senderUrl).origin;
  } catch {
    return false;
  }
}
