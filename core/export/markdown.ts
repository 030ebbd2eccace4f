import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';
import { sanitizeToFragment } from '../sanitize';
import { withoutSoftHyphens } from '../text/normalize';
import { CLUTTER_KIND_LABELS } from '../types';
import { httpUrl, isoDate, type ExportInput } from './export-input';

/**
 * The article as GitHub-flavoured Markdown (turndown + Joplin's maintained GFM plugin): a header
 * (title, byline · site · date, source and saved date), then the article, then optionally what
 * Quiet Reader removed. The HTML is re-read through the sanitiser first, and links and images
 * are written only for http(s) addresses (mailto: for links), so no `javascript:` survives even
 * as text a Markdown renderer would turn into a link.
 */
export function articleToMarkdown(input: ExportInput, win: Window): string {
  const source = httpUrl(input.sourceUrl);
  const service = createConverter(source);
  const body = withoutSoftHyphens(service.turndown(sanitizeToFragment(input.article.contentHtml, win, source?.href))).trim();
  const parts = [markdownHeader(input, service, source), body];
  if (input.removed) parts.push(removedAppendix(input.removed, service));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function markdownHeader(input: ExportInput, service: TurndownService, source: URL | null): string {
  const { title, byline, siteName, publishedTime } = input.article;
  const line = (text: string | null) => (text?.trim() ? service.escape(text.replace(/\s+/g, ' ').trim()) : null);
  const about = [line(byline), line(siteName), isoDate(publishedTime)].filter(Boolean).join(' · ');
  const saved = [source && `Source: <${encodeMarkdownUrl(source.href)}>`, `Saved: ${isoDate(input.savedAt)}`].filter(Boolean).join(' · ');
  return [`# ${line(title) ?? 'Untitled'}`, about, saved, '---'].filter(Boolean).join('\n\n');
}

function removedAppendix(removed: NonNullable<ExportInput['removed']>, service: TurndownService): string {
  if (!removed.length) return '## Removed by Quiet Reader\n\nNothing was removed.';
  const items = removed.map((removal) => {
    const kind = CLUTTER_KIND_LABELS[removal.kind]?.one ?? removal.kind;
    const copies = removal.copies > 1 ? ` (${removal.copies} copies)` : '';
    const preview = removal.preview.trim() ? `: “${service.escape(removal.preview.replace(/\s+/g, ' ').trim())}”` : '';
    return `- **${kind.charAt(0).toUpperCase()}${kind.slice(1)}**${copies} — ${service.escape(removal.reason)}${preview}`;
  });
  return ['---', '## Removed by Quiet Reader', items.join('\n')].join('\n\n');
}

/** Spaces and parentheses would end a Markdown link target early. */
function encodeMarkdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** In-page anchors lose their targets in Markdown; they point into the source page instead. */
function linkTarget(href: string, source: URL | null): string | null {
  if (href.startsWith('#')) {
    if (!source) return null;
    const fragment = decodeURIComponent(href.slice(1)).replace(/^user-content-/, '');
    const page = new URL(source.href);
    page.hash = fragment;
    return page.href;
  }
  if (/^mailto:/i.test(href)) return href;
  const url = httpUrl(href);
  return url ? url.href : null;
}

/** Raster images only: an SVG `data:` image can carry script when a renderer opens it on its own. */
function imageSource(src: string): string | null {
  if (/^data:image\/(?:png|jpe?g|gif|webp|avif);/i.test(src)) return src;
  const url = httpUrl(src);
  return url ? url.href : null;
}

function titlePart(element: Element): string {
  const title = element.getAttribute('title')?.replace(/\s+/g, ' ').trim();
  return title ? ` "${title.replace(/"/g, '\\"')}"` : '';
}

function createConverter(source: URL | null): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.use(gfm);
  // The engine's placeholders for removed blocks are empty in its output; never export them.
  service.remove((node) => node.hasAttribute('data-qr-removed'));
  service.addRule('safeLink', {
    filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
    replacement: (content, element) => {
      const target = linkTarget(element.getAttribute('href') ?? '', source);
      const text = content.trim();
      if (!target) return content;
      if (!text) return `<${encodeMarkdownUrl(target)}>`;
      return `[${content}](${encodeMarkdownUrl(target)}${titlePart(element)})`;
    },
  });
  service.addRule('safeImage', {
    filter: 'img',
    replacement: (_content, element) => {
      const src = imageSource(element.getAttribute('src') ?? '');
      if (!src) return '';
      const alt = (element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim().replace(/([\\[\]])/g, '\\$1');
      return `![${alt}](${encodeMarkdownUrl(src)}${titlePart(element)})`;
    },
  });
  // "- item" and "1. item", not turndown's "-   item": what people type, and what most Markdown
  // in the wild looks like; continuation lines are indented to the marker's width.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start') ?? '1');
        const index = Array.from(parent.children).indexOf(node);
        prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
      }
      const body = content
        .replace(/^\n+/, '')
        .replace(/\n+$/, '\n')
        .replace(/\n/gm, `\n${' '.repeat(prefix.length)}`)
        .replace(/^ +$/gm, '');
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  });
  service.addRule('caption', {
    filter: 'figcaption',
    replacement: (content) => {
      const text = content.trim();
      if (!text) return '';
      // An italic line reads as a caption; a caption with its own emphasis stays plain.
      return /[_*]/.test(text) || text.includes('\n') ? `\n\n${text}\n\n` : `\n\n_${text}_\n\n`;
    },
  });
  return service;
}
