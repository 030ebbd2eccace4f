import DOMPurify, { type DOMPurify as Purifier, type UponSanitizeAttributeHookEvent } from 'dompurify';

/**
 * The one place untrusted HTML is sanitised. Everything the engine returns as HTML passes here,
 * so the popup and the clean view may insert it. The policy (README "Security"):
 *
 * - kept: text, headings, lists, tables, figures, quotes, code, MathML/SVG drawing, images over
 *   http(s) or `data:image/…`, links, `lang`/`dir`, and the engine's `data-qr-removed` placeholders;
 * - removed: scripts, event handlers, styles and classes (nothing can overlay the page or borrow
 *   the view's own class names), forms and their controls, frames, objects, embeds, `<base>`,
 *   `<meta>`, `<link>`, templates, dialogs/popovers, SVG scripting, and any URL that is not
 *   http(s) (`javascript:`, `vbscript:`, `data:` outside images, `blob:`, `file:`, …);
 * - rewritten: every `href`/`src`/`srcset`/`poster`/`cite` becomes an absolute URL resolved against
 *   the page; links get `rel="noopener noreferrer"` and `target="_blank"`; `id`/`name` get a
 *   `user-content-` prefix (no clobbering of the view's globals) and in-page `#anchors` follow it;
 *   an embedded video or audio player (iframe, embed, object, video, audio) becomes a plain link
 *   "Video: <title or host>", so nothing auto-loads a frame.
 *
 * One DOMPurify call per input; the hooks are O(1) per node or attribute.
 */

const FORBID_TAGS = [
  // forms and their controls: nothing in an article should submit or take input
  'form', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'output',
  // frames and plugins (players were turned into links by the element hook first)
  'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'video', 'audio',
  // document-level and code-carrying elements
  'base', 'meta', 'link', 'style', 'script', 'noscript', 'template', 'dialog', 'slot',
];
const FORBID_ATTR = [
  'style', 'class', 'srcdoc', 'formaction', 'autofocus', 'tabindex', 'contenteditable', 'ping', 'download',
  // `background` loads an image outside the URL rules; popovers can draw over the page
  'background', 'popover', 'popovertarget', 'popovertargetaction', 'autoplay',
  // `is` would let a page-defined customised built-in (its constructor) run inside the view
  'is',
];
/**
 * DOMPurify tests *every* kept attribute value against this (alt, title, …), so it stays
 * permissive for plain text; the URL attributes are checked strictly by `safeUrl` before it.
 */
const TEXT_OR_SAFE_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Attributes that hold one URL. `srcset` (a list) is handled on its own. */
const URL_ATTRS = new Set(['href', 'src', 'poster', 'cite', 'xlink:href', 'action', 'longdesc', 'data', 'manifest']);
/** Where a `data:image/…` URL may appear (an image, never a link or a frame). */
const DATA_IMAGE_TAGS = new Set(['img', 'source', 'image']);
/** Elements that would load a player or a frame; each becomes a link to what it showed. */
const PLAYER_TAGS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);
const ID_PREFIX = 'user-content-';

const POLICY = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP: TEXT_OR_SAFE_URI,
  ADD_ATTR: ['data-qr-removed'],
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
};

/** The page address relative URLs resolve against, for the sanitize call in progress. */
let currentBase: URL | null = null;
let currentPage = '';

/**
 * An absolute, safe form of `value` for attribute `attr` of element `tag`, or null to drop it.
 * Fragment links stay in-page (prefixed like the ids they point at).
 */
export function safeUrl(value: string, tag: string, attr: string, base: URL | null): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('#')) return attr === 'href' ? inPageAnchor(trimmed.slice(1)) : null;
  if (/^data:/i.test(trimmed)) {
    return DATA_IMAGE_TAGS.has(tag) && /^data:image\/[a-z0-9.+-]+[;,]/i.test(trimmed) ? trimmed : null;
  }
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null; // relative with no page address, or not a URL at all
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (attr === 'href' && url.hash.length > 1 && stripHash(url.href) === currentPage) return inPageAnchor(url.hash.slice(1));
    return url.href;
  }
  if ((url.protocol === 'mailto:' || url.protocol === 'tel:') && attr === 'href' && (tag === 'a' || tag === 'area')) return url.href;
  return null;
}

function inPageAnchor(id: string): string {
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // keep it as written
  }
  return `#${encodeURIComponent(decoded.startsWith(ID_PREFIX) ? decoded : ID_PREFIX + decoded)}`;
}

function stripHash(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

/** `srcset` keeps only candidates whose URL is safe, each made absolute; null when none is left. */
function safeSrcset(value: string, tag: string): string | null {
  const kept: string[] = [];
  // Candidates are "url [descriptor]" separated by commas; a data: URL contains commas, so those
  // are split off by their own pattern first.
  for (const match of value.matchAll(/\s*(data:[^\s]+|[^\s,]+)(\s+[^,]*)?(?:,|$)/gi)) {
    const url = safeUrl(match[1] ?? '', tag, 'src', currentBase);
    if (url && !url.startsWith('#')) kept.push(`${url}${match[2] ? ` ${match[2].trim()}` : ''}`);
  }
  return kept.length ? kept.join(', ') : null;
}

function checkUrlAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const name = event.attrName;
  if (name !== 'srcset' && !URL_ATTRS.has(name)) return;
  const tag = node.nodeName.toLowerCase();
  const safe = name === 'srcset' ? safeSrcset(event.attrValue, tag) : safeUrl(event.attrValue, tag, name === 'xlink:href' ? 'href' : name, currentBase);
  if (safe === null) event.keepAttr = false;
  else event.attrValue = safe;
}

/** Links leave the view in a new tab and tell the target nothing about where they came from. */
function hardenLink(node: Element): void {
  const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
  if (href === null) return;
  if (href.startsWith('#')) {
    node.removeAttribute('target');
    return;
  }
  node.setAttribute('rel', 'noopener noreferrer');
  node.setAttribute('target', '_blank');
}

/** The http(s) address a player element would load, or null. */
function playerSource(node: Element): string | null {
  const tag = node.nodeName.toLowerCase();
  const candidates = [node.getAttribute('src'), node.getAttribute('data'), node.getAttribute('data-src')];
  if (tag === 'video' || tag === 'audio') {
    for (const source of Array.from(node.getElementsByTagName('source'))) candidates.push(source.getAttribute('src'));
  }
  for (const candidate of candidates) {
    const url = candidate ? safeUrl(candidate, 'a', 'src', currentBase) : null;
    if (url && /^https?:/.test(url)) return url;
  }
  return null;
}

/** Replaces a player with `<p><a href>Video: title</a></p>`; the walk then sanitises the link too. */
function replacePlayerWithLink(node: Element): void {
  const url = playerSource(node);
  if (!url) return; // no loadable source: FORBID_TAGS removes the element
  const doc = node.ownerDocument;
  const label = node.getAttribute('title')?.trim() || node.getAttribute('aria-label')?.trim() || new URL(url).hostname;
  const paragraph = doc.createElement('p');
  const link = doc.createElement('a');
  link.setAttribute('href', url);
  link.textContent = `${node.nodeName.toLowerCase() === 'audio' ? 'Audio' : 'Video'}: ${label}`;
  paragraph.append(link);
  node.replaceWith(paragraph);
}

/**
 * A parsed `is="…"` stays in the element's "is value" even once the attribute is removed, and the
 * serialiser writes it back; a fresh element of the same tag carries none. (Found by the payload
 * corpus: with it, a page-defined customised built-in would upgrade inside the view.)
 */
function dropIsValue(node: Element): void {
  const fresh = node.ownerDocument.createElementNS(node.namespaceURI, node.localName);
  for (const attribute of Array.from(node.attributes)) {
    if (attribute.name === 'is') continue;
    try {
      fresh.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    } catch {
      // A name only the HTML parser accepts (broken markup: `<a is devops, i'm>` makes "i'm" an
      // attribute) cannot be set, and no such name is on the allow-list: leaving it out is what
      // the sanitiser would do next. Throwing lost the whole article (a wcxb-dev page did).
    }
  }
  fresh.append(...Array.from(node.childNodes));
  node.replaceWith(fresh);
}

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Window & typeof globalThis);
    purifier.addHook('uponSanitizeElement', (node) => {
      if (node.nodeType !== 1) return;
      if (PLAYER_TAGS.has(node.nodeName.toLowerCase())) replacePlayerWithLink(node as Element);
      else if ((node as Element).hasAttribute('is')) dropIsValue(node as Element);
    });
    purifier.addHook('uponSanitizeAttribute', (node, event) => checkUrlAttribute(node, event));
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' || node.nodeName === 'AREA' || node.nodeName === 'a') hardenLink(node);
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Runs `work` with relative URLs resolving against `baseUrl` (or the root's document address). */
function withBase<T>(root: Node, baseUrl: string | undefined, work: () => T): T {
  const base = baseUrl || root.ownerDocument?.baseURI || '';
  try {
    currentBase = base && base !== 'about:blank' ? new URL(base) : null;
  } catch {
    currentBase = null;
  }
  currentPage = currentBase ? stripHash(currentBase.href) : '';
  try {
    return work();
  } finally {
    currentBase = null;
    currentPage = '';
  }
}

/**
 * Sanitises an element's subtree into an HTML string. Relative URLs resolve against `baseUrl`
 * (the page's address), else the element's document address; with neither they are dropped.
 * The input is not modified (DOMPurify works on an imported copy).
 */
export function sanitizeToHtml(root: Element, win: Window, baseUrl?: string): string {
  return withBase(root, baseUrl, () => purifierFor(win).sanitize(root, POLICY));
}

/**
 * Engine output (or any HTML) as an inert fragment, by the same policy: the exports
 * (core/export/) read the article through this, so even a caller that hands them HTML from
 * elsewhere gets nothing the view would not show.
 */
export function sanitizeToFragment(html: string, win: Window, baseUrl?: string): DocumentFragment {
  return withBase(win.document, baseUrl, () => purifierFor(win).sanitize(html, { ...POLICY, RETURN_DOM_FRAGMENT: true }));
}

/** Removed blocks are capped so a huge removed subtree cannot bloat the result. */
const REMOVED_HTML_CAP = 20_000;

/**
 * One removed block's HTML for "show", by the same policy as the article; '' when it is over the
 * cap. The engine calls this lazily, on the first read of `Removal.html` (remove-candidates.ts):
 * most readers never open a removed block, and sanitising them all cost more than the article's
 * own sanitising on most pages. DOMPurify imports the block into its own inert document (made by
 * `win`'s DOMParser), never into a live page, and the block itself is not modified.
 */
export function sanitizeRemovedBlock(block: Element, win: Window, baseUrl?: string): string {
  const html = sanitizeToHtml(block, win, baseUrl);
  return html.length > REMOVED_HTML_CAP ? '' : html;
}
