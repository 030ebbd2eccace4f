import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleToHtmlDocument } from '../../core/export/index';
import { typographyVariables } from '../../components/view/view-style';
import { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';
import { exportWindow, inputFor } from './export-helpers';

const STYLE = { theme: 'sepia' as const, typography: typographyVariables({ ...DEFAULT_PREFERENCES.typography, fontSize: 22 }) };
const parse = (html: string) => new JSDOM(html).window.document;

describe('articleToHtmlDocument', () => {
  const html = articleToHtmlDocument(inputFor('<h2>Facts</h2><p>The pier <a href="/more">reopened</a>.</p><div data-qr-removed="r1"></div><img src="a.jpg" alt="Pier">', { lang: 'sv' }), exportWindow, STYLE);
  const doc = parse(html);

  it('is one standalone document: doctype, charset, title, language, a CSP that forbids scripts', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe('A story');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
    expect(doc.querySelectorAll('script, link[rel=stylesheet], iframe')).toHaveLength(0);
  });

  it('carries the reading theme and typography inline', () => {
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('--qr-bg:#f5ecd9');
    expect(css).toContain('--qr-font-size:22px');
    expect(css).toContain('@media print');
  });

  it('has the heading, the article with absolute links, and a "Saved from" footer; no placeholders', () => {
    expect(doc.querySelector('.qr-kicker')?.textContent).toBe('News Example');
    expect(doc.querySelector('h1')?.textContent).toBe('A story');
    expect(doc.querySelector('.qr-meta')?.textContent).toBe('Ada Lindqvist2026-03-143 min read');
    expect(doc.querySelector('.qr-content a')?.getAttribute('href')).toBe('https://news.example/more');
    expect(doc.querySelector('.qr-content img')?.getAttribute('src')).toBe('https://news.example/2026/03/a.jpg');
    expect(doc.querySelector('[data-qr-removed]')).toBeNull();
    expect(doc.querySelector('footer')?.textContent).toBe('Saved from https://news.example/2026/03/story on 2026-12-03 with Quiet Reader.');
  });

  it('follows the system theme with a dark palette under prefers-color-scheme', () => {
    const css = parse(articleToHtmlDocument(inputFor('<p>x</p>'), exportWindow, { ...STYLE, theme: 'system' })).querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\{:root\{--qr-bg:#18191c/);
  });

  it('writes right-to-left articles with dir on the root', () => {
    expect(parse(articleToHtmlDocument(inputFor('<p>שלום</p>', { lang: 'he', dir: 'rtl' }), exportWindow, STYLE)).documentElement.getAttribute('dir')).toBe('rtl');
  });

  it('ignores typography values that would break out of the stylesheet', () => {
    const css = parse(articleToHtmlDocument(inputFor('<p>x</p>'), exportWindow, { theme: 'light', typography: { '--qr-font': 'serif}body{display:none', 'color': 'red' } })).querySelector('style')?.textContent ?? '';
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('color:red');
  });
});
