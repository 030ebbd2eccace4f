import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import type { CleanOptions } from '../../core/types';

// A small article page; Readability keeps all of it. The user's phrases target single blocks.
const PAGE = `<!doctype html><html lang="en"><head><title>The harbour wall is finished | Coastline</title></head><body>
<article><h1>The harbour wall is finished</h1><div class="entry-content">
<p>After four winters of work, the new harbour wall at Penmor was finished on Friday, two months ahead of schedule and slightly under its budget of £11 million.</p>
<p>The wall is 380 metres long and about a metre higher than the old one. Engineers say it should protect the village from storm surges for at least fifty years.</p>
<ul><li>Length: 380 metres</li><li>Cost: £10.7 million</li><li>Big   TIDE-day tours every Saturday</li></ul>
<p>Fishing crews, who moved their boats to a neighbouring harbour during the work, will return next month. “It is good to be going home,” said skipper Ann Trevail.</p>
<div class="box-note"><p>Enjoyed this? Try Coastline+ (a.k.a. [premium]) for £1</p></div>
<p>A celebration with a brass band is planned on the quay for the first weekend of June, and the parish council has invited everyone who worked on the wall.</p>
</div></article></body></html>`;

function clean(options: CleanOptions) {
  const dom = new JSDOM(PAGE, { url: 'https://coastline.example/penmor-wall/' });
  const result = cleanArticle(dom.window.document, { url: 'https://coastline.example/penmor-wall/', ...options });
  dom.window.close();
  if (!result.ok) throw new Error(result.error.message);
  return { text: result.article.textContent.replace(/\s+/g, ' '), removed: result.removed.filter((r) => r.rule === 'custom-phrases') };
}

describe('custom-phrases', () => {
  test.each([
    // [phrase as the user typed it, text that must go, text in the same article that must stay]
    ['a.k.a. [premium]', 'Try Coastline+', 'After four winters of work'],
    ['BIG tide-day   TOURS', 'tours every Saturday', 'Length: 380 metres'],
    ['good to be going home', 'said skipper Ann Trevail', 'The wall is 380 metres long'],
  ])('“%s” removes the block holding it (“%s”) and keeps the rest (“%s”)', (phrase, strip, keep) => {
    expect(clean({ skip: ['custom-phrases'], customPhrases: [phrase] }).text).toContain(strip);
    const { text, removed } = clean({ customPhrases: [phrase] });
    expect(text).not.toContain(strip);
    expect(text).toContain(keep);
    expect(removed).toHaveLength(1);
    expect(removed[0]?.reason).toContain(phrase.toLowerCase().replace(/\s+/g, ' '));
  });

  test('a phrase is never a regular expression', () => {
    // ".*" as a pattern would match every block; as text it matches none.
    const { text, removed } = clean({ customPhrases: ['.*', 'wall|harbour'] });
    expect(removed).toHaveLength(0);
    expect(text).toContain('After four winters of work');
  });

  test('a phrase that spans the whole article does not empty it', () => {
    const { text, removed } = clean({ customPhrases: ['the'] });
    // Every paragraph holds "the"; each goes alone, the article container never does (side by side,
    // the removed paragraphs are listed as one run, core/removals/group.ts).
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.every((r) => !r.html.includes('Length: 380 metres'))).toBe(true);
    expect(text).toContain('Length: 380 metres');
  });

  test('only the list item goes, not its list', () => {
    const { text } = clean({ customPhrases: ['cost: £10.7 million'] });
    expect(text).not.toContain('£10.7 million');
    expect(text).toContain('Length: 380 metres');
  });
});
