// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleSentences } from '../../components/view/listen/sentences';

function content(html: string): { title: HTMLElement; body: HTMLElement } {
  document.body.innerHTML = `<h1 id="t">Der Hafen</h1><div id="c">${html}</div>`;
  return { title: document.getElementById('t')!, body: document.getElementById('c')! };
}

describe('the article as sentences (Intl.Segmenter, granularity "sentence")', () => {
  it('reads the title, then each block, sentence by sentence, with ranges over the text', () => {
    const { title, body } = content('<p>Dr. Müller kam um 9.30 Uhr. Er blieb <em>lange</em>.</p><p>Dann ging er.</p>');
    const sentences = articleSentences(title, body, { lang: 'de', captions: false });
    expect(sentences.map((s) => s.text)).toEqual(['Der Hafen', 'Dr. Müller kam um 9.30 Uhr.', 'Er blieb lange.', 'Dann ging er.']);
    expect(sentences[2]!.range.toString()).toBe('Er blieb lange.');
    expect(sentences[2]!.block.tagName).toBe('P');
  });

  it('splits Japanese at 。 without spaces', () => {
    const { body } = content('<p>図書館は百年目を迎えた。町の人々が集まった。</p>');
    expect(articleSentences(null, body, { lang: 'ja', captions: false }).map((s) => s.text)).toEqual(['図書館は百年目を迎えた。', '町の人々が集まった。']);
  });

  it('never reads removed blocks, code, tables or hidden text; captions only when asked', () => {
    const { body } = content(`
      <p>Story.</p>
      <div data-qr-removed="r1"><p>Please donate.</p></div>
      <pre>const x = 1;</pre>
      <table><tr><td>Cell text.</td></tr></table>
      <p hidden>Hidden text.</p>
      <figure><img alt=""><figcaption>A caption.</figcaption></figure>
      <ul><li><p>Item one.</p></li></ul>`);
    expect(articleSentences(null, body, { lang: 'en', captions: false }).map((s) => s.text)).toEqual(['Story.', 'Item one.']);
    expect(articleSentences(null, body, { lang: 'en', captions: true }).map((s) => s.text)).toEqual(['Story.', 'A caption.', 'Item one.']);
  });

  it('a language tag the platform refuses still segments', () => {
    const { body } = content('<p>One. Two.</p>');
    expect(articleSentences(null, body, { lang: 'not a tag!', captions: false })).toHaveLength(2);
  });
});
