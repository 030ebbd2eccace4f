// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lockPageScroll } from '../../entrypoints/reader.content/page-scroll-lock';

function pageWith(htmlStyle: string | null, bodyStyle: string | null): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (htmlStyle !== null) doc.documentElement.setAttribute('style', htmlStyle);
  if (bodyStyle !== null) doc.body.setAttribute('style', bodyStyle);
  doc.body.append(Object.assign(doc.createElement('p'), { textContent: 'Text' }));
  return doc;
}

describe('the page scroll lock while the view is open', () => {
  it('hides overflow on <html> and <body>, inline and important', () => {
    const doc = pageWith(null, null);
    lockPageScroll(doc);
    for (const el of [doc.documentElement, doc.body]) {
      expect(el.style.getPropertyValue('overflow')).toBe('hidden');
      expect(el.style.getPropertyPriority('overflow')).toBe('important');
    }
  });

  it('leaves no style attribute where there was none', () => {
    const doc = pageWith(null, null);
    const before = doc.documentElement.outerHTML;
    lockPageScroll(doc)();
    expect(doc.documentElement.hasAttribute('style')).toBe(false);
    expect(doc.body.hasAttribute('style')).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the page’s own declarations while locked, overrides its overflow, and puts its text back exactly', () => {
    const htmlStyle = 'color:red;;  overflow-y : scroll !important';
    const bodyStyle = 'margin: 0; overflow: auto !important;';
    const doc = pageWith(htmlStyle, bodyStyle);
    const unlock = lockPageScroll(doc);
    expect(doc.documentElement.style.getPropertyValue('color')).toBe('red');
    expect(doc.body.style.getPropertyValue('margin')).toBe('0px');
    expect(doc.body.style.getPropertyValue('overflow')).toBe('hidden');
    unlock();
    expect(doc.documentElement.getAttribute('style')).toBe(htmlStyle);
    expect(doc.body.getAttribute('style')).toBe(bodyStyle);
  });
});
