import type { BlockSample } from './scorer/block-features';
import type { BlockModel } from './scorer/block-model';
/**
 * The engine's public contract. Everything outside `core/` (the extension, the CLI, the
 * benchmarks, the tests) talks to the engine through these types only.
 */

/** The named kinds of clutter a user can switch on and off. */
export const CLUTTER_KINDS = [
  'hidden',
  'repeated',
  'appeal',
  'newsletter',
  'related',
  'share',
  'caption',
  'prompt',
  'nag',
  'furniture',
  'custom',
  'site-memory',
] as const;
export type ClutterKind = (typeof CLUTTER_KINDS)[number];

/** Human labels, singular and plural, for summaries such as "2 donation appeals". */
export const CLUTTER_KIND_LABELS: Record<ClutterKind, { one: string; many: string; description: string }> = {
  hidden: { one: 'hidden element', many: 'hidden elements', description: 'Elements the page hides from readers' },
  repeated: { one: 'repeated block', many: 'repeated blocks', description: 'The same block printed two or more times' },
  appeal: { one: 'donation appeal', many: 'donation appeals', description: 'Donation and membership appeals' },
  newsletter: { one: 'newsletter or subscription promo', many: 'newsletter and subscription promos', description: 'Newsletter sign-ups and subscription offers' },
  related: { one: 'related list', many: 'related lists', description: '“We recommend”, “Latest”, “Most read” and “Read also” lists' },
  share: { one: 'share or follow bar', many: 'share and follow bars', description: 'Share buttons and “follow us” lines' },
  caption: { one: 'duplicated caption or credit', many: 'duplicated captions and credits', description: 'Lightbox chrome and captions or credits printed twice' },
  prompt: { one: 'comment or read-more prompt', many: 'comment and read-more prompts', description: 'Comment prompts, “read more” and app or podcast plugs' },
  nag: { one: 'cookie, consent or paywall notice', many: 'cookie, consent and paywall notices', description: 'Cookie banners, consent placeholders and paywall meters' },
  furniture: { one: 'piece of page furniture', many: 'pieces of page furniture', description: 'Menus, breadcrumbs, tables of contents, date lines the header already shows and other page furniture' },
  custom: { one: 'block matching your rules', many: 'blocks matching your rules', description: 'Your own phrases and selectors' },
  'site-memory': { one: 'block repeated on this site', many: 'blocks repeated on this site', description: 'Blocks this site prints on every article' },
};

/** The pipeline's steps, in order. Each can be switched off to trace a bad removal. */
export const STEP_IDS = ['preclean', 'readability', 'recover', 'gate', 'postclean', 'sanitize'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** One block the engine took out, with why. The popup and the clean view list these. */
export interface Removal {
  /** Stable within one result: `r1`, `r2`, … in document order of removal. */
  id: string;
  step: StepId;
  /** The rule's id, which is also its file name under core/rules/. */
  rule: string;
  kind: ClutterKind;
  /** One sentence a reader understands: "Asks readers to donate (matched “please support”)". */
  reason: string;
  /** The first ~140 characters of the block's text, whitespace-collapsed. */
  preview: string;
  /**
   * How many copies of this block were removed (an appeal printed twice is one entry with 2); for
   * the `quiet` entry, how many never-visible elements it stands for.
   */
  copies: number;
  /** Normalised-text fingerprint, used for "always keep" and site memory. */
  fingerprint: string;
  /**
   * Sanitised HTML of the removed block (first copy), for "show". Computed on first read, by the
   * one policy in core/sanitize.ts, then memoised: it is an enumerable own property whose first
   * read sanitises, so spreading, `JSON.stringify` and structured clone carry the sanitised HTML,
   * never the raw block. '' when there is none to show: the block's HTML is over the cap, it was
   * a big page-level block (only its preview is kept), or the `sanitize` step is off.
   */
  html: string;
  /**
   * Present when a placeholder `<div data-qr-removed="ID"></div>` stands in the content HTML where
   * the block was, so the view can show it in place.
   */
  inPlace: boolean;
  /**
   * The one entry standing for every element the page kept hidden (kind `hidden`): counted in one
   * quiet line, not listed, no preview, never shown (core/removals/group.ts).
   */
  quiet?: boolean;
}

/** A user's per-site override, already resolved for the page being cleaned. */
export interface SiteOverride {
  /** Kinds switched off on this site only. */
  kindsOff?: ClutterKind[];
  /** Extra CSS selectors to remove on this site. */
  selectors?: string[];
  /** Fingerprints of blocks the user chose to always keep on this site. */
  keep?: string[];
}

/** Read-only view of what the site memory knows; the engine never writes storage itself. */
export interface SiteMemoryView {
  /** How many *other* article URLs of this site showed a block with this fingerprint. */
  seenOn(fingerprint: string, url: string): number;
}

export interface CleanOptions {
  /** The page's address: resolves relative links and images; keys site rules. */
  url?: string;
  /** Switch whole steps off (default: all on). `postclean: false` = Readability alone. */
  steps?: Partial<Record<StepId, boolean>>;
  /** Run only these rule ids / skip these rule ids (CLI `--only` / `--skip`). */
  only?: string[];
  skip?: string[];
  /** Kinds switched off (default: all on). */
  kindsOff?: ClutterKind[];
  /** Plain-text phrases; a block whose text contains one (case- and whitespace-insensitive) goes. */
  customPhrases?: string[];
  /** CSS selectors; invalid ones make `cleanArticle` answer `invalid-option` naming the entry. */
  customSelectors?: string[];
  site?: SiteOverride;
  siteMemory?: SiteMemoryView;
  /**
   * The learned block scorer (core/rules/block-scorer.ts). Off by default: on validation folds
   * grouped by site it did not beat the named rules (README, "The learned block scorer"). Pass
   * `{ model: SHIPPED_BLOCK_MODEL }` (core/scorer/shipped-model.ts) to run it; training passes its
   * fold's model, or none, and an `observe` hook that sees every block's features.
   */
  blockScorer?: BlockScorerOptions;
  /** Upper bound on elements handed to Readability; above it the result is `too-large`. */
  maxElements?: number;
  /**
   * `false` lists every element a rule took, one record each, as the rules made them: for tracing a
   * rule (its fixtures check what it recorded). Default: grouped as a reader reads the list
   * (core/removals/group.ts).
   */
  groupRemovals?: boolean;
  /** Clock for timings; defaults to performance.now. Injected so tests are deterministic. */
  now?: () => number;
}

export interface BlockScorerOptions {
  model?: BlockModel | null;
  /** Every block's features and whether a keep guard protects it, where the scorer reads them. */
  observe?: (samples: BlockSample[], guarded: boolean[]) => void;
}

export interface ArticleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** Whole minutes, at least 1: 230 words or 500 Chinese/Japanese characters a minute (core/text/reading-time.ts). */
  readingMinutes: number;
  /** `Intl.Segmenter` word-like segments, in every script. */
  wordCount: number;
}

export interface StepTimings {
  prepareMs: number;
  precleanMs: number;
  readabilityMs: number;
  postcleanMs: number;
  /** Recall recovery, before and after Readability (core/recover-lost-text.ts). */
  recoverMs: number;
  /** DOMPurify on the article; removed blocks are sanitised later, when `Removal.html` is first read. */
  sanitizeMs: number;
  totalMs: number;
}

export type CleanErrorCode = 'not-article' | 'too-large' | 'invalid-option' | 'internal';

/**
 * Why a page is `not-article`: no text at all, or Readability found text but the not-an-article
 * gate (core/article-gate/) saw a list of search results, of teasers, or a sign-in form.
 */
export type NotArticleReason = 'no-text' | 'search-results' | 'teaser-list' | 'sign-in-form';

/** Which page limit a `too-large` page passed (core/limits.ts): elements, nesting depth, or characters of text. */
export type PageLimitName = 'elements' | 'depth' | 'text';

export interface CleanError {
  code: CleanErrorCode;
  /** A calm sentence for the reader: what happened and, where useful, what to do. */
  message: string;
  /** For `too-large`: the value of the limit that was exceeded. */
  limit?: number;
  /** For `too-large`: which limit that was, so a shell can word its own sentence (utils/i18n/problems.ts). */
  exceeded?: PageLimitName;
  /** For `invalid-option`: the offending entry. */
  entry?: string;
  /** For `invalid-option` and `internal`: the cause in the platform's words (the selector parser's, the exception's), without the engine's sentence around it. */
  detail?: string;
  /** For `not-article`: what the page looked like instead. */
  reason?: NotArticleReason;
}

export interface CleanedArticle extends ArticleMetadata {
  /** Sanitised HTML of the article, with `data-qr-removed` placeholders where blocks went. */
  contentHtml: string;
  /** The article's plain text (what the benchmarks score). */
  textContent: string;
}

/** One text block of the cleaned article, as site memory learns it (fingerprint, never the text). */
export interface ArticleBlock {
  fingerprint: string;
  /** Whitespace-collapsed text length. */
  length: number;
  /** A short preview, only for blocks inside what site memory removed (for its "forget" list). */
  preview?: string;
}

export type CleanResult =
  | {
      ok: true;
      article: CleanedArticle;
      removed: Removal[];
      timings: StepTimings;
      /** The article's blocks after cleaning; listed only when `options.siteMemory` was given. */
      blocks?: ArticleBlock[];
    }
  | { ok: false; error: CleanError; removed: Removal[]; timings: StepTimings };
