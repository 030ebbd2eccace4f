import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { followingProseWords, hasFollowingProse } from '../../core/guards/has-following-prose';
import { isContentListItem, isInContentStructure } from '../../core/guards/is-content-structure';
import { isPullQuote } from '../../core/guards/is-pull-quote';
import { collectTextBlocks } from '../../core/text/blocks';

const { document } = new JSDOM(`<div id="root">
  <p id="lead">A first paragraph of the story that is long enough to count as prose, with well over twenty-five words in it so the guard treats it as story text.</p>
  <figure><blockquote><p id="pull">“Please support the people who still read on paper.”</p></blockquote></figure>
  <figure><img src="x.jpg" alt=""><figcaption id="cap">Volunteers sort donated apples.</figcaption></figure>
  <table><tr><td id="cell">Donations</td><td>611</td></tr></table>
  <ul><li id="item-a">Round-trip flights</li><li id="item-b">Donate now</li></ul>
  <p id="tail">Donate now</p>
</div>`).window;
const root = document.getElementById('root') as Element;
const byId = (id: string) => document.getElementById(id) as Element;

describe('keep-guards on structure', () => {
  test.each([['pull'], ['cap'], ['cell']])('#%s is protected content', (id) => {
    expect(isPullQuote(byId(id), root) || isInContentStructure(byId(id), root)).toBe(true);
  });

  test.each([['lead'], ['tail']])('#%s is not protected', (id) => {
    expect(isPullQuote(byId(id), root) || isInContentStructure(byId(id), root)).toBe(false);
  });

  test('a list item stays unless its whole list was judged clutter', () => {
    expect(isContentListItem(byId('item-b'), (item) => item.id === 'item-b')).toBe(true);
    expect(isContentListItem(byId('item-b'), () => true)).toBe(false);
  });

  test('prose follows the pull quote but not the trailing ask', () => {
    const blocks = collectTextBlocks(root);
    const tail = blocks.findIndex((block) => block.element.id === 'tail');
    expect(followingProseWords(blocks)[0]).toBe(0);
    expect(hasFollowingProse(blocks, tail)).toBe(false);
    expect(blocks.map((block) => block.element.id)).toEqual(['lead', 'pull', 'cap', 'cell', '', 'item-a', 'item-b', 'tail']);
  });
});
