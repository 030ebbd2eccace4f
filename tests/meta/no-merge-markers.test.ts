import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// A merge once landed with its conflict markers still in the README; nothing else would notice.
const root = join(__dirname, '../..');
const TEXT_FILE = /\.(md|ts|tsx|js|mjs|cjs|json|ya?ml|css|html|sh)$|(^|\/)run$/;
const MARKER = /^(<{7}|={7}|>{7})( |$)/m;

function trackedTextFiles(): string[] {
  const out = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' });
  return out.split('\n').filter((path) => TEXT_FILE.test(path));
}

describe('no merge conflict markers', () => {
  test('the marker pattern finds a real conflict block', () => {
    expect(MARKER.test('text\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n')).toBe(true);
    expect(MARKER.test('a heading\n=======\n')).toBe(true);
    expect(MARKER.test('== not a marker ==\n')).toBe(false);
  });

  test('no tracked text file holds a conflict marker', () => {
    const files = trackedTextFiles();
    expect(files.length).toBeGreaterThan(50);
    const marked = files.filter((path) => MARKER.test(readFileSync(join(root, path), 'utf8')));
    expect(marked).toEqual([]);
  });
});
