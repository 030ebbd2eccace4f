import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeInputBytes, readHtmlInput } from '../../cli/read-input';

const dir = mkdtempSync(join(tmpdir(), 'qr-read-'));
const file = (name: string, content: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readHtmlInput', () => {
  it('reads and decodes an .html file', async () => {
    const result = await readHtmlInput(file('a.html', '<meta charset="utf-8"><p>héllo</p>'));
    expect(result).toMatchObject({ ok: true, html: '<meta charset="utf-8"><p>héllo</p>', encoding: 'utf-8' });
  });

  it('unpacks gzip, then sniffs the unpacked bytes (here a windows-1252 page)', async () => {
    const page = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>caf'), Buffer.from([0xe9]), Buffer.from('</p>')]);
    const result = await readHtmlInput(file('b.html.gz', gzipSync(page)));
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(result.ok && result.html).toContain('café');
  });

  it('reads - from the injected stdin', async () => {
    const result = await readHtmlInput('-', { stdin: () => Promise.resolve(new TextEncoder().encode('<p>from stdin</p>')) });
    expect(result).toMatchObject({ ok: true, html: '<p>from stdin</p>' });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.html'), 'no such file'],
    ['a directory', () => dir, 'is a directory, not an HTML file'],
    ['an empty file', () => file('empty.html', ''), 'is empty'],
    ['a whitespace-only file', () => file('blank.html', ' \n\t\n'), 'is empty'],
    ['a binary file', () => file('bin.html', Uint8Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0 : 65))), 'looks binary (NUL bytes), not an HTML page'],
    ['a broken gzip', () => file('bad.html.gz', Uint8Array.of(0x1f, 0x8b, 8, 0, 1, 2, 3)), /^is not valid gzip/],
  ])('refuses %s with one clear sentence', async (_, path, message) => {
    const result = await readHtmlInput(path());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const result = await readHtmlInput(file('big.html', '<p>' + 'x'.repeat(5000) + '</p>'), { maxBytes: 1024 });
    expect(result).toEqual({ ok: false, error: 'is 5 KB, over the 1 KB limit' });
  });

  it('refuses a gzip that unpacks past the limit (a gzip bomb)', () => {
    const result = decodeInputBytes(gzipSync(Buffer.alloc(200_000, 0x20)), 10_000);
    expect(result).toEqual({ ok: false, error: 'unpacks to more than the 10 KB limit' });
  });
});
