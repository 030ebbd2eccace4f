import type { ClutterKind } from '../types';

/**
 * Turns the features that pushed a block towards boilerplate into the kind a reader sees and a
 * reason in words ("mostly links; after the story's last paragraph; links to social networks").
 * The kind comes from the strongest feature that names one; structure-only verdicts are page
 * furniture (menus, tag lists, bylines, dates, counters).
 */
const KIND_OF_FEATURE: Record<string, ClutterKind> = {
  cue_donate: 'appeal',
  links_payment: 'appeal',
  cue_subscribe: 'newsletter',
  links_newsletter: 'newsletter',
  links_mail: 'newsletter',
  cue_share: 'share',
  links_social: 'share',
  cue_related: 'related',
  cue_comment: 'prompt',
  cue_account: 'nag',
  cue_consent: 'nag',
  cue_advert: 'prompt',
  links_app: 'prompt',
  cue_media: 'caption',
  in_figure: 'caption',
  tag_figcaption: 'caption',
};

const WORDS_OF_FEATURE: Record<string, string> = {
  link_density: 'mostly links',
  all_link: 'all link text',
  log_links: 'many links',
  parent_link_density: 'in a box of links',
  after_prose: 'after the story’s last paragraph',
  before_prose: 'before the story begins',
  log_distance_to_prose: 'far from the story’s paragraphs',
  repeated_in_article: 'printed twice in the article',
  short: 'a short line',
  very_short: 'a label of a few words',
  same_tag_siblings_share: 'one of a row of similar items',
  capitalised_share: 'written like headlines',
  byline_start: 'a byline',
  date_like: 'a date or time',
  copyright_sign: 'a copyright line',
  pipe_or_bullet: 'items separated by bars or bullets',
  names_site: 'names the site itself',
  ends_colon: 'a label ending in a colon',
  has_control: 'holds a button or form field',
  digit_share: 'mostly numbers',
  upper_share: 'in capitals',
  cue_address: 'addresses the reader',
  cue_subscribe: 'asks to subscribe or sign up',
  cue_donate: 'asks for donations or membership',
  cue_share: 'asks to share or follow',
  cue_related: 'points to other stories',
  cue_comment: 'about comments',
  cue_account: 'about signing in or an account',
  cue_consent: 'about cookies, consent or privacy',
  cue_advert: 'an advertising label',
  cue_media: 'a photo or video credit',
  cue_widget: 'a page widget label',
  cue_legal: 'a legal notice',
  cue_navigation: 'navigation words',
  links_social: 'links to social networks',
  links_payment: 'links to a payment page',
  links_newsletter: 'links to a newsletter service',
  links_app: 'links to an app store',
  links_mail: 'a mail link',
  links_external: 'links to other sites',
  links_tag: 'links to tag or topic pages',
  in_list: 'in a list',
  in_aside: 'in a side box',
  in_nav: 'in a menu',
  in_footer: 'in a footer',
  in_header: 'in a header',
  in_form: 'in a form',
  prev_link_density: 'after a block of links',
  next_link_density: 'before a block of links',
  window_link_density: 'among blocks of links',
  window_prose_share: 'away from the story’s paragraphs',
  words_share: 'a small part of the article',
};

export function kindOf(strongest: readonly string[]): ClutterKind {
  for (const name of strongest) {
    const kind = KIND_OF_FEATURE[name];
    if (kind) return kind;
  }
  return 'furniture';
}

export function reasonOf(strongest: readonly string[], probability: number): string {
  const words = [...new Set(strongest.map((name) => WORDS_OF_FEATURE[name] ?? (name.startsWith('markup_') ? 'its markup is typical of page furniture' : null)).filter((w): w is string => w !== null))];
  const why = words.length ? `: ${words.join('; ')}` : '';
  return `Looks like page furniture, not story text (${Math.round(probability * 100)}% sure)${why}`;
}
