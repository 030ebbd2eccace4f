import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import { articleToHtmlDocument, articleToMarkdown } from '../../core/export/index';
import { articleHtmlToText } from '../../cli/format';
import { HOSTILE_PAYLOADS, LEAK, hostileArticle } from '../fixtures/hostile/payloads';
import { findExecutableContent } from '../security/executable-content';
import { exportWindow, SAVED_AT } from './export-helpers';

const URL = 'https://news.example/2026/11/footbridge';
const STYLE = { theme: 'dark' as const, typography: {} };

/** Markdown link or image targets, and autolinks, that are not http(s) or mailto. */
function unsafeMarkdownTargets(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(\s*<?([^)\s>]*)/g), ...markdown.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)].map((match) => match[1] ?? '');
  return targets.filter((target) => !/^(?:https?:\/\/|mailto:|data:image\/(?:png|jpe?g|gif|webp|avif);)/i.test(target));
}

/** Anything in the whole saved file that could run: a script, a handler, a non-http(s) URL, a frame. */
function unsafeDocumentParts(doc: Document): string[] {
  const found: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'form'].includes(tag)) found.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`<${tag}> ${attribute.name}`);
      if (['href', 'src', 'action', 'xlink:href'].includes(attribute.name) && !/^(?:https?:|#|data:image\/)/i.test(attribute.value.trim())) found.push(`<${tag}> ${attribute.name}=${attribute.value}`);
    }
  }
  return found;
}

describe('hostile payloads through every export format', () => {
  it('the Markdown checker flags unsafe targets (so the test below can fail)', () => {
    const doc = new JSDOM('<p onclick="x"><a href="javascript:x">a</a><script></script></p>').window.document;
    expect(unsafeDocumentParts(doc)).toEqual(['<p> onclick', '<a> href=javascript:x', '<script>']);
    expect(unsafeMarkdownTargets('[a](javascript:alert(1)) ![b](data:text/html,x) <vbscript:x> [ok](https://a.example/)')).toEqual(['javascript:alert(1', 'data:text/html,x', 'vbscript:x']);
  });

  it.each(HOSTILE_PAYLOADS.map((payload) => [payload.id, payload] as const))('%s: Markdown has no unsafe link, the HTML file nothing executable', (_id, payload) => {
    const dom = new JSDOM(hostileArticle(payload), { url: URL });
    const result = cleanArticle(dom.window.document, { url: URL });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const input = { article: result.article, sourceUrl: URL, savedAt: SAVED_AT, removed: result.removed };

    const markdown = articleToMarkdown(input, exportWindow);
    expect(markdown).toContain('repair the old footbridge');
    expect(unsafeMarkdownTargets(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/\]\(\s*javascript:/i);
    expect(markdown).not.toContain(LEAK);

    const file = new JSDOM(articleToHtmlDocument(input, exportWindow, STYLE)).window.document;
    expect(findExecutableContent(file.querySelector('.qr-content')?.innerHTML ?? '')).toEqual([]);
    expect(unsafeDocumentParts(file)).toEqual([]);
    expect(Array.from(file.head.children, (child) => child.tagName)).toEqual(['META', 'TITLE', 'META', 'META', 'META', 'LINK', 'STYLE']);
    expect(file.documentElement.outerHTML).not.toContain(LEAK);

    // The plain-text format reads the same sanitised HTML.
    expect(articleHtmlToText(result.article.contentHtml)).toContain('repair the old footbridge');
  });
});
