import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

/**
 * The one place untrusted HTML is sanitised. Everything the engine returns as HTML passes here,
 * so the popup and the clean view may insert it. The policy is documented in README "Security".
 */

const FORBID_TAGS = ['form', 'input', 'button', 'select', 'textarea', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'style', 'script', 'noscript', 'template', 'dialog'];
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'autofocus', 'tabindex', 'contenteditable', 'ping'];
/** http(s), mailto, tel, in-page anchors and relative paths; `data:` only for images (DOMPurify's DATA_URI_TAGS). */
const SAFE_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i;

const POLICY = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URI,
  ADD_ATTR: ['data-qr-removed'],
  ALLOW_DATA_ATTR: false,
};

const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Window & typeof globalThis);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/** Sanitises an element's subtree into an HTML string, resolved against the page already. */
export function sanitizeToHtml(root: Element, win: Window): string {
  return purifierFor(win).sanitize(root, POLICY) as unknown as string;
}

/** Removed blocks are capped so a huge removed subtree cannot bloat the result. */
const REMOVED_HTML_CAP = 20_000;

/** Sanitises every removed block in one call; returns id → HTML. */
export function sanitizeRemovedBlocks(blocks: ReadonlyMap<string, Element>, win: Window): Map<string, string> {
  const doc = win.document;
  const holder = doc.createElement('div');
  for (const [id, element] of blocks) {
    const wrapper = doc.createElement('section');
    wrapper.setAttribute('data-qr-removed', id);
    wrapper.append(doc.importNode(element, true));
    holder.append(wrapper);
  }
  const fragment = purifierFor(win).sanitize(holder, { ...POLICY, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
  const out = new Map<string, string>();
  for (const section of Array.from(fragment.querySelectorAll('section[data-qr-removed]'))) {
    const html = section.innerHTML;
    out.set(section.getAttribute('data-qr-removed') ?? '', html.length > REMOVED_HTML_CAP ? '' : html);
  }
  return out;
}
