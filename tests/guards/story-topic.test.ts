import { describe, expect, test } from 'vitest';
import { isFundraiserStory } from '../../core/guards/is-fundraiser-story';
import { isNewsletterStory } from '../../core/guards/is-newsletter-story';
import type { TextBlock } from '../../core/text/blocks';
import { countWords } from '../../core/text/normalize';

// Guards only read text and word counts; the element is never touched.
const blocks = (...texts: string[]): TextBlock[] => texts.map((text) => ({ element: null as unknown as Element, text, words: countWords(text) }));
const filler = 'The council met on Tuesday evening in the old school hall to discuss the budget for next year, and the meeting ran late into the night because of the long list.';

describe('isFundraiserStory', () => {
  test.each([
    ['a fundraiser in the headline', 'Band boosters’ fundraiser passes $100,000', blocks(filler)],
    ['a German headline', 'Tafel bittet um Spenden', blocks(filler)],
    [
      'paragraphs that report on donations',
      'Rose Parade trip',
      blocks(
        filler,
        'The boosters have raised $48,260 through an online fundraiser, plus money from car washes and a spaghetti dinner that sold out twice in one weekend.',
        'Most of the 611 donations were between $20 and $50, and they came from alumni as far away as Germany and South Korea, the club president said.',
        '“Every donation gets a kid one step closer to Pasadena,” reads one update on the fundraising page, which opens with a photo of the band on the field.',
      ),
    ],
  ])('returns true for %s', (_case, title, story) => {
    expect(isFundraiserStory(title, story)).toBe(true);
  });

  test('returns false when only the appeal talks about donations', () => {
    const appeal = 'We are falling behind our online fundraising goals and we cannot sustain coming up short on donations month after month, so please give what you can today.';
    expect(isFundraiserStory('Russia resumes airstrikes on Aleppo', blocks(filler, filler, filler, appeal, appeal, appeal))).toBe(false);
  });
});

describe('isNewsletterStory', () => {
  test('returns true for a headline about newsletters, false for an unrelated one', () => {
    expect(isNewsletterStory('Why small newsletters are leaving the big platforms', blocks(filler))).toBe(true);
    expect(isNewsletterStory('Night trains return to the valley', blocks(filler))).toBe(false);
  });
});
