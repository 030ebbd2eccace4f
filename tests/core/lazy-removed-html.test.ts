import { JSDOM } from 'jsdom';
import { describe, expect, test, vi } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import type { RemovalLog } from '../../core/remove-candidates';
import { attachLazyRemovedHtml } from '../../core/removed-html';
import { sanitizeRemovedBlock } from '../../core/sanitize';
import type { Removal } from '../../core/types';
import { cleanHtmlPage } from '../../cli/clean-page';

const URL = 'https://paper.example/news/bus-lanes';
const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the council story tells readers how the vote on the new bus lanes went, who spoke, and what happens next in the spring.</p>`).join('');
// A page-level promo (preclean) and an in-article appeal (postclean), both carrying a handler and a script URL.
// A page-level promo outside the story's container has no place in the article; the one just after
// the story (preclean too) and the in-article appeal (postclean) do.
const PAGE = `<html><body><header><div class="newsletter-signup" onclick="steal()"><p>Get the morning briefing in your inbox every weekday</p><a href="javascript:alert(3)">Sign up</a></div></header><main><article><h1>Council votes on bus lanes</h1>${STORY}
  <p onclick="steal()">Our reporting on local services is free for everyone. Please support local journalism with a gift of any size: <a href="https://paper.example/donate/?utm_source=inline" onclick="steal()">Donate now</a><img src="javascript:alert(1)"></p>
  <p>Commissioners will take up the request during budget hearings in October, and the board will weigh the lanes against road repairs that are two years behind.</p></article>
  <div class="related-stories" onmouseover="steal()"><h3>Elsewhere in the paper</h3><a href="javascript:alert(2)">Harbour dredging to start in March</a></div>
</main></body></html>`;

function clean(options = {}) {
  const result = cleanArticle(new JSDOM(PAGE, { url: URL }).window.document, { url: URL, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

function record(id: string): Removal {
  return { id, step: 'postclean', rule: 'test', kind: 'appeal', reason: 'r', preview: 'p', copies: 1, fingerprint: 'f', html: '', inPlace: true };
}

describe('removed blocks are sanitised when their HTML is first read', () => {
  test('each removed block reads back sanitised, in place or not', () => {
    const { removed } = clean();
    expect(removed.some((r) => r.inPlace)).toBe(true);
    expect(removed.some((r) => !r.inPlace)).toBe(true);
    for (const removal of removed) {
      expect(removal.html, removal.id).not.toBe('');
      expect(removal.html).not.toMatch(/onclick|onmouseover|javascript:|class=/);
    }
  });

  test('cleaning does not sanitise them; the first read does, once', () => {
    const log: RemovalLog = { removals: [record('r1')], nextId: 2, elements: new Map([['r1', new JSDOM('<div>x</div>').window.document.querySelector('div')!]]) };
    const sanitize = vi.fn((el: Element) => `<b>${el.textContent}</b>`);
    attachLazyRemovedHtml(log, sanitize);
    expect(sanitize).not.toHaveBeenCalled();
    const removal = log.removals[0]!;
    expect(removal.html).toBe('<b>x</b>');
    expect(removal.html).toBe('<b>x</b>');
    expect(sanitize).toHaveBeenCalledTimes(1);
    expect(Object.getOwnPropertyDescriptor(removal, 'html')).toMatchObject({ value: '<b>x</b>', enumerable: true, writable: true });
  });

  test('spreading, JSON and structured clone carry the sanitised HTML, never the raw block', () => {
    const { removed } = clean();
    for (const copy of [removed.map((r) => ({ ...r })), JSON.parse(JSON.stringify(removed)) as Removal[], structuredClone(removed)]) {
      expect(copy.map((r) => r.html)).toEqual(removed.map((r) => r.html));
      for (const r of copy) expect(r.html).not.toMatch(/onclick|onmouseover|javascript:/);
    }
  });

  test('answers what the sanitiser answers for the block alone', () => {
    const dom = new JSDOM('<div onclick="x()"><a href="/more">More</a><img src="/i.jpg"></div>', { url: URL });
    const block = dom.window.document.querySelector('div')!;
    const log: RemovalLog = { removals: [record('r1')], nextId: 2, elements: new Map([['r1', block]]) };
    attachLazyRemovedHtml(log, (el) => sanitizeRemovedBlock(el, dom.window as unknown as Window, URL));
    expect(log.removals[0]!.html).toBe('<div><a href="https://paper.example/more" rel="noopener noreferrer" target="_blank">More</a><img src="https://paper.example/i.jpg"></div>');
  });

  test('a sanitiser that fails answers "" (no HTML to show) instead of throwing at the reader', () => {
    const log: RemovalLog = { removals: [record('r1')], nextId: 2, elements: new Map([['r1', new JSDOM('<p>x</p>').window.document.querySelector('p')!]]) };
    attachLazyRemovedHtml(log, () => {
      throw new Error('window gone');
    });
    expect(log.removals[0]!.html).toBe('');
  });

  test('with the sanitize step off, no HTML is offered', () => {
    for (const removal of clean({ steps: { sanitize: false } }).removed) expect(removal.html).toBe('');
  });

  test('still read after the CLI closed the page’s jsdom window', () => {
    const { result } = cleanHtmlPage(PAGE, URL);
    if (!result.ok) throw new Error(result.error.message);
    const json = JSON.parse(JSON.stringify(result.removed)) as Removal[];
    expect(json.length).toBeGreaterThan(0);
    for (const removal of json) expect(removal.html).toContain('<');
  });
});
