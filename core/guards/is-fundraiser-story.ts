import type { TextBlock } from '../text/blocks';
import { phraseRegex } from '../text/phrases';
import { isStoryAbout } from './story-topic';

/** Words that make fundraising the story's subject (headline or a share of the paragraphs). */
const FUNDRAISING_TOPIC = phraseRegex([
  'fundrais\\w*', 'donat\\w+', 'donors?', 'crowdfund\\w*', 'charit(?:y|ies)', 'memberships?', 'pledge drive',
  'spende\\w*', 'gespendet', 'spendenaktion', 'mitgliedschaft\\w*', 'sammelaktion',
  'collecte\\w*', 'cagnotte', 'dons', 'adhésions?', 'levée de fonds',
  'donaci\\w+', 'donativos?', 'donantes?', 'recaudaci\\w+', 'colecta', 'micromecenazgo', 'socios',
  'doaç\\w+', 'doador\\w*', 'vaquinha', 'arrecadaç\\w+',
  'donazion\\w+', 'raccolta fondi', 'donator\\w*',
  'donateurs?', 'inzamel\\w+', 'giften',
  'zbiórk\\w+', 'darowizn\\w+', 'darczyńc\\w+',
]);

/** A story whose subject is a fundraiser, a donation drive or a membership scheme. */
export function isFundraiserStory(title: string, blocks: readonly TextBlock[]): boolean {
  return isStoryAbout(FUNDRAISING_TOPIC, title, blocks);
}
