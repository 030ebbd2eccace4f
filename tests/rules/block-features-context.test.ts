import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { describeBlocks, FEATURE_NAMES } from '../../core/scorer/block-features';

/** The block scorer's context features: what is around a block, which a teaser or a menu item shares with its row. */
const STORY = 'The council voted on the harbour plan after months of hearings, and residents who followed every session said the costs had risen twice since the first estimate was published.';

function samples(body: string) {
  const doc = new JSDOM(`<body><div id="root">${body}</div></body>`).window.document;
  return describeBlocks(doc.getElementById('root')!, { host: 'news.example', siteName: null });
}

const feature = (sample: { features: Float64Array }, name: string) => sample.features[FEATURE_NAMES.indexOf(name)]!;

describe('block features: context', () => {
  const blocks = samples(`<p>${STORY}</p><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul><p>${STORY}</p>`);

  test('a block reads its neighbours’ shape; the first and last read -1 where nothing is', () => {
    expect(blocks.map((b) => b.text)).toEqual([STORY, 'Other story one', 'Other story two', STORY]);
    expect(feature(blocks[0]!, 'prev_link_density')).toBe(-1);
    expect(feature(blocks[0]!, 'next_link_density')).toBe(1);
    expect(feature(blocks[1]!, 'prev_long_prose')).toBe(1);
    expect(feature(blocks[1]!, 'next_tag_li')).toBe(1);
    expect(feature(blocks[3]!, 'next_long_prose')).toBe(-1);
  });

  test('each block’s share of the article’s words, and where it starts in them', () => {
    const total = blocks.reduce((n, b) => n + b.words, 0);
    expect(blocks.reduce((n, b) => n + feature(b, 'words_share'), 0)).toBeCloseTo(1, 10);
    expect(feature(blocks[0]!, 'words_before_share')).toBe(0);
    expect(feature(blocks[3]!, 'words_before_share')).toBeCloseTo((total - blocks[3]!.words) / total, 10);
  });

  test('the prose and links within three blocks on either side', () => {
    expect(feature(blocks[1]!, 'window_prose_share')).toBeCloseTo(2 / 3, 10);
    expect(feature(blocks[1]!, 'window_link_density')).toBeCloseTo(1 / 3, 10);
    expect(feature(blocks[0]!, 'window_link_density')).toBeCloseTo(2 / 3, 10);
  });
});
