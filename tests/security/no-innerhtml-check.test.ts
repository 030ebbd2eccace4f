import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(REPO, 'scripts/check-no-innerhtml.mjs');
const tmpRoots: string[] = [];

function plant(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-no-innerhtml-'));
  tmpRoots.push(root);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

function run(root: string) {
  return spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
}

afterAll(() => {
  for (const root of tmpRoots) fs.rmSync(root, { recursive: true, force: true });
});

describe('scripts/check-no-innerhtml.mjs', () => {
  it('passes on the repository', () => {
    expect(() => execFileSync(process.execPath, [SCRIPT, REPO], { encoding: 'utf8' })).not.toThrow();
  });

  it.each([
    ['innerHTML write', 'el.innerHTML = html;'],
    ['innerHTML write', 'el.innerHTML += html; // appending is a write too'],
    ['outerHTML write', 'el.outerHTML = html;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', html);"],
    ['document.write', 'document.write(html);'],
    ['dangerouslySetInnerHTML', 'return <div dangerouslySetInnerHTML={{ __html: html }} />;'],
    ['createContextualFragment', 'range.createContextualFragment(html);'],
    ['DOMParser.parseFromString', "new DOMParser().parseFromString(html, 'text/html');"],
    ['srcdoc write', 'frame.srcdoc = html;'],
  ])('fails with file:line on a planted %s', (sink, line) => {
    const root = plant({ 'components/view/Leak.tsx': `export function leak(el, html) {\n  ${line}\n}\n`, 'core/ok.ts': 'export const text = el.innerHTML;\n' });
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`components/view/Leak.tsx:2: ${sink}`);
    expect(result.stderr).not.toContain('core/ok.ts');
  });

  it('reading innerHTML, comparing it and naming a sink in a comment are fine', () => {
    const root = plant({ 'utils/read.ts': "const a = el.innerHTML;\nif (el.innerHTML === '') {}\n// never use el.innerHTML = x here\n" });
    expect(run(root).status).toBe(0);
  });

  it('the allowed helpers may use their sink; the same line elsewhere fails', () => {
    const sink = "const doc = new DOMParser().parseFromString(html, 'text/html');\n";
    expect(run(plant({ 'components/shared/insert-sanitized-html.ts': sink, 'core/sanitize.ts': 'x.innerHTML = y;\n' })).status).toBe(0);
    expect(run(plant({ 'components/shared/other.ts': sink })).status).toBe(1);
  });

  it('scans .ts, .tsx, .js and .mjs in every source folder, and skips tests and build output', () => {
    const root = plant({ 'cli/a.mjs': 'el.innerHTML = x;\n', 'bench/b.js': 'el.innerHTML = x;\n', 'entrypoints/c.ts': 'el.innerHTML = x;\n', 'tests/d.ts': 'el.innerHTML = x;\n', '.output/e.js': 'el.innerHTML = x;\n' });
    const result = run(root);
    expect(result.stderr).toMatch(/cli\/a\.mjs:1/);
    expect(result.stderr).toMatch(/bench\/b\.js:1/);
    expect(result.stderr).toMatch(/entrypoints\/c\.ts:1/);
    expect(result.stderr).not.toMatch(/tests\/d\.ts|\.output/);
  });
});
