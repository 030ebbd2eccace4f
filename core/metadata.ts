import type { Readability } from '@mozilla/readability';
import { countWords } from './text/normalize';
import type { ArticleMetadata } from './types';

const WORDS_PER_MINUTE = 230;

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Title, byline, site, date, language, direction, excerpt and reading time of the cleaned article. */
export function collectMetadata(original: Document, clone: Document, article: Element, parsed: Parsed, text: string): ArticleMetadata {
  const wordCount = countWords(text);
  const lang = parsed?.lang || original.documentElement?.getAttribute('lang') || null;
  const dirAttr = parsed?.dir || original.documentElement?.getAttribute('dir') || null;
  return {
    title: parsed?.title || clone.title || original.title || '',
    byline: parsed?.byline || null,
    siteName: parsed?.siteName || null,
    publishedTime: parsed?.publishedTime || null,
    lang,
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null,
    excerpt: parsed?.excerpt || null,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    wordCount,
  };
}
