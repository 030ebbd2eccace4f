import type { Readability } from '@mozilla/readability';
import { splitBylineDate } from './text/byline';
import { countText } from './text/reading-time';
import type { ArticleMetadata } from './types';

type Parsed = ReturnType<Readability<Element>['parse']>;

/** Title, byline, site, date, language, direction, excerpt and reading time of the cleaned article. */
export function collectMetadata(original: Document, clone: Document, article: Element, parsed: Parsed, text: string): ArticleMetadata {
  const lang = parsed?.lang || original.documentElement?.getAttribute('lang') || null;
  const { words, readingMinutes } = countText(text, lang);
  const dirAttr = parsed?.dir || original.documentElement?.getAttribute('dir') || null;
  const header = headerLineOf(parsed);
  return {
    title: parsed?.title || clone.title || original.title || '',
    byline: header.byline,
    siteName: parsed?.siteName || null,
    publishedTime: header.publishedTime,
    lang,
    dir: dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : null,
    excerpt: parsed?.excerpt || null,
    readingMinutes,
    wordCount: words,
  };
}

/** The byline and date the reading view's header shows; a date glued to the byline stands in when the page declares none. */
export function headerLineOf(parsed: Parsed): { byline: string | null; publishedTime: string | null } {
  const byline = splitBylineDate(parsed?.byline || null);
  return { byline: byline.byline, publishedTime: parsed?.publishedTime || byline.date };
}
