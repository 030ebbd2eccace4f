import { Readability } from '@mozilla/readability';
import { checkArticleGate } from './article-gate/check-article';
import { NOT_ARTICLE_MESSAGES } from './article-gate/verdict';
import { withElementIndex } from './element-index';
import { checkPageLimits } from './limits';
import { collectMetadata, headerLineOf } from './metadata';
import { showNoscriptFallback } from './noscript-fallback';
import { placeStreamedSegments } from './streamed-segments';
import { keptCopies, restoreDroppedHeadings, restoreDroppedParagraphs, revealHiddenProse, snapshotProse, type ProseParagraph, type ProseSnapshot } from './recover-lost-text';
import { restoreSiblingSections } from './restore-sibling-sections';
import { findStandfirsts, restoreStandfirst } from './recover-standfirst';
import { removeCandidates, type RemovalLog, type RemovalScope } from './remove-candidates';
import { attachLazyRemovedHtml } from './removed-html';
import { groupRemovals } from './removals/group';
import { hoistPrecleanMarkers, placePrecleanRemovals } from './removals/markers';
import { RULES } from './rules/index';
import type { CleanupRule, RuleContext, RulePhase } from './rules/rule';
import { sanitizeRemovedBlock, sanitizeToHtml } from './sanitize';
import { listArticleBlocks } from './site-memory/blocks';
import { findInvalidSelector } from './selectors';
import { readableText } from './text/block-text';
import { countWords, foldText, normalizeWhitespace } from './text/normalize';
import type { CleanError, CleanOptions, CleanResult, StepTimings } from './types';

/** Below this many words (and with no picture or table) a page is not an article, so the view does not open on a stub. */
const MIN_ARTICLE_WORDS = 12;

/** Readability's own default; above it the page is reported as too large instead of parsed. */
export const DEFAULT_MAX_ELEMENTS = 100_000;

/**
 * Cleans a page into a readable article.
 *
 * Pipeline (each step can be switched off with `options.steps`):
 * 1. clone — the given document is never touched (recover then shows what a browser would have:
 *    a streamed page's late parts, a script-built page's `<noscript>` text);
 * 2. preclean — page-level rules on the whole clone (hidden elements, promo containers, blocks
 *    repeated across the page): they must see copies outside the article, and removing clutter
 *    before Readability also stops it from scoring clutter as content;
 * 3. readability — Mozilla Readability picks the article;
 *    (recover puts back story paragraphs it dropped; gate refuses search pages, teaser fronts
 *    and sign-in forms with `not-article`, core/article-gate/);
 * 4. postclean — rules on the article only (appeals, promos, lists, bars, captions, prompts,
 *    nags, the user's phrases and selectors), each removal leaving a placeholder for "show in place";
 * 5. sanitize — DOMPurify, once, at the boundary.
 *
 * Never throws: every failure is a `{ ok: false, error }` result.
 *
 * @example
 * const result = cleanArticle(document, { url: location.href });
 * if (result.ok) render(result.article.contentHtml);
 */
export function cleanArticle(doc: Document, options: CleanOptions = {}): CleanResult {
  const now = options.now ?? (() => performance.now());
  const timings: StepTimings = { prepareMs: 0, precleanMs: 0, readabilityMs: 0, postcleanMs: 0, recoverMs: 0, sanitizeMs: 0, totalMs: 0 };
  const log: RemovalLog = { removals: [], nextId: 1 };
  const start = now();
  const fail = (error: CleanError): CleanResult => {
    if (options.groupRemovals !== false) groupRemovals(log, null);
    timings.totalMs = now() - start;
    return { ok: false, error, removed: log.removals, timings };
  };
  try {
    const invalid = findInvalidSelector(doc, [...(options.customSelectors ?? []), ...(options.site?.selectors ?? [])]);
    if (invalid) {
      return fail({ code: 'invalid-option', entry: invalid.selector, detail: invalid.reason, message: `“${invalid.selector}” is not a valid CSS selector: ${invalid.reason}` });
    }
    const step = (id: keyof NonNullable<CleanOptions['steps']>) => options.steps?.[id] !== false;
    const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;

    let t = now();
    // Page limits (elements, nesting depth, text size; core/limits.ts) before any expensive work.
    const tooLarge = checkPageLimits(doc, { maxElements });
    if (tooLarge) return fail(tooLarge);
    const clone = doc.cloneNode(true) as Document;
    timings.prepareMs = now() - t;

    const kindsOff = new Set([...(options.kindsOff ?? []), ...(options.site?.kindsOff ?? [])]);
    const rules = selectRules(options);
    const ctx: RuleContext = {
      doc: clone,
      url: parseUrl(options.url ?? doc.URL),
      title: clone.title ?? '',
      customPhrases: [...(options.customPhrases ?? [])].map(foldText).filter(Boolean),
      customSelectors: [...(options.customSelectors ?? []), ...(options.site?.selectors ?? [])],
      pageUrl: options.url ?? doc.URL ?? '',
      siteMemory: options.siteMemory ?? null,
      siteName: null,
      publishedTime: null,
      byline: null,
      blockScorer: options.blockScorer ? { model: options.blockScorer.model ?? null, observe: options.blockScorer.observe } : null,
    };
    const keep = new Set(options.site?.keep ?? []);

    // Recall recovery, part 1 (core/recover-lost-text.ts; step `recover`): un-hide story text an
    // overlay hid, and remember the page's paragraphs before Readability moves them. With both
    // cleaning phases off the result stays "Readability alone", which the benchmarks compare with.
    const recoverBefore = step('recover') && step('readability') && (step('preclean') || step('postclean'));
    let prose: ProseSnapshot | null = null;
    let standfirsts: ProseParagraph[] = [];
    const body = clone.body;
    if (recoverBefore) {
      t = now();
      placeStreamedSegments(clone);
      showNoscriptFallback(clone);
      timings.recoverMs += now() - t;
    }
    if (body && (step('preclean') || recoverBefore)) {
      // One element index serves the pre rules and the recovery walks (core/element-index.ts).
      withElementIndex(body, () => {
        t = now();
        if (step('preclean')) runPhase('pre', rules, ctx, { root: body, step: 'preclean', log, keep, kindsOff });
        // Only comments move: the markers must survive Readability dropping emptied wrappers.
        if (log.markers) hoistPrecleanMarkers(body, log.markers);
        timings.precleanMs = now() - t;
        if (recoverBefore) {
          t = now();
          revealHiddenProse(body);
          prose = snapshotProse(body);
          standfirsts = findStandfirsts(clone, prose);
          timings.recoverMs += now() - t;
        }
      });
    }

    t = now();
    let article: Element | null = clone.body;
    let parsed: ReturnType<Readability<Element>['parse']> = null;
    if (step('readability')) {
      // keepClasses: the postclean rules read class tokens (`caption`, `credit`, `gallery`); the
      // classes are dropped after them, as Readability would (dropPageClasses).
      parsed = new Readability<Element>(clone, { maxElemsToParse: maxElements, keepClasses: true, serializer: (el) => el as Element }).parse();
      article = parsed?.content ?? null;
    }
    timings.readabilityMs = now() - t;
    if (!article || !article.textContent?.trim()) {
      return fail({ code: 'not-article', reason: 'no-text', message: NOT_ARTICLE_MESSAGES['no-text'] });
    }
    if (parsed?.title) ctx.title = parsed.title;
    ctx.siteName = parsed?.siteName || null;
    Object.assign(ctx, headerLineOf(parsed));
    // Recall recovery, part 2: put back story paragraphs Readability dropped next to its pick,
    // the other parts of a story told as a series of like sections, section headings it took
    // for page headers, and the standfirst it left above the story.
    if (prose) {
      t = now();
      const inArticle = keptCopies(article, prose);
      restoreDroppedParagraphs(prose, inArticle, article);
      restoreSiblingSections(prose, inArticle, article);
      restoreDroppedHeadings(prose, inArticle, article);
      restoreStandfirst(standfirsts, prose, inArticle, article);
      timings.recoverMs += now() - t;
    }
    // Not-an-article gate (core/article-gate/; step `gate`): Readability returns its best block
    // even on a search page, a teaser front or a sign-in form. Off with both cleaning phases, so
    // "Readability alone" stays Readability alone.
    const gate = (): CleanError | null => {
      if (!parsed || !step('gate') || !(step('preclean') || step('postclean'))) return null;
      const refused = checkArticleGate(doc, article);
      if (refused) return refused;
      // A line or two ("<p>hi</p>") is not an article to read, however Readability scored it.
      if (countWords(article.textContent ?? '', MIN_ARTICLE_WORDS) < MIN_ARTICLE_WORDS && !article.querySelector('img, picture, video, table')) {
        return { code: 'not-article', reason: 'no-text', message: NOT_ARTICLE_MESSAGES['no-text'] };
      }
      return null;
    };

    t = now();
    let refused: CleanError | null;
    if (step('postclean')) {
      const root = article;
      // The gate runs under the phase's element index too: it walks the article's blocks and
      // their links, which the index answers without walking again.
      refused = withElementIndex(root, () => {
        const refusal = gate();
        if (refusal) return refusal;
        runPhase('post', rules, ctx, { root, step: 'postclean', log, keep, kindsOff });
        // Inside the phase, and last in it (it changes attributes the index has read): the index
        // lists the article's elements and has read their attributes.
        if (parsed) dropPageClasses(root);
        return null;
      });
    } else {
      refused = gate();
      if (!refused && parsed) dropPageClasses(article);
    }
    timings.postcleanMs = now() - t;
    if (refused) return fail(refused);

    // Site memory learns from the blocks left after postclean; listed only when the caller keeps a
    // memory, so a clean without one pays nothing for it.
    const blocks = options.siteMemory ? listArticleBlocks(article, log) : undefined;

    // The removed list as a reader reads it (core/removals/): blocks removed before Readability
    // whose marker reached the article can be shown in place; runs, copies and hidden elements
    // become one entry each.
    placePrecleanRemovals(article, log);
    if (options.groupRemovals !== false) groupRemovals(log, article);

    t = now();
    const win = clone.defaultView ?? doc.defaultView;
    if (!win) return fail({ code: 'internal', detail: 'the page has no window to sanitise the article with', message: 'The page has no window to sanitise the article with.' });
    let contentHtml = article.outerHTML;
    if (step('sanitize')) {
      contentHtml = sanitizeToHtml(article, win, options.url);
      // Removed blocks are sanitised when their HTML is first read ("show"), not here.
      attachLazyRemovedHtml(log, (block) => sanitizeRemovedBlock(block, win, options.url));
    }
    timings.sanitizeMs = now() - t;

    // Blocks are separated as a reader sees them: "…stay.Protein" in raw textContent is two words.
    const textContent = normalizeWhitespace(readableText(article));
    const metadata = collectMetadata(doc, clone, article, parsed, textContent);
    timings.totalMs = now() - start;
    return { ok: true, article: { ...metadata, contentHtml, textContent }, removed: log.removals, timings, ...(blocks && { blocks }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ code: 'internal', detail, message: `Cleaning failed: ${detail}. The page was left untouched.` });
  }
}

/** Readability's own class cleanup (`_cleanClasses`: only `page` stays), run after the rules that read the classes. */
function dropPageClasses(article: Element): void {
  // Only elements with a class change: one native selector pass finds them, instead of asking
  // every element of the article for its attribute names.
  const classed = article.hasAttribute('class') ? [article, ...article.querySelectorAll('[class]')] : article.querySelectorAll('[class]');
  for (const el of classed) {
    const kept = (el.getAttribute('class') ?? '').split(/\s+/).filter((name) => name === 'page').join(' ');
    if (kept) el.setAttribute('class', kept);
    else el.removeAttribute('class');
  }
}

/**
 * The rules `only`/`skip` leave on. Kinds switched off are filtered per candidate
 * (remove-candidates.ts), since one rule can find blocks of several kinds.
 */
function selectRules(options: CleanOptions): CleanupRule[] {
  const only = options.only?.length ? new Set(options.only) : null;
  const skip = new Set(options.skip ?? []);
  return RULES.filter((rule) => !skip.has(rule.id) && (!only || only.has(rule.id)));
}

/**
 * Each rule of the phase collects, then its candidates are removed. A rule reads the tree while
 * it collects and never changes it, so the element index stays exact (tests/meta/collect-reads-only.test.ts).
 */
function runPhase(phase: RulePhase, rules: CleanupRule[], ctx: RuleContext, scope: RemovalScope): void {
  for (const rule of rules) {
    if (rule.phase !== phase) continue;
    removeCandidates(rule.collect(scope.root, ctx), rule, scope);
  }
}

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
