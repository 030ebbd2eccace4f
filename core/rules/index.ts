import authorBios from './author-bios';
import blockScorer from './block-scorer';
import consentPaywallNags from './consent-paywall-nags';
import customPhrases from './custom-phrases';
import customSelectors from './custom-selectors';
import dateLines from './date-lines';
import donationAppeals from './donation-appeals';
import duplicateCopies from './duplicate-copies';
import engagementPrompts from './engagement-prompts';
import forumPostChrome from './forum-post-chrome';
import hiddenElements from './hidden-elements';
import lightboxCaptions from './lightbox-captions';
import navigationMenus from './navigation-menus';
import newsletterPromos from './newsletter-promos';
import promoContainers from './promo-containers';
import relatedLists from './related-lists';
import repeatedBlocks from './repeated-blocks';
import type { CleanupRule } from './rule';
import shareBars from './share-bars';
import siteMemory from './site-memory';

/**
 * Every cleanup rule, in the order the pipeline runs them within its phase. A rule file that is
 * not listed here never runs (tests/meta/rules-contract.test.ts checks both ways).
 */
export const RULES: readonly CleanupRule[] = [
  // Pre phase (whole page): hidden first, so promo and repeat detection never see hidden copies.
  hiddenElements,
  promoContainers,
  repeatedBlocks,
  // Post phase, structural first: lists, bars, lightbox chrome and navigation are recognised by shape.
  relatedLists,
  shareBars,
  lightboxCaptions,
  navigationMenus,
  forumPostChrome,
  donationAppeals,
  newsletterPromos,
  engagementPrompts,
  consentPaywallNags,
  authorBios,
  dateLines,
  // After the rules that name a block by what it is (an appeal printed twice is an appeal): later
  // copies of a part of the story, whatever they say.
  duplicateCopies,
  // After the named rules: the learned scorer judges what their lists and thresholds left.
  blockScorer,
  customPhrases,
  // A pre-phase rule (see its header); listed here with the other user rules.
  customSelectors,
  // Last: site memory only sees what the generic rules left (its own wording for each site).
  siteMemory,
];
