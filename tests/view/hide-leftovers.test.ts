// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hideLeftovers } from '../../components/view/hide-leftovers';

/** Page furniture the sanitiser keeps because it is made of allowed parts (issue 16's "leftovers"). */
function article(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test input written here, not page HTML: the view itself only inserts the engine's sanitised output.
  root.append(document.createRange().createContextualFragment(html));
  hideLeftovers(root);
  return root;
}
const hidden = (root: Element, selector: string) => Array.from(root.querySelectorAll(selector)).map((el) => el.hasAttribute('hidden'));

describe('hideLeftovers', () => {
  it('hides the screen-reader labels beside a picture, and keeps the credit and caption text', () => {
    const root = article('<figure><span><img src="a.jpg" alt="Leeks"><span>Image copyright</span><span>Getty Images</span></span><figcaption><span>Image caption</span>Leeks in the lane.</figcaption></figure><p><strong>Media caption:</strong></p><p>Image copyright law changed in 2019, the court said.</p>');
    expect(hidden(root, 'figure span span, figcaption span, p strong')).toEqual([true, false, true, true]);
    expect(hidden(root, 'p')).toEqual([false, false]);
  });

  it('hides a lightbox’s small icons in a figure, and keeps drawings, titled icons and icons outside pictures', () => {
    const root = article(
      '<figure><img src="a.jpg" alt=""><svg width="22" height="22"><path d="M0 0h4"/></svg><span><svg viewBox="0 0 18 18"><path d="M0 0h4"/></svg></span><svg width="600" height="300"><path d="M0 0h4"/></svg><svg width="20" height="20"><title>Rainfall</title><path d="M0 0h4"/></svg></figure><p>Press <svg width="16" height="16"><path d="M0 0h4"/></svg> to share.</p>',
    );
    expect(hidden(root, 'svg')).toEqual([true, true, false, false, false]);
  });

  it('marks a list whose every item is a picture as a gallery (no bullets, no indent), and leaves other lists', () => {
    const root = article(
      '<ul id="g"><li><img src="a.jpg" alt="Plot seven"></li><li><a href="/b"><picture><img src="b.jpg" alt=""></picture></a></li><li><figure><img src="c.jpg" alt=""><figcaption>The lane on show day, with the oldest grower judging the leeks on the trestle tables.</figcaption></figure></li></ul>' +
        '<ul id="mixed"><li><img src="a.jpg" alt=""> Plot seven, where Mara Quill has grown leeks for forty years and won the show six times.</li><li>Plot three</li></ul>' +
        '<ol id="text"><li>Wind</li><li>Swell</li></ol>',
    );
    expect(['g', 'mixed', 'text'].map((id) => root.querySelector(`#${id}`)!.hasAttribute('data-qr-gallery'))).toEqual([true, false, false]);
  });
});
