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
    const { body, marker } = pageWithMarker(`<div id="box">\n <!--qr-removed:r1-->\n <div> <span> </span><section>\n <em>Caption words</em></section></div></div>`);
    hoistPrecleanMarkers(body, [marker]);
    expect(marker.parentElement?.id).toBe('box');
  });

  test('stays in a wrapper that shows a picture or a table but no text', () => {
    for (const media of ['<img src="/a.jpg">', '<div><svg></svg></div>', '<table><tr><td></td></tr></table>']) {
      const { body, marker } = pageWithMarker(`<div id="box"><!--qr-removed:r1--><div>${media}</div></div>`);
      hoistPrecleanMarkers(body, [marker]);
      expect(marker.parentElement?.id, media).toBe('box');
    }
  });
});
