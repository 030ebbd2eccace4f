import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURE = join('tests', 'fixtures', 'cli', 'article.html');

/** Runs the real command the README documents, from the repository root. */
function runCli(args: string[], input?: string) {
  const run = spawnSync('npx', ['tsx', 'cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 170_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter((line) => line.startsWith('quiet-reader')).join('\n') };
}

// Each spawn starts tsx and jsdom from cold; on a busy machine that takes tens of seconds.
describe('cli/main.ts (spawned)', { timeout: 180_000 }, () => {
  it('prints JSON lines for good and bad files, a message per bad file, and exits 1', () => {
    const run = runCli(['--json', '--url', 'https://gazette.example/pier', FIXTURE, 'tests/fixtures/cli/does-not-exist.html', '-'], '');
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.file, l.url, l.ok])).toEqual([
      [FIXTURE, 'https://gazette.example/pier', true],
      ['tests/fixtures/cli/does-not-exist.html', null, false],
      ['-', null, false],
    ]);
    expect(lines[0]).toMatchObject({ title: 'Harbor Town Rebuilds Its Old Pier', error: null });
    expect(Object.keys(lines[0]!.timings as object)).toEqual(['parseMs', 'extractMs', 'cleanMs', 'totalMs']);
    expect(run.stderr).toBe('quiet-reader: tests/fixtures/cli/does-not-exist.html: no such file\nquiet-reader: (stdin): is empty');
  });

  it('prints readable text by default and exits 0', () => {
    const run = runCli([`${FIXTURE}.gz`]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('Harbor Town Rebuilds Its Old Pier\n')).toBe(true);
    expect(run.stdout).toContain('\n\n• Length: 180 metres\n\n• Cost: 2.4 million kronor\n\n');
  });

  it('exits 2 with the known rule ids on an unknown --skip id', () => {
    const run = runCli(['--skip', 'no-such-rule', FIXTURE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^quiet-reader: --skip: unknown rule id “no-such-rule”; known ids: /);
  });
});
