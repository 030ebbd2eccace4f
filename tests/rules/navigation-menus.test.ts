import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import rule from '../../core/rules/navigation-menus';
import type { RuleContext } from '../../core/rules/rule';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('navigation-menus', describe, test, expect);

/** The rule's candidates on an article body given as HTML, detached from the document as Readability's article is. */
function collect(html: string): string[] {
  const doc = new JSDOM('<body></body>').window.document;
  const root = doc.createElement('div');
  root.innerHTML = html;
  return rule.collect(root, {} as RuleContext).map((candidate) => candidate.reason);
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

  test('strip: a nested nav is one removal, the outer one', () => {
    expect(collect(`<nav><a href="/a">A</a><nav><a href="/b">B</a></nav></nav>${STORY}`)).toHaveLength(1);
  });
});
