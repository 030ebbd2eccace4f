import { readHtmlInput } from '../cli/read-input';
import { tryParseHtmlDocument } from '../cli/clean-page';
import { cleanArticle } from '../core/clean-article';
import { labelByMainContent, labelBySnippets, type BlockLabel } from './block-labels';
import type { TrainingPage } from './corpus-pages';

/**
 * One page as the trainer sees it: the engine runs with the scorer's model off and its observe
 * hook on, so each block's features are exactly what the shipped scorer would read there.
 */
export interface ExtractedBlock {
  /** Sparse features: [index, value] pairs. */
  f: [number, number][];
  words: number;
  text: string;
  label: BlockLabel;
  guarded: boolean;
}

export interface ExtractedPage {
  name: string;
  set: TrainingPage['set'];
  site: string;
  pageType: string;
  /** The engine's article text with the scorer off (the baseline the scorer edits). */
  articleText: string;
  /** Readability alone on the same document, the baseline every number is compared with. */
  readabilityText: string;
  blocks: ExtractedBlock[];
  error: string | null;
}

export async function extractPage(page: TrainingPage): Promise<ExtractedPage> {
  const base = { name: page.name, set: page.set, site: page.site, pageType: page.pageType };
  const input = await readHtmlInput(page.path);
  if (!input.ok) return { ...base, articleText: '', readabilityText: '', blocks: [], error: input.error };
  const parsed = tryParseHtmlDocument(input.html, page.url ?? undefined, { inertStyles: true });
  if (!parsed.ok) return { ...base, articleText: '', readabilityText: '', blocks: [], error: parsed.error };
  try {
    let observed: { text: string; words: number; f: [number, number][]; guarded: boolean }[] = [];
    const result = cleanArticle(parsed.dom.window.document, {
      url: page.url ?? undefined,
      steps: { sanitize: false },
      blockScorer: {
        model: null,
        observe: (samples, guarded) => {
          observed = samples.map((sample, i) => ({ text: sample.text, words: sample.words, guarded: guarded[i] ?? false, f: sparse(sample.features) }));
        },
      },
    });
    const alone = cleanArticle(parsed.dom.window.document, { url: page.url ?? undefined, steps: { preclean: false, postclean: false, sanitize: false } });
    const readabilityText = alone.ok ? alone.article.textContent : '';
    if (!result.ok) return { ...base, articleText: '', readabilityText, blocks: [], error: `${result.error.code}: ${result.error.message}` };
    const texts = observed.map((b) => b.text);
    const labels = page.mainContent !== null ? labelByMainContent(texts, page.mainContent) : labelBySnippets(texts, page.with, page.without);
    return { ...base, articleText: result.article.textContent, readabilityText, blocks: observed.map((b, i) => ({ ...b, label: labels[i] ?? null })), error: null };
  } finally {
    parsed.dom.window.close();
  }
}

function sparse(features: Float64Array): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < features.length; i++) {
    const x = features[i]!;
    if (x !== 0) out.push([i, Math.round(x * 1e4) / 1e4]);
  }
  return out;
}
