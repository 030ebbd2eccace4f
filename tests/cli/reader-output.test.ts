import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHtmlToText, formatPublishedDate } from '../../cli/format';
import { readHtmlInput } from '../../cli/read-input';

const ROOT = resolve(__dirname, '..', '..');

describe('the command line as a reader uses it', () => {
  it('prints a table one row per line, columns aligned, a rule under the header', () => {
    const text = articleHtmlToText('<div><p>Results:</p><table><caption>Votes</caption><thead><tr><th>Ward</th><th>Yes</th></tr></thead><tbody><tr><td>Harbourside</td><td>412</td></tr><tr><td>Old Town</td><td>97</td></tr></tbody></table></div>');
    expect(text).toBe('Results:\n\nVotes\nWard         Yes\n-----------  ---\nHarbourside  412\nOld Town     97');
  });

  it('writes a published date as a date, and leaves a value that is not one as it is', () => {
    expect(formatPublishedDate('2026-03-14T08:00:00Z')).toBe('14 March 2026');
    expect(formatPublishedDate('last Tuesday')).toBe('last Tuesday');
  });

  it('warns when a .gz file is not gzip, and still reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qr-cli-'));
    const file = join(dir, 'page.html.gz');
    writeFileSync(file, '<html><body><p>Plain text under a gzip name.</p></body></html>');
    const read = await readHtmlInput(file);
    expect(read).toMatchObject({ ok: true, warning: expect.stringContaining('is not gzip-compressed') as unknown });
  });

  // `npm run -s cli` is the README's command for piping: npm prints no banner, so stdout is only the output.
  it('`npm run -s cli -- --json` prints only JSON lines on stdout, and refuses "<p>hi</p>" as an article', { timeout: 180_000 }, () => {
    const run = spawnSync('npm', ['run', '-s', 'cli', '--', '--json', '-'], { cwd: ROOT, encoding: 'utf8', input: '<p>hi</p>', timeout: 170_000 });
    expect(run.stdout.startsWith('{')).toBe(true);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean; error: { code: string } | null });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ ok: false, error: { code: 'not-article' } });
    expect(run.status).toBe(1);
  });
});
