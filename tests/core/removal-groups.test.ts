import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import type { CleanOptions, Removal } from '../../core/types';

/** What "What was removed" lists (core/removals/): runs, copies and never-visible elements as one entry each. */

const STORY = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the story about the river crossing, with enough words in it to read as prose that Readability keeps in the article.</p>`);

function clean(body: string, options: CleanOptions = {}) {
  const dom = new JSDOM(`<!doctype html><html lang="en"><head><title>River crossing</title></head><body>${body}</body></html>`, { url: 'https://news.example/2026/river' });
  const result = cleanArticle(dom.window.document, options);
  if (!result.ok) throw new Error(result.error.message);
  // Read every removal's HTML while the window is open.
  return { ...result, removed: result.removed.map((removal): Removal => ({ ...removal })) };
}

const article = (inner: string) => `<article><h1>River crossing</h1>${inner}</article>`;

describe('removal groups', () => {
  it('lists a run of adjacent blocks of one kind as one entry, its previews joined, shown in place as one', () => {
    const run = '<p>Sponsor note: the ferry line</p><p>Sponsor note: the bakery</p><p>Partner note: the museum</p>';
    const { removed, article: out } = clean(article([...STORY.slice(0, 4), run, ...STORY.slice(4)].join('')), { customPhrases: ['sponsor note', 'partner note'] });
    const custom = removed.filter((removal) => removal.kind === 'custom');
    expect(custom).toHaveLength(1);
    expect(custom[0]!.preview).toBe('Sponsor note: the ferry line · Sponsor note: the bakery · Partner note: the museum');
    expect(custom[0]!.copies).toBe(1);
    expect(custom[0]!.inPlace).toBe(true);
    expect(custom[0]!.html).toContain('the bakery');
    expect(out.contentHtml.match(/data-qr-removed=/g)).toHaveLength(1);
    expect(out.contentHtml).toContain(`data-qr-removed="${custom[0]!.id}"`);
  });

  it('keeps blocks apart when story text sits between them', () => {
    const body = article([STORY[0], '<p>Sponsor note: the ferry line</p>', ...STORY.slice(1, 5), '<p>Sponsor note: the bakery</p>', ...STORY.slice(5)].join(''));
    const { removed } = clean(body, { customPhrases: ['sponsor note'] });
    expect(removed.filter((removal) => removal.kind === 'custom')).toHaveLength(2);
  });

  it('lists every copy of a repeated block as one entry with its number of copies', () => {
    const box = '<div class="box-x"><p>Independent reporting needs you: give what you can today to keep the valley informed.</p></div>';
    const { removed } = clean(`${box}${article(STORY.join(''))}${box}`, { customSelectors: ['.box-x'] });
    const entries = removed.filter((removal) => removal.preview.startsWith('Independent reporting'));
    expect(entries).toHaveLength(1);
    expect(entries[0]!.copies).toBe(2);
  });

  it('counts elements the page kept hidden in one quiet entry without a preview', () => {
    const hidden = '<div hidden><p>A lightbox copy of the photo caption, never shown.</p></div><div style="display:none"><p>A collapsed sign-up form nobody opened.</p></div><div aria-hidden="true"><p>A carousel clone of a teaser.</p></div>';
    const { removed } = clean(`${hidden}${article(STORY.join(''))}`);
    const hiddenEntries = removed.filter((removal) => removal.kind === 'hidden');
    expect(hiddenEntries).toEqual([expect.objectContaining({ quiet: true, copies: 3, preview: '', inPlace: false })]);
  });

  it('previews only the text a reader saw: no script, style, noscript markup or hidden text', () => {
    const box = '<div class="box-x"><script>/*<![CDATA[*/ (function() { window.ads = 1; })();</script><style>.a { color: red; }</style><noscript>&lt;img class="pixel" src="t.gif"&gt;</noscript><span hidden>Skip this</span><p>Get our morning briefing</p></div>';
    const { removed } = clean(article([...STORY.slice(0, 4), box, ...STORY.slice(4)].join('')), { customSelectors: ['.box-x'] });
    expect(removed.map((removal) => removal.preview)).toContain('Get our morning briefing');
  });

  it('can show a block removed before Readability in place, where it was in the article', () => {
    const box = '<div class="box-x"><p>Tell us what you think of the new bridge plans.</p></div>';
    const { removed, article: out } = clean(article([...STORY.slice(0, 4), box, ...STORY.slice(4)].join('')), { customSelectors: ['.box-x'] });
    const entry = removed.find((removal) => removal.preview.startsWith('Tell us'))!;
    expect(entry.step).toBe('preclean');
    expect(entry.inPlace).toBe(true);
    const placeholderAt = out.contentHtml.indexOf(`data-qr-removed="${entry.id}"`);
    expect(placeholderAt).toBeGreaterThan(out.contentHtml.indexOf('Paragraph 4 '));
    expect(placeholderAt).toBeLessThan(out.contentHtml.indexOf('Paragraph 5 '));
    expect(out.contentHtml).not.toContain('qr-removed:');
  });

  it('shows a block removed before Readability in place when Readability replaces its wrapper by the one paragraph left in it', () => {
    // Readability turns a <div> holding only a <p> into that <p>, and comments beside the <p> went with the <div>.
    const panel = '<div class="panel"><p>Our reporter followed the bridge debate all week, from the council chamber to the ferry queue.</p><div class="box-x"><p>Tell us what you think of the new bridge plans.</p></div></div>';
    const { removed, article: out } = clean(article([...STORY.slice(0, 4), panel, ...STORY.slice(4)].join('')), { customSelectors: ['.box-x'] });
    const entry = removed.find((removal) => removal.preview.startsWith('Tell us'))!;
    expect(entry.step).toBe('preclean');
    expect(entry.inPlace).toBe(true);
    const placeholderAt = out.contentHtml.indexOf(`data-qr-removed="${entry.id}"`);
    expect(placeholderAt).toBeGreaterThan(out.contentHtml.indexOf('Our reporter followed'));
    expect(placeholderAt).toBeLessThan(out.contentHtml.indexOf('Paragraph 5 '));
  });

  it('lists a membership appeal in a box marked as a subscription promo as a donation appeal', () => {
    const box = '<div class="subscribe-box"><h3>Become a member</h3><p>Members keep our reporting free for everyone. Join from £3 a month.</p><a href="/membership">Join now</a></div>';
    const { removed } = clean(article([...STORY.slice(0, 4), box, ...STORY.slice(4)].join('')));
    const entry = removed.find((removal) => removal.preview.startsWith('Become a member'));
    expect(entry?.kind).toBe('appeal');
  });

  it('lists a "Top stories" box marked as a promo as a related list', () => {
    const box = '<div class="newsletter-promo"><h3>Top stories</h3><ul><li><a href="/a">Market hall reopens</a></li><li><a href="/b">Bypass plan delayed</a></li></ul></div>';
    const { removed } = clean(article([...STORY.slice(0, 4), box, ...STORY.slice(4)].join('')));
    const entry = removed.find((removal) => removal.preview.startsWith('Top stories'));
    expect(entry?.kind).toBe('related');
  });

  it('lists what a box named for sharing holds by what it is: a share row as a share bar, the rest by its words', () => {
    const boxes = [
      '<div class="social-share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://wa.me/?text=x">WhatsApp</a></div>',
      '<div class="social-embed"><h3>Recommended editorial content</h3><p>Here you will find external content from Instagram that adds to the article. By loading it you agree that your data may be sent to the platform.</p><button>Load</button></div>',
      '<div class="share-comments"><a href="#comments">Kommentieren</a></div>',
      '<div class="social-nav"><a href="/contact">Contact</a> <a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></div>',
    ];
    // After the story, so it is not one run with the comment link (both are prompts).
    const apps = '<div class="social-apps"><a href="/app">Get the News App</a> <a href="/ios">App Store</a></div>';
    const { removed } = clean(`${boxes.join('')}${article(STORY.join(''))}${apps}`);
    const kindOf = (start: string) => removed.find((removal) => removal.preview.startsWith(start))?.kind;
    expect([kindOf('Facebook'), kindOf('Recommended editorial'), kindOf('Kommentieren'), kindOf('Get the News App'), kindOf('Contact')]).toEqual(['share', 'nag', 'prompt', 'prompt', 'furniture']);
  });

  it('lists an appeal printed twice as a donation appeal with 2 copies, not as a "repeated block"', () => {
    const box = '<div class="box-end"><h3>Before you go</h3><p>Independent local journalism needs your support. Please donate today to keep the valley informed.</p><a class="button" href="/give">Give now</a></div>';
    const { removed } = clean(`${article([...STORY.slice(0, 4), box, ...STORY.slice(4)].join(''))}${box}`);
    const entry = removed.find((removal) => removal.preview.startsWith('Before you go'));
    expect(entry).toMatchObject({ kind: 'appeal', copies: 2 });
  });

  it('lists a caption printed twice as a duplicated caption, whatever its words', async () => {
    const { loadRuleFixtures, cleanFixture } = await import('../rules/helpers/rule-fixtures');
    const fixture = loadRuleFixtures('repeated-blocks').find((candidate) => candidate.name === 'caption-printed-twice')!;
    const entries = cleanFixture(fixture, { only: ['repeated-blocks'] }).removed.filter((removal) => removal.rule === 'repeated-blocks');
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((removal) => removal.kind))).toEqual(new Set(['caption']));
  });
});
