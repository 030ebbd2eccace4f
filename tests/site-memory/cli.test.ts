import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../cli/args';
import { processFiles, type PageOutcome } from '../../cli/process-files';
import { openSiteMemoryFile } from '../../cli/site-memory-file';
import { parseSiteMemory } from '../../core/site-memory/index';
import { millbrookPages } from './helpers';

const ROOT = resolve(__dirname, '..', '..');
const FIXTURES = join(__dirname, '../fixtures/site-memory/millbrook-ledger');
const pages = millbrookPages();
const APPEAL = 'Every story on this page was paid for by neighbours in the Lamplighter Circle';

describe('--site-memory FILE', () => {
  test('is parsed, and needs a file name', () => {
    expect(parseCliArgs(['--site-memory', 'm.json', 'a.html'], []).siteMemory).toBe('m.json');
    expect(parseCliArgs(['a.html'], []).siteMemory).toBeNull();
    expect(() => parseCliArgs(['--site-memory'], [])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['--site-memory', '--json', 'a.html'], [])).toThrow('--site-memory needs a file name');
  });

  test('files are cleaned in the order given, each with what the earlier ones taught, and the file is written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qr-memory-')), 'memory.json');
    const opened = await openSiteMemoryFile(file);
    if (!opened.ok) throw new Error(opened.error);
    const outcomes: PageOutcome[] = [];
    const inputs = pages.map((page) => ({ file: join(FIXTURES, page.name), url: page.url }));
    await processFiles(inputs, {}, {
      cleanOptionsFor: opened.session.cleanOptionsFor,
      onPage: (outcome) => {
        expect(opened.session.learnFrom(outcome)).toBeNull();
        outcomes.push(outcome);
      },
    });
    const texts = outcomes.map((outcome) => (outcome.read === 'ok' && outcome.result.ok ? outcome.result.article.textContent : ''));
    expect(texts.map((text) => text.includes(APPEAL))).toEqual([true, true, false, false, false]);
    expect(existsSync(file)).toBe(false);
    await opened.session.save();
    const saved = parseSiteMemory(readFileSync(file, 'utf8'));
    expect(saved.problems).toEqual([]);
    expect(Object.keys(saved.memory.sites)).toEqual(['millbrook-ledger.example']);
  });

  test('a page without --url is cleaned but not learned, with a note', async () => {
    const opened = await openSiteMemoryFile(join(mkdtempSync(join(tmpdir(), 'qr-memory-')), 'memory.json'));
    if (!opened.ok) throw new Error(opened.error);
    const notes: (string | null)[] = [];
    await processFiles([{ file: join(FIXTURES, pages[0]!.name) }], {}, { cleanOptionsFor: opened.session.cleanOptionsFor, onPage: (outcome) => void notes.push(opened.session.learnFrom(outcome)) });
    expect(notes).toEqual([`${join(FIXTURES, pages[0]!.name)}: no --url, so site memory cannot tell its site; not learned`]);
    expect(opened.session.memory.sites).toEqual({});
  });

  test('a file that is not a site memory is refused and left alone', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qr-memory-')), 'notes.json');
    writeFileSync(file, '{"shopping": ["eggs"]');
    const opened = await openSiteMemoryFile(file);
    expect(opened).toMatchObject({ ok: false });
    expect(!opened.ok && opened.error).toMatch(/notes\.json: the site memory is not valid JSON .*; not touching it$/);
    expect(readFileSync(file, 'utf8')).toBe('{"shopping": ["eggs"]');
  });

  test('the real command strips the site’s boilerplate from the third page on', { timeout: 180_000 }, () => {
    const file = join(mkdtempSync(join(tmpdir(), 'qr-memory-')), 'memory.json');
    const args = pages.slice(0, 3).flatMap((page) => ['--url', page.url, relative(ROOT, join(FIXTURES, page.name))]);
    const run = spawnSync('npx', ['tsx', 'cli/main.ts', '--json', '--site-memory', file, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
    expect(run.status).toBe(0);
    const records = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { textContent: string; removed: { rule: string; reason: string }[] });
    expect(records.map((record) => record.textContent.includes(APPEAL))).toEqual([true, true, false]);
    expect(records[2]!.removed.filter((r) => r.rule === 'site-memory').map((r) => r.reason)).toContain('Repeated on this site (seen on 2 other articles)');
    expect(parseSiteMemory(readFileSync(file, 'utf8')).memory.clock).toBe(3);
  });
});
