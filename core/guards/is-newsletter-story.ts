import type { TextBlock } from '../text/blocks';
import { phraseRegex } from '../text/phrases';
import { isStoryAbout } from './story-topic';

/** Words that make newsletters or subscriptions the story's subject. */
const NEWSLETTER_TOPIC = phraseRegex([
  'newsletters?', 'subscri\\w+', 'mailing lists?', 'paywalls?',
  'abonnent\\w*', 'abonnement\\w*', 'abonn\\w+', 'nieuwsbrie\\w+',
  'suscri\\w+', 'boletines', 'assinante\\w*', 'assinatura\\w*', 'abbonat\\w+', 'iscritt\\w+',
  'subskryp\\w+', 'prenumerat\\w+',
]);

/** A story whose subject is a newsletter, a subscription business or a paywall. */
export function isNewsletterStory(title: string, blocks: readonly TextBlock[]): boolean {
  return isStoryAbout(NEWSLETTER_TOPIC, title, blocks);
}
