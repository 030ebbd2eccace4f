import { isQuotedSpeech } from '../guards/is-quoted-speech';
import { collectPromoBoxes, collectTextBlocks } from '../text/blocks';
import { nagWording } from '../text/nag-wording';
import { isProtectedBlock } from '../promo-evidence';
import { defineRule } from './rule';

/* The wording (cookie notices, consent placeholders, paywall meters) is in core/text/nag-wording.ts. */

const NAG_MARKERS = new Set(['paywall', 'consent', 'cookie', 'cookies', 'gdpr', 'cmp', 'meter', 'metering', 'regwall', 'placeholder']);

export default defineRule({
  id: 'consent-paywall-nags',
  kind: 'nag',
  phase: 'post',
  summary: 'Removes cookie notices, consent placeholders for embeds and paywall meters left in the article.',
  collect(root) {
    const blocks = collectTextBlocks(root);
    const flagged = new Map<Element, string>();
    for (const block of blocks) {
      if (block.words > 80) continue;
      // The guards (quoted speech, protected blocks) cost more than the wording: asked only of a nag.
      const reason = nagWording(block.text);
      if (reason && !isQuotedSpeech(block.text) && !isProtectedBlock(block, root)) flagged.set(block.element, reason);
    }
    return collectPromoBoxes(root, blocks, flagged, { markers: NAG_MARKERS, maxLooseWords: 20, maxBoxWords: 100 });
  },
});
