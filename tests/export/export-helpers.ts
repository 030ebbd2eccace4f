import { JSDOM } from 'jsdom';
import type { ExportInput } from '../../core/export/index';

export const exportWindow = new JSDOM('').window as unknown as Window;
export const SAVED_AT = new Date('2026-12-03T09:30:00Z');

/** An export input around `contentHtml`, with fixed metadata and dates. */
export function inputFor(contentHtml: string, overrides: Partial<ExportInput['article']> = {}, sourceUrl: string | null = 'https://news.example/2026/03/story'): ExportInput {
  return {
    article: { title: 'A story', byline: 'Ada Lindqvist', siteName: 'News Example', publishedTime: '2026-03-14T08:00:00Z', lang: 'en', dir: null, readingMinutes: 3, contentHtml, ...overrides },
    sourceUrl,
    savedAt: SAVED_AT,
  };
}
