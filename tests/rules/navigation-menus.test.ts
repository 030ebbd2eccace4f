import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import rule from '../../core/rules/navigation-menus';
import type { RuleContext } from '../../core/rules/rule';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('navigation-menus', describe, test, expect);

/** The rule's candidates on an article body given as HTML, detached from the document as Readability's article is. */
function candidates(html: string) {
  const doc = new JSDOM('<body></body>').window.document;
  const root = doc.createElement('div');
  root.innerHTML = html;
  return rule.collect(root, {} as RuleContext);
}

function collect(html: string): string[] {
  return candidates(html).map((candidate) => candidate.reason);
}

/** The text of each element the rule would remove. */
function removed(html: string): (string | undefined)[] {
  return candidates(html).map((candidate) => candidate.element.textContent?.replace(/\s+/g, ' ').trim());
}

const STORY = `<p>${'The council voted on the new bus line after a long debate about costs and routes. '.repeat(8)}</p>`;

describe('navigation-menus', () => {
  test('a table of contents of in-page links is named as one; a menu of other pages as a menu', () => {
    expect(collect(`<nav><a href="#a">One</a> <a href="#b">Two</a></nav><h2 id="a">One</h2>${STORY}<h2 id="b">Two</h2>${STORY}`)).toEqual([expect.stringContaining('table of contents')]);
    // Skip links to the page's search box or main region are a menu's, not the story's sections.
    expect(collect(`<nav><a href="#search">Search</a> <a href="#latest">Latest</a></nav>${STORY}`)).toEqual([expect.stringContaining('navigation menu')]);
    expect(collect(`<nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav>${STORY}`)).toEqual([expect.stringContaining('navigation menu')]);
  });

  test('keep: a nav holding sentences, not links, stays', () => {
    expect(collect(`<nav><p>${'Seven stops along the route, from the station to the halls. '.repeat(3)}</p></nav>${STORY}`)).toEqual([]);
  });

  test('keep: a nav holding most of the article is the article’s wrapper', () => {
    expect(collect(`<nav><a href="/a">A</a>${STORY}</nav>`)).toEqual([]);
  });

  test('a short title in the box beside the menu goes with it; a box with more than a title stays', () => {
    const toc = '<nav><a href="#a">One</a> <a href="#b">Two</a></nav>';
    const sections = `<h2 id="a">One</h2>${STORY}<h2 id="b">Two</h2>${STORY}`;
    expect(removed(`<div class="toc"><div><p>Table of Contents</p></div>
${toc}</div>${sections}`)).toEqual(['Table of Contents One Two']);
    expect(removed(`<details><summary>On this page</summary>
<div>${toc}</div></details>${sections}`)).toEqual(['On this page One Two']);
    // The headline, a link or a picture beside the menu is not its title.
    expect(removed(`<header><h1>Bleeding a radiator</h1>${toc}</header>${sections}`)).toEqual(['One Two']);
    expect(removed(`<div><a href="/heating/">Heating</a>${toc}</div>${sections}`)).toEqual(['One Two']);
    expect(removed(`<div><p>Seven steps, from the key to the boiler gauge</p>${toc}</div>${sections}`)).toEqual(['One Two']);
  });

  test('a table of contents’ title left over the story without its contents goes', () => {
    // The contents were collapsed (display:none) and went before Readability, which then turned
    // the title's emptied wrapper into the title itself.
    expect(removed(`<p>Table of Contents</p>${STORY}`)).toEqual(['Table of Contents']);
    expect(removed(`<div class="toc"><h2>Inhaltsverzeichnis</h2></div>${STORY}`)).toEqual(['Inhaltsverzeichnis']);
    // A title with nothing at all after it titles nothing, whatever its wording.
    expect(removed(`${STORY}<div><p>Contents</p></div>`)).toEqual(['Contents']);
  });

  test('keep: a contents title over its list, and "Contents" or "Inhalt" heading a part of the story', () => {
    // An unmarked table of contents keeps its title (Readability's own test pages keep both).
    expect(collect(`<div id="toc"><div class="toctitle"><h2>Contents</h2></div><ul><li><a href="#a">One</a></li><li><a href="#b">Two</a></li></ul></div><h2 id="a">One</h2>${STORY}<h2 id="b">Two</h2>${STORY}`)).toEqual([]);
    expect(collect(`<p><strong>Table of Contents</strong></p><ol><li><a href="#a">One</a></li><li><a href="#b">Two</a></li></ol><h2 id="a">One</h2>${STORY}`)).toEqual([]);
    // A book review's "Inhalt" (plot) section and a kit's "Contents" are the story's own headings.
    expect(collect(`<p><b>Inhalt</b></p>${STORY}<p><b>Fazit</b></p>${STORY}`)).toEqual([]);
    expect(collect(`<h2>Contents</h2><p>${'The box holds the pump, two hoses, a wall bracket and a printed manual. '.repeat(3)}</p>`)).toEqual([]);
  });

  test('strip: a nested nav is one removal, the outer one', () => {
    expect(collect(`<nav><a href="/a">A</a><nav><a href="/b">B</a></nav></nav>${STORY}`)).toHaveLength(1);
  });
});
