import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { revealHiddenProse } from '../../core/recover-lost-text';

const PARAGRAPH = '<p>The harbour wall took two winters to rebuild, and the village paid for a third of it from its own reserves.</p>';

function body(html: string): Element {
  return new JSDOM(`<body>${html}</body>`).window.document.body;
}

describe('revealHiddenProse (recall recovery, before Readability)', () => {
  test('un-hides the wrapper an overlay hid when it holds half the page’s prose, whatever hides it', () => {
    const root = body(`<div id="w" aria-hidden="true"><div id="s" style="display:none">${PARAGRAPH.repeat(3)}</div></div><div id="d" hidden><p>Cookie settings</p></div>`);
    expect(revealHiddenProse(root)).toBe(2);
    expect(root.querySelector('#w')!.hasAttribute('aria-hidden')).toBe(false);
    expect(root.querySelector('#s')!.getAttribute('style')).not.toMatch(/display/);
    expect(root.querySelector('#d')!.hasAttribute('hidden')).toBe(true);
  });

  test('counts a quotation by its own text and leaves hidden boxes with little prose alone', () => {
    const root = body(`<blockquote id="q" hidden>A short remembered quotation.</blockquote>${PARAGRAPH}<section id="m" hidden>${PARAGRAPH}</section>${PARAGRAPH.repeat(2)}`);
    revealHiddenProse(root);
    expect(root.querySelector('#q')!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('#m')!.hasAttribute('hidden')).toBe(true);
  });

  test('a page without prose reveals nothing below <body>', () => {
    expect(revealHiddenProse(body('<div hidden><span>menu</span></div>'))).toBe(0);
  });
});
