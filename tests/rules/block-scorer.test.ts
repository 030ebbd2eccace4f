import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import { FEATURE_COUNT, FEATURE_NAMES } from '../../core/scorer/block-features';
import { isUsableModel, type BlockModel } from '../../core/scorer/block-model';
import { SHIPPED_BLOCK_MODEL } from '../../core/scorer/shipped-model';

/** A hand-made model: only links to social networks and a row of bare links push towards boilerplate. */
function socialLinkModel(): BlockModel {
  const weights = new Array<number>(FEATURE_COUNT).fill(0);
  weights[FEATURE_NAMES.indexOf('links_social')] = 8;
  return { about: 'test model', features: FEATURE_NAMES, kind: 'logistic', bias: -4, weights, threshold: 0.5 };
}

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the council's harbour story, which residents followed for months as the costs rose and the plans changed again.</p>`).join('');
const PAGE = `<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>${STORY}
  <p>The Harbour Times posts every update on this story first on <a href="https://www.facebook.com/harbourtimes">its page</a> and in <a href="https://twitter.com/harbourtimes">Our feed</a> each morning.</p>
  <figure><img src="https://news.example/pic.jpg" alt=""><figcaption>Photo on <a href="https://www.instagram.com/p/1">Instagram</a></figcaption></figure>
  </article></body></html>`;

function clean(options: Parameters<typeof cleanArticle>[1] = {}) {
  const dom = new JSDOM(PAGE, { url: 'https://news.example/harbour' });
  // Only this rule runs, so share-bars (which knows such rows by name) cannot hide what the model does.
  return cleanArticle(dom.window.document, { url: 'https://news.example/harbour', only: ['block-scorer'], ...options });
}

describe('block-scorer', () => {
  test('is off unless a model is given: the named rules alone decide', () => {
    const result = clean();
    expect(result.ok && result.article.textContent).toContain('Our feed');
    expect(result.removed.filter((r) => r.rule === 'block-scorer')).toEqual([]);
  });

  test('strips the blocks its model scores as boilerplate, with the kind and reason its strongest features name', () => {
    const result = clean({ blockScorer: { model: socialLinkModel() } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.textContent).not.toContain('Our feed');
    for (let i = 1; i <= 6; i++) expect(result.article.textContent).toContain(`Paragraph ${i} of`);
    const removal = result.removed.find((r) => r.rule === 'block-scorer');
    expect(removal?.kind).toBe('share');
    expect(removal?.reason).toMatch(/links to social networks/);
  });

  test('keep guards decide over the model: a caption stays', () => {
    const result = clean({ blockScorer: { model: socialLinkModel() } });
    expect(result.ok && result.article.textContent).toContain('Photo on Instagram');
  });

  test('switching the kind off keeps the block', () => {
    const result = clean({ blockScorer: { model: socialLinkModel() }, kindsOff: ['share'] });
    expect(result.ok && result.article.textContent).toContain('Our feed');
  });

  test('a model trained on another feature list is refused, not applied to the wrong numbers', () => {
    const stale = { ...socialLinkModel(), features: [...FEATURE_NAMES.slice(1), 'gone'] };
    expect(isUsableModel(stale)).toBe(false);
    const result = clean({ blockScorer: { model: stale } });
    expect(result.ok && result.article.textContent).toContain('Our feed');
  });

  test('the observe hook sees every block with its features and guards (what training reads)', () => {
    const seen: { texts: string[]; guarded: boolean[] } = { texts: [], guarded: [] };
    clean({ blockScorer: { model: null, observe: (samples, guarded) => Object.assign(seen, { texts: samples.map((s) => s.text), guarded }) } });
    expect(seen.texts.some((text) => text.includes('Our feed'))).toBe(true);
    expect(seen.guarded[seen.texts.indexOf('Photo on Instagram')]).toBe(true);
  });

  test('the shipped model matches the code’s feature list and is small enough for the content script', () => {
    expect(isUsableModel(SHIPPED_BLOCK_MODEL)).toBe(true);
    expect(JSON.stringify(SHIPPED_BLOCK_MODEL).length).toBeLessThan(60_000);
  });
});
