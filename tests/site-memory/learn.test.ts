import { describe, expect, test } from 'vitest';
import { createSiteMemory, learn, SITE_MEMORY_LIMITS, siteMemoryView } from '../../core/site-memory/index';
import { fingerprintText } from '../../core/text/fingerprint';
import { previewText } from '../../core/text/normalize';
import { articleHtml, clean, flatText, visit } from './helpers';

// Wording no generic rule knows: only site memory can tell it is the site's own boilerplate.
const PROMO = 'The Thursday Lantern walks the week in Ferrisburg to your door before the milk van does.';
const promoHtml = `<p>${PROMO}</p>`;
const url = (n: number) => `https://www.ferrisburg-lantern.example/news/story-${n}`;

describe('learning', () => {
  test('a block is removed once two other articles of the site showed it, not before', () => {
    const memory = createSiteMemory();
    expect(flatText(visit(memory, articleHtml('One', promoHtml, 0), url(1)))).toContain(PROMO);
    expect(flatText(visit(memory, articleHtml('Two', promoHtml, 1), url(2)))).toContain(PROMO);
    const third = visit(memory, articleHtml('Three', promoHtml, 2), url(3));
    expect(flatText(third)).not.toContain(PROMO);
    const removal = third.removed.find((r) => r.rule === 'site-memory');
    expect(removal).toMatchObject({ kind: 'site-memory', reason: 'Repeated on this site (seen on 2 other articles)', inPlace: true, fingerprint: fingerprintText(PROMO) });
  });

  test('the same article visited twice, under address variants, counts once', () => {
    const memory = createSiteMemory();
    visit(memory, articleHtml('One', promoHtml, 0), url(1));
    visit(memory, articleHtml('One', promoHtml, 0), `${url(1)}/?utm_source=newsletter#top`);
    visit(memory, articleHtml('One', promoHtml, 0), url(1).replace('www.', ''));
    const second = visit(memory, articleHtml('Two', promoHtml, 1), url(2));
    expect(flatText(second)).toContain(PROMO);
    expect(siteMemoryView(memory).seenOn(fingerprintText(PROMO), url(3))).toBe(2);
  });

  test('a page never counts itself: revisiting an article seen by two others still finds the block there only via the others', () => {
    const memory = createSiteMemory();
    visit(memory, articleHtml('One', promoHtml, 0), url(1));
    visit(memory, articleHtml('Two', promoHtml, 1), url(2));
    const view = siteMemoryView(memory);
    expect(view.seenOn(fingerprintText(PROMO), url(1))).toBe(1);
    expect(view.seenOn(fingerprintText(PROMO), url(9))).toBe(2);
  });

  test('sites do not share a memory; subdomains of one site do', () => {
    const memory = createSiteMemory();
    visit(memory, articleHtml('One', promoHtml, 0), 'https://a.example.com/1');
    visit(memory, articleHtml('Two', promoHtml, 1), 'https://b.example.com/2');
    expect(flatText(clean(articleHtml('Other', promoHtml, 2), 'https://example.net/3', { siteMemory: siteMemoryView(memory) }))).toContain(PROMO);
    expect(flatText(clean(articleHtml('Three', promoHtml, 2), 'https://www.example.com/3', { siteMemory: siteMemoryView(memory) }))).not.toContain(PROMO);
  });

  test('blocks the memory removes stay counted, so it does not forget what it strips', () => {
    const memory = createSiteMemory();
    for (let n = 1; n <= 3; n++) visit(memory, articleHtml(`Story ${n}`, promoHtml, n), url(n));
    const fingerprint = fingerprintText(PROMO);
    const block = memory.sites['ferrisburg-lantern.example']!.blocks[fingerprint]!;
    expect(block.articles).toHaveLength(3);
    // Only a block the memory removed keeps a preview; the article's own paragraphs never do.
    expect(block.preview).toBe(previewText(PROMO, SITE_MEMORY_LIMITS.previewChars));
    const ownParagraphs = Object.values(memory.sites['ferrisburg-lantern.example']!.blocks).filter((b) => b.articles.length === 1);
    expect(ownParagraphs.length).toBeGreaterThan(0);
    expect(ownParagraphs.every((b) => b.preview === undefined)).toBe(true);
  });

  test('the memory stores hashes, never article text or addresses', () => {
    const memory = createSiteMemory();
    visit(memory, articleHtml('One', promoHtml, 0), url(1));
    const stored = JSON.stringify(memory);
    expect(stored).not.toContain('lorry');
    expect(stored).not.toContain('story-1');
    expect(stored).not.toContain('Thursday Lantern');
  });

  test('a clean without a memory lists no blocks, and learning from it says why', () => {
    const memory = createSiteMemory();
    const result = clean(articleHtml('One', promoHtml), url(1));
    expect(result.blocks).toBeUndefined();
    expect(learn(memory, url(1), result)).toEqual({ learned: false, reason: 'the clean was run without site memory, so it listed no blocks' });
    expect(memory.sites).toEqual({});
  });

  test('pages without an http(s) address and failed cleans are not learned', () => {
    const memory = createSiteMemory();
    const result = clean(articleHtml('One', promoHtml), url(1), { siteMemory: siteMemoryView(memory) });
    expect(learn(memory, 'file:///tmp/page.html', result)).toMatchObject({ learned: false });
    const failed = { ok: false as const, error: { code: 'not-article' as const, message: 'x' }, removed: [], timings: result.timings };
    expect(learn(memory, url(1), failed)).toEqual({ learned: false, reason: 'the page was not cleaned' });
    expect(memory.sites).toEqual({});
    expect(memory.clock).toBe(0);
  });
});
