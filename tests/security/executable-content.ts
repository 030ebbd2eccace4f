import { JSDOM } from 'jsdom';

/**
 * What "no executable content" means for engine output, as a list of findings (empty = clean).
 * Each finding names the element and attribute, so a failing test points at the spot.
 *
 * The HTML is parsed the way the view parses it (an inert HTML document), so parser
 * differentials (mXSS) that only appear after a re-parse are caught too.
 */

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'isindex', 'template', 'noscript', 'video', 'audio',
  'portal', 'dialog', 'foreignobject', 'animate', 'set', 'animatemotion', 'animatetransform', 'handler', 'use', 'slot',
]);
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'class', 'srcdoc', 'formaction', 'ping', 'background', 'popover', 'autoplay', 'lowsrc', 'dynsrc', 'is']);
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'poster', 'cite', 'action', 'data', 'longdesc', 'srcset']);
const SAFE_LINK = /^(?:https?:\/\/|mailto:|tel:|#)/i;
const SAFE_RESOURCE = /^(?:https?:\/\/|data:image\/)/i;

export function findExecutableContent(html: string): string[] {
  const doc = new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
  const findings: string[] = [];
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    const tag = element.localName.toLowerCase();
    const where = `<${tag}>`;
    if (FORBIDDEN_ELEMENTS.has(tag)) findings.push(`${where} element`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      // eslint-disable-next-line no-control-regex -- browsers ignore control characters and spaces in a URL, so `java\u0000script:` must count too
      const value = attribute.value.replace(/[\u0000-\u0020]/g, '');
      if (name.startsWith('on')) findings.push(`${where} ${name} handler`);
      if (FORBIDDEN_ATTRIBUTES.has(name)) findings.push(`${where} ${name} attribute`);
      if (name.startsWith('data-') && name !== 'data-qr-removed') findings.push(`${where} ${name} attribute`);
      if (URL_ATTRIBUTES.has(name)) {
        const isLink = name === 'href' || name === 'xlink:href';
        const candidates = name === 'srcset' ? attribute.value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
        for (const candidate of candidates) {
          if (!(isLink ? SAFE_LINK : SAFE_RESOURCE).test(candidate)) findings.push(`${where} ${name}="${attribute.value.slice(0, 60)}" is not a safe absolute URL`);
        }
      }
    }
    if ((tag === 'a' || tag === 'area') && element.hasAttribute('href') && !element.getAttribute('href')!.startsWith('#')) {
      if (element.getAttribute('rel') !== 'noopener noreferrer') findings.push(`${where} link without rel="noopener noreferrer"`);
      if (element.getAttribute('target') !== '_blank') findings.push(`${where} link without target="_blank"`);
    }
  }
  return findings;
}
