import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { hoistPrecleanMarkers } from '../../core/removals/markers';

/** The body of a page, and the marker comment the test's `<!--qr-removed:r1-->` left in it. */
function pageWithMarker(html: string) {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const walker = doc.createTreeWalker(doc.body, 128);
  const marker = walker.nextNode() as Comment;
  return { body: doc.body, marker };
}

describe('hoisting a preclean marker out of emptied wrappers', () => {
  test('climbs every wrapper with nothing to show (whitespace, comments) and stops below the first one with text', () => {
    const { body, marker } = pageWithMarker(`<div id="column"><p>Story text.</p><div id="outer">\n  <div id="inner"> <!--qr-removed:r1--> <!-- ad slot --> </div>\n</div></div>`);
    hoistPrecleanMarkers(body, [marker]);
    expect(marker.parentElement?.id).toBe('column');
    expect(marker.nextSibling).toBe(body.querySelector('#outer'));
  });

  test('stays in a wrapper whose only text is deep inside it, after whitespace', () => {
    const { body, marker } = pageWithMarker(`<figure id="box">\n <!--qr-removed:r1-->\n <div> <span> </span><section>\n <em>Caption words</em></section></div></figure>`);
    hoistPrecleanMarkers(body, [marker]);
    expect(marker.parentElement?.id).toBe('box');
  });

  test('stays in a wrapper that shows a picture or a table but no text', () => {
    for (const media of ['<img src="/a.jpg">', '<div><svg></svg></div>', '<table><tr><td></td></tr></table>']) {
      const { body, marker } = pageWithMarker(`<figure id="box"><!--qr-removed:r1--><div>${media}</div></figure>`);
      hoistPrecleanMarkers(body, [marker]);
      expect(marker.parentElement?.id, media).toBe('box');
    }
  });
});

describe('hoisting a preclean marker out of wrappers Readability replaces by their one child', () => {
  test('a <div> left with one <p>: the marker goes after it when it followed the paragraph, before it when it came first', () => {
    const after = pageWithMarker(`<div id="column"><p>Story text.</p><div id="box"><p>Table of contents</p><!--qr-removed:r1--></div></div>`);
    hoistPrecleanMarkers(after.body, [after.marker]);
    expect(after.marker.parentElement?.id).toBe('column');
    expect(after.marker.previousSibling).toBe(after.body.querySelector('#box'));
    const before = pageWithMarker(`<div id="column"><p>Story text.</p><div id="box"> <!--qr-removed:r1--> <p>Table of contents</p></div></div>`);
    hoistPrecleanMarkers(before.body, [before.marker]);
    expect(before.marker.nextSibling).toBe(before.body.querySelector('#box'));
  });

  test('climbs nested <div>s and <section>s that each hold one <div> or <section>', () => {
    const { body, marker } = pageWithMarker(`<div id="column"><p>Story text.</p><section id="outer"><div id="inner"><div><p>Words</p><p>More words</p></div><!--qr-removed:r1--></div></section></div>`);
    // #inner holds two children (its box and the marker) but one element: Readability keeps only the box.
    hoistPrecleanMarkers(body, [marker]);
    expect(marker.parentElement?.id).toBe('column');
    expect(marker.previousSibling).toBe(body.querySelector('#outer'));
    const first = pageWithMarker(`<div id="column"><p>Story text.</p><section id="outer"><div id="inner"><!--qr-removed:r1--><div><p>Words</p><p>More words</p></div></div></section></div>`);
    hoistPrecleanMarkers(first.body, [first.marker]);
    expect(first.marker.nextSibling).toBe(first.body.querySelector('#outer'));
  });

  test('stays where Readability keeps the wrapper: text of its own, two elements, a <section> around a <p>', () => {
    for (const html of [
      `<div id="box">Lead words <p>Title</p><!--qr-removed:r1--></div>`,
      `<div id="box"><p>Title</p><p>Text</p><!--qr-removed:r1--></div>`,
      `<section id="box"><p>Title</p><!--qr-removed:r1--></section>`,
      `<div id="box"><ul><li>Item</li></ul><!--qr-removed:r1--></div>`,
    ]) {
      const { body, marker } = pageWithMarker(`<div id="column"><p>Story text.</p>${html}</div>`);
      hoistPrecleanMarkers(body, [marker]);
      expect(marker.parentElement?.id, html).toBe('box');
    }
  });
});
