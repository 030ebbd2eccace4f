import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtmlPage } from '../../cli/clean-page';
import { formatArticleHtml, formatArticleMarkdown, savedAtFromEnvironment } from '../../cli/export-formats';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/cli/article.html');
const URL = 'https://gazette.example/pier';

describe('--format markdown and html (the extension’s converters)', () => {
  const { result } = cleanHtmlPage(fs.readFileSync(FIXTURE, 'utf8'), URL);
  const savedAt = new Date('2026-12-03T00:00:00Z');

  it('prints the article as Markdown, with the removed list only on request', () => {
    if (!result.ok) throw new Error(result.error.message);
    const markdown = formatArticleMarkdown(result, URL, savedAt);
    expect(markdown.startsWith('# Harbor Town Rebuilds Its Old Pier\n\nAda Lindqvist\n\nSource: <https://gazette.example/pier> · Saved: 2026-12-03\n\n---\n\n')).toBe(true);
    expect(markdown).toContain('\n- Length: 180 metres\n- Cost: 2.4 million kronor\n');
    expect(markdown).not.toContain('Removed by Quiet Reader');
    expect(formatArticleMarkdown(result, URL, savedAt, true)).toContain('## Removed by Quiet Reader');
  });

  it('prints one HTML document in the default theme and typography', () => {
    if (!result.ok) throw new Error(result.error.message);
    const html = formatArticleHtml(result, URL, savedAt);
    expect(html.startsWith('<!doctype html>\n<html')).toBe(true);
    expect(html).toContain('--qr-font-size:19px');
    expect(html).toContain('Saved from <a href="https://gazette.example/pier"');
  });

  it('dates the export by SOURCE_DATE_EPOCH when it is set, so runs can be diffed', () => {
    expect(savedAtFromEnvironment({ SOURCE_DATE_EPOCH: '1764720000' }).toISOString()).toBe('2025-12-03T00:00:00.000Z');
    const now = new Date('2026-01-01T00:00:00Z');
    expect(savedAtFromEnvironment({ SOURCE_DATE_EPOCH: 'soon' }, () => now)).toBe(now);
  });
});
