import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { sharesOrFollows } from '../../core/share-evidence';

function block(html: string): Element {
  return new JSDOM(`<body><div id="b">${html}</div></body>`).window.document.getElementById('b')!;
}

describe('sharesOrFollows', () => {
  test('reads the block’s own share or follow wording', () => {
    expect(sharesOrFollows(block('<span>Follow us on Instagram</span>'))).toBe(true);
  });

  test('does not read the wording of a post or caption the block quotes', () => {
    const quoted = block('<blockquote>Follow us on Instagram for more</blockquote><figcaption>Share your photos with us</figcaption><p>Reactions to the storm</p>');
    expect(sharesOrFollows(quoted)).toBe(false);
    // The block itself is read as it was: the quotes are left out of a copy.
    expect(quoted.querySelectorAll('blockquote, figcaption')).toHaveLength(2);
  });

  test('a plain block without wording or links neither shares nor follows', () => {
    expect(sharesOrFollows(block('<p>Reactions to the storm</p>'))).toBe(false);
  });
});
