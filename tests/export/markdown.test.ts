import { describe, expect, it } from 'vitest';
import { articleToMarkdown, exportFileName } from '../../core/export/index';
import { exportWindow, inputFor } from './export-helpers';

const markdown = (html: string, ...rest: Parameters<typeof inputFor> extends [unknown, ...infer R] ? R : never) => articleToMarkdown(inputFor(html, ...rest), exportWindow);
/** The article part only: what follows the header's `---`. */
const body = (html: string, ...rest: Parameters<typeof inputFor> extends [unknown, ...infer R] ? R : never) => markdown(html, ...rest).split('\n---\n\n')[1]!.trim();

describe('articleToMarkdown', () => {
  it('starts with the title, byline · site · date, and the source and saved date', () => {
    expect(markdown('<p>Text.</p>').split('\n---\n')[0]).toBe(
      '# A story\n\nAda Lindqvist · News Example · 2026-03-14\n\nSource: <https://news.example/2026/03/story> · Saved: 2026-12-03\n',
    );
  });

  it('escapes Markdown in the title and drops a date that is not one', () => {
    const head = markdown('<p>x</p>', { title: '*Not* [a link](x)', publishedTime: 'yesterday', byline: null, siteName: null }).split('\n\n');
    expect(head[0]).toBe('# \\*Not\\* \\[a link\\](x)');
    expect(head[1]).toMatch(/^Source: /);
  });

  it('writes GitHub tables, with a pipe in a cell escaped', () => {
    expect(body('<table><thead><tr><th>Year</th><th>A|B</th></tr></thead><tbody><tr><td>2025</td><td>12</td></tr><tr><td>2026</td><td>15</td></tr></tbody></table>')).toBe(
      ['| Year | A\\|B |', '| --- | --- |', '| 2025 | 12  |', '| 2026 | 15  |'].join('\n'),
    );
  });

  it('nests lists with two-space (bullet) and marker-wide (numbered) indents, keeping `start`', () => {
    expect(body('<ul><li>One<ul><li>One a</li><li>One b<ol><li>deep</li></ol></li></ul></li><li>Two</li></ul><ol start="4"><li>Four</li><li>Five</li></ol>')).toBe(
      ['- One', '  - One a', '  - One b', '    1. deep', '- Two', '', '4. Four', '5. Five'].join('\n'),
    );
  });

  it('fences code blocks and keeps their layout; inline code in backticks', () => {
    expect(body('<pre><code>if (a &lt; b) {\n  run();\n}</code></pre><p>Call <code>run()</code>.</p>')).toBe('```\nif (a < b) {\n  run();\n}\n```\n\nCall `run()`.');
  });

  it('is plain text without soft hyphens, so words stay whole for search', () => {
    expect(body('<p>Die Bundes\u00ADregierung be\u00ADschloss es.</p>')).toBe('Die Bundesregierung beschloss es.');
  });

  it('keeps quotes, headings and emphasis', () => {
    expect(body('<h2>Why</h2><blockquote><p>It was <em>late</em>.</p></blockquote><h3>Then</h3><p><strong>Now</strong></p>')).toBe('## Why\n\n> It was _late_.\n\n### Then\n\n**Now**');
  });

  it('makes relative links and images absolute against the source address', () => {
    expect(body('<p><a href="/about">About</a> and <a href="../list?page=2">more</a> <img src="img/a.jpg" alt="A pier"></p>')).toBe(
      '[About](https://news.example/about) and [more](https://news.example/2026/list?page=2) ![A pier](https://news.example/2026/03/img/a.jpg)',
    );
  });

  it('writes an image without alt as ![](src), escapes brackets in alt, and keeps its caption under it', () => {
    expect(body('<figure><img src="https://cdn.example/p.jpg"><figcaption>The pier at dawn. Photo: J. Berg</figcaption></figure><p><img src="https://cdn.example/q.jpg" alt="A [map]"></p>')).toBe(
      '![](https://cdn.example/p.jpg)\n\n_The pier at dawn. Photo: J. Berg_\n\n![A \\[map\\]](https://cdn.example/q.jpg)',
    );
  });

  it('points footnote links into the source page (their targets do not exist in Markdown) and keeps the notes', () => {
    const md = body('<p>A claim.<sup><a href="#fn1" id="ref1">1</a></sup></p><ol><li id="fn1">The source of the claim. <a href="#ref1">↩</a></li></ol>');
    expect(md).toBe('A claim.[1](https://news.example/2026/03/story#fn1)\n\n1. The source of the claim. [↩](https://news.example/2026/03/story#ref1)');
  });

  it('keeps in-page links as text when there is no source address', () => {
    expect(body('<p>See <a href="#fn1">note</a>.</p>', {}, null)).toBe('See note.');
  });

  it('keeps right-to-left text as it is, in logical order', () => {
    const hebrew = 'המזח הישן נפתח מחדש בשבת.';
    const arabic = 'افتتح الرصيف القديم يوم السبت.';
    expect(body(`<p>${hebrew}</p><p>${arabic}</p>`, { dir: 'rtl', lang: 'he', title: 'המזח' })).toBe(`${hebrew}\n\n${arabic}`);
    expect(markdown('<p>x</p>', { title: 'המזח' }).startsWith('# המזח\n')).toBe(true);
  });

  it('leaves out the engine’s empty placeholders for removed blocks', () => {
    expect(body('<p>One.</p><div data-qr-removed="r1"></div><p>Two.</p>')).toBe('One.\n\nTwo.');
  });

  it('adds the "Removed by Quiet Reader" appendix only when removals are given', () => {
    const input = { ...inputFor('<p>Text.</p>'), removed: [{ kind: 'appeal' as const, reason: 'Asks readers to donate', preview: 'Support *our* work', copies: 2 }] };
    expect(articleToMarkdown(input, exportWindow)).toMatch(/\n---\n\n## Removed by Quiet Reader\n\n- \*\*Donation appeal\*\* \(2 copies\) — Asks readers to donate: “Support \\\*our\\\* work”\n$/);
    expect(markdown('<p>Text.</p>')).not.toContain('Removed by Quiet Reader');
  });
});

describe('exportFileName', () => {
  it.each([
    ['Harbor Town Rebuilds Its Old Pier', 'md', 'Harbor-Town-Rebuilds-Its-Old-Pier.md'],
    ['Why: the “plan”? / part 2', 'html', 'Why-the-plan-part-2.html'],
    ['Überfahrt über die Weser', 'md', 'Überfahrt-über-die-Weser.md'],
    ['../../etc/passwd', 'md', 'etc-passwd.md'],
    ['???', 'md', 'article.md'],
  ] as const)('%s → %s', (title, extension, expected) => {
    expect(exportFileName(title, extension)).toBe(expected);
  });
});
