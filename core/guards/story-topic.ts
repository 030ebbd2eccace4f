import type { TextBlock } from '../text/blocks';
import { READER_ADDRESS } from '../text/phrases';
import { PROSE_MIN_WORDS } from './has-following-prose';
import { isQuotedSpeech } from './is-quoted-speech';

/**
 * Tells whether the story itself is *about* a topic (a fundraiser, a newsletter), from the headline
 * and from how many of its paragraphs talk about it. One "DONATE NOW" in a quote says nothing; a
 * headline about a fundraising drive, or a quarter of the paragraphs about donations, does.
 * Only narrative paragraphs count: an appeal speaks to "you" as "we" and would otherwise vouch
 * for itself; quoted speech counts, since a story quotes the people it is about.
 */
export function isStoryAbout(topic: RegExp, title: string, blocks: readonly TextBlock[]): boolean {
  if (topic.test(title)) return true;
  let prose = 0;
  let onTopic = 0;
  for (const block of blocks) {
    if (block.words < PROSE_MIN_WORDS) continue;
    if (!isNarrative(block)) continue;
    prose++;
    if (topic.test(block.text)) onTopic++;
  }
  return onTopic >= 3 && onTopic >= prose / 4;
}

/** Whether a block is narrative, per block: two rules ask about the same article's blocks. */
const narrativeBlocks = new WeakMap<TextBlock, boolean>();
function isNarrative(block: TextBlock): boolean {
  let narrative = narrativeBlocks.get(block);
  if (narrative === undefined) {
    narrative = !READER_ADDRESS.test(block.text) || isQuotedSpeech(block.text);
    narrativeBlocks.set(block, narrative);
  }
  return narrative;
}
