import { describe, expect, test } from 'vitest';
import { createSiteMemory, siteMemoryView } from '../../core/site-memory/index';
import { fingerprintText } from '../../core/text/fingerprint';
import { articleHtml, clean, flatText, STORY, visit } from './helpers';

const url = (n: number) => `https://www.ferrisburg-lantern.example/news/story-${n}`;

/** Visits two articles carrying `html`, then cleans a third with the memory (and `keep`). */
function thirdVisit(html: string, keep: string[] = []) {
  const memory = createSiteMemory();
  visit(memory, articleHtml('One', html, 0), url(1));
  visit(memory, articleHtml('Two', html, 1), url(2));
  return clean(articleHtml('Three', html, 2), url(3), { siteMemory: siteMemoryView(memory), site: { keep: keep.map(fingerprintText) } });
}

const LONG_PROSE = `About this series: ${STORY.join(' ')}`.slice(0, 620);
const QUOTE = 'A town that sells its water sells the one thing it can never buy back again.';
const DISCLOSURE = 'Disclosure: the Lantern’s farm reporting is paid for in part by the Ferris Valley Growers’ Fund.';

describe('guards: repeated but the article’s own', () => {
  test('a long prose block is never removed', () => {
    expect(LONG_PROSE.length).toBeGreaterThan(500);
    expect(flatText(thirdVisit(`<p>${LONG_PROSE}</p>`))).toContain(LONG_PROSE);
  });

  test('a quote is never removed', () => {
    expect(flatText(thirdVisit(`<blockquote><p>${QUOTE}</p></blockquote>`))).toContain(QUOTE);
  });

  test('a table cell or code line is never removed', () => {
    const table = '<table><tr><td>Quarterly water bill, two-person household</td><td>$84.20</td></tr></table>';
    expect(flatText(thirdVisit(table))).toContain('Quarterly water bill, two-person household');
  });

  test('a block that is most of the article is never removed', () => {
    const memory = createSiteMemory();
    const shortPage = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${STORY[0]}</p><p>${title}: see you at the council.</p></article></body></html>`;
    visit(memory, shortPage('One'), url(1));
    visit(memory, shortPage('Two'), url(2));
    const result = clean(shortPage('Three'), url(3), { siteMemory: siteMemoryView(memory) });
    expect(flatText(result)).toContain(STORY[0]!.slice(0, 80));
    expect(result.removed.filter((r) => r.rule === 'site-memory')).toEqual([]);
  });

  test('the same article under a new address is not hollowed out', () => {
    // Two earlier addresses of one story (e.g. a print and an AMP version): on a third, every
    // block "repeats", which means it is the same article, not boilerplate.
    const memory = createSiteMemory();
    const html = articleHtml('Bridge', '');
    visit(memory, html, 'https://ferrisburg-lantern.example/print/bridge');
    visit(memory, html, 'https://amp.ferrisburg-lantern.example/bridge');
    const result = clean(html, 'https://ferrisburg-lantern.example/news/bridge', { siteMemory: siteMemoryView(memory) });
    expect(result.removed.filter((r) => r.rule === 'site-memory')).toEqual([]);
    for (const paragraph of STORY) expect(flatText(result)).toContain(paragraph.slice(0, 60));
  });

  test('a recurring disclosure is removed until the user chooses "always keep", then kept', () => {
    expect(flatText(thirdVisit(`<p>${DISCLOSURE}</p>`))).not.toContain(DISCLOSURE);
    expect(flatText(thirdVisit(`<p>${DISCLOSURE}</p>`, [DISCLOSURE]))).toContain(DISCLOSURE);
  });

  test('short lines (a dateline, a label) are not learned', () => {
    const result = thirdVisit('<p>Updated at noon.</p>');
    expect(flatText(result)).toContain('Updated at noon.');
    expect(result.blocks?.some((block) => block.fingerprint === fingerprintText('Updated at noon.'))).toBe(false);
  });
});

describe('boxes', () => {
  const BOX = '<div class="lamp"><h3>Keep the lantern lit</h3><p>Three hundred households keep the Lantern on the doorstep each Thursday.</p><p><a href="/lamp">Light one</a></p></div>';

  test('a box of repeated blocks goes whole, with its short button, as one removal', () => {
    const result = thirdVisit(BOX);
    const text = flatText(result);
    expect(text).not.toContain('Keep the lantern lit');
    expect(text).not.toContain('Light one');
    const removals = result.removed.filter((r) => r.rule === 'site-memory');
    expect(removals).toHaveLength(1);
    expect(removals[0]!.preview).toMatch(/^Keep the lantern lit/);
  });

  test('a box that also holds a picture is not widened into: the blocks go, the picture stays', () => {
    const result = thirdVisit(BOX.replace('<p><a', '<img src="https://ferrisburg-lantern.example/bridge.jpg" alt="The bridge"><p><a'));
    expect(result.article.contentHtml).toContain('bridge.jpg');
    expect(flatText(result)).not.toContain('Keep the lantern lit');
  });
});
