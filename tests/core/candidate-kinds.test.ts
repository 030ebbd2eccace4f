import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../core/index';

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the council story tells readers how the vote on the new bus lanes went, who spoke, and what happens next in the spring.</p>`).join('');
const PAGE = `<html><body><main><article><h1>Council votes on bus lanes</h1>${STORY}</article>
  <div class="share-tools"><a href="https://social.example/share">Pass this story on to a friend today</a></div>
  <div class="related-stories"><h3>Elsewhere in the paper</h3><a href="/a">Harbour dredging to start in March</a></div>
</main></body></html>`;

function clean(kindsOff: string[] = []) {
  const doc = new JSDOM(PAGE, { url: 'https://paper.example/news/bus-lanes' }).window.document;
  const result = cleanArticle(doc, { kindsOff: kindsOff as never });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('a rule that finds blocks of several kinds', () => {
  test('records each block under the kind its markup names', () => {
    const kinds = clean().removed.filter((r) => r.rule === 'promo-containers').map((r) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['share', 'related']));
  });

  test('switching one kind off keeps only that kind’s blocks', () => {
    const result = clean(['share']);
    expect(result.removed.some((r) => r.kind === 'share')).toBe(false);
    expect(result.removed.some((r) => r.kind === 'related')).toBe(true);
  });
});

describe('removal previews', () => {
  test('keep a space between blocks', () => {
    const preview = clean().removed.find((r) => r.kind === 'related')?.preview ?? '';
    expect(preview).toContain('Elsewhere in the paper Harbour');
  });
});
