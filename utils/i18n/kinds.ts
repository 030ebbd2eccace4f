import type { ClutterKind } from '../../core/types';
import { plural, t, type MessageKey, type PluralKey } from './index';

/** Each kind's messages, spelled out so every key can be found in the source (tests/i18n/locales.test.ts). */
const KIND_MESSAGES: Record<ClutterKind, { name: MessageKey; description: MessageKey; count: PluralKey }> = {
  hidden: { name: 'kinds.hidden.name', description: 'kinds.hidden.description', count: 'kinds.hidden.count' },
  repeated: { name: 'kinds.repeated.name', description: 'kinds.repeated.description', count: 'kinds.repeated.count' },
  appeal: { name: 'kinds.appeal.name', description: 'kinds.appeal.description', count: 'kinds.appeal.count' },
  newsletter: { name: 'kinds.newsletter.name', description: 'kinds.newsletter.description', count: 'kinds.newsletter.count' },
  related: { name: 'kinds.related.name', description: 'kinds.related.description', count: 'kinds.related.count' },
  share: { name: 'kinds.share.name', description: 'kinds.share.description', count: 'kinds.share.count' },
  caption: { name: 'kinds.caption.name', description: 'kinds.caption.description', count: 'kinds.caption.count' },
  prompt: { name: 'kinds.prompt.name', description: 'kinds.prompt.description', count: 'kinds.prompt.count' },
  nag: { name: 'kinds.nag.name', description: 'kinds.nag.description', count: 'kinds.nag.count' },
  furniture: { name: 'kinds.furniture.name', description: 'kinds.furniture.description', count: 'kinds.furniture.count' },
  custom: { name: 'kinds.custom.name', description: 'kinds.custom.description', count: 'kinds.custom.count' },
  'site-memory': { name: 'kinds.siteMemory.name', description: 'kinds.siteMemory.description', count: 'kinds.siteMemory.count' },
};

/** The name of a kind for list headings ("Donation appeal"). */
export function kindLabel(kind: ClutterKind): string {
  const messages = KIND_MESSAGES[kind];
  return messages ? t(messages.name) : kind;
}

/** What a kind is, for the switches that turn it off ("Donation and membership appeals"). */
export function kindDescription(kind: ClutterKind): string {
  const messages = KIND_MESSAGES[kind];
  return messages ? t(messages.description) : kind;
}

/** "2 donation appeals". */
export function kindCount(kind: ClutterKind, count: number): string {
  const messages = KIND_MESSAGES[kind];
  return messages ? plural(messages.count, count) : `${count} ${kind}`;
}
