import { sanitizeToFragment } from '../sanitize';
import { CLUTTER_KIND_LABELS } from '../types';
import { httpUrl, isoDate, type ExportInput } from './export-input';
import { htmlFileStylesheet, type ExportTheme } from './html-file-style';

export interface HtmlFileStyle {
  theme: ExportTheme;
  /** The view's typography as CSS custom properties (components/view/view-style.ts). */
  typography: Readonly<Record<string, string>>;
}

/**
 * Blocks every script (even one a sanitiser bug let through), every frame and every request
 * except images and the file's own inline style: the saved file is a document, not an app.
 */
const FILE_CSP = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The article as one self-contained HTML file: the sanitised article (re-read through the
 * sanitiser), the view's typography and theme inline, a "Saved from" footer, no scripts.
 * Built as a DOM in an inert document and serialised, so no text is ever pasted into markup.
 */
export function articleToHtmlDocument(input: ExportInput, win: Window, style: HtmlFileStyle): string {
  const { article } = input;
  const source = httpUrl(input.sourceUrl);
  const doc = win.document.implementation.createHTMLDocument(article.title || 'Untitled');
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  doc.documentElement.setAttribute('lang', article.lang ?? 'und');
  if (article.dir) doc.documentElement.setAttribute('dir', article.dir);
  const head = doc.head;
  head.prepend(el('meta', { charset: 'utf-8' }));
  head.append(
    el('meta', { 'http-equiv': 'Content-Security-Policy', content: FILE_CSP }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { name: 'generator', content: 'Quiet Reader' }),
  );
  if (source) head.append(el('link', { rel: 'canonical', href: source.href }));
  head.append(el('style', {}, htmlFileStylesheet(style.theme, style.typography)));

  const main = el('article', { class: 'qr-article' });
  const header = el('header');
  if (article.siteName) header.append(el('p', { class: 'qr-kicker' }, article.siteName));
  header.append(el('h1', { class: 'qr-title' }, article.title || 'Untitled'));
  const meta = el('p', { class: 'qr-meta' });
  if (article.byline) meta.append(el('span', {}, article.byline));
  const published = isoDate(article.publishedTime);
  if (published) meta.append(el('time', { datetime: published }, published));
  meta.append(el('span', {}, `${Math.max(1, Math.round(article.readingMinutes))} min read`));
  header.append(meta);
  const content = el('div', { class: 'qr-content' });
  content.append(doc.importNode(sanitizeToFragment(article.contentHtml, win, source?.href), true));
  for (const placeholder of Array.from(content.querySelectorAll('[data-qr-removed]'))) placeholder.remove();
  main.append(header, content);

  const footer = el('footer', { class: 'qr-saved' });
  if (source) footer.append('Saved from ', el('a', { href: source.href, rel: 'noopener noreferrer' }, source.href), ` on ${isoDate(input.savedAt)} with Quiet Reader.`);
  else footer.append(`Saved on ${isoDate(input.savedAt)} with Quiet Reader.`);
  if (input.removed?.length) footer.append(removedList(input.removed, el));
  doc.body.append(main, footer);
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}

function removedList(removed: NonNullable<ExportInput['removed']>, el: <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, text?: string) => HTMLElementTagNameMap[K]): HTMLElement {
  const section = el('section', { 'aria-label': 'Removed by Quiet Reader' });
  section.append(el('h2', {}, 'Removed by Quiet Reader'));
  const list = el('ul');
  for (const removal of removed) {
    const kind = CLUTTER_KIND_LABELS[removal.kind]?.one ?? removal.kind;
    const item = el('li');
    item.append(el('strong', {}, kind.charAt(0).toUpperCase() + kind.slice(1)), ` — ${removal.reason}`);
    if (removal.preview.trim()) item.append(`: “${removal.preview.trim()}”`);
    list.append(item);
  }
  section.append(list);
  return section;
}
