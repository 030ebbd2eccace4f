import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const REPO = path.resolve(import.meta.dirname, '../..');

/** The directives of a CSP string, name → sources. */
function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Why a CSP is not strict enough for extension pages ([] = strict). */
export function cspProblems(csp: string): string[] {
  const problems: string[] = [];
  const parsed = directives(csp);
  const scriptSources = parsed.get('script-src') ?? parsed.get('default-src');
  if (!scriptSources) problems.push('no script-src');
  for (const directive of ['script-src', 'default-src', 'worker-src', 'object-src']) {
    for (const source of parsed.get(directive) ?? []) {
      if (/^'unsafe-(eval|inline|hashes)'$/.test(source)) problems.push(`${directive} allows ${source}`);
      if (/^(https?:|\*|data:|blob:|[a-z0-9.-]+\.[a-z]{2,})/i.test(source)) problems.push(`${directive} allows remote or inline code from ${source}`);
    }
  }
  const objectSources = parsed.get('object-src') ?? parsed.get('default-src');
  if (!objectSources?.every((source) => source === "'none'" || source === "'self'")) problems.push('object-src is not self or none');
  return problems;
}

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: number; command: string }) => Record<string, unknown>;

describe('extension pages keep a strict content security policy', () => {
  it('the checker rejects weak policies (so the tests below can fail)', () => {
    expect(cspProblems("script-src 'self' 'unsafe-eval'; object-src 'self'")).toContain("script-src allows 'unsafe-eval'");
    expect(cspProblems("script-src 'self' https://cdn.example; object-src 'none'")[0]).toMatch(/remote/);
    expect(cspProblems("script-src 'self' 'unsafe-inline'; object-src 'none'")).toHaveLength(1);
    expect(cspProblems("img-src *")).toContain('no script-src');
    expect(cspProblems("script-src 'self'; object-src 'none'")).toEqual([]);
  });

  it.each([
    ['chrome', 'production', 3],
    ['chrome', 'e2e', 3],
    ['firefox', 'production', 2],
  ])('wxt.config.ts declares a strict extension_pages policy (%s, %s)', (browser, mode, manifestVersion) => {
    const manifest = (config.manifest as ManifestFn)({ mode, browser, manifestVersion, command: 'build' });
    const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
    expect(csp?.extension_pages, 'content_security_policy.extension_pages').toBeTypeOf('string');
    expect(cspProblems(csp!.extension_pages!)).toEqual([]);
    expect(csp!.extension_pages).toContain("base-uri 'none'");
    // No page of the extension is reachable from the web.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  const built = ['.output/chrome-mv3', '.output/chrome-mv3-e2e'].filter((dir) => fs.existsSync(path.join(REPO, dir, 'manifest.json')));
  // The build exists after `npm run build` (and `npm run test:e2e`, which runs it); the config test above always runs.
  it.runIf(built.length > 0).each(built)('the built %s manifest, pages and bundles carry no eval or remote code', (dir) => {
    const root = path.join(REPO, dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { content_security_policy?: { extension_pages?: string } };
    expect(cspProblems(manifest.content_security_policy?.extension_pages ?? '')).toEqual([]);
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(root, file), 'utf8');
      expect(html, `${file} loads a remote script`).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
      expect(html, `${file} has an inline script`).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const js = fs.readFileSync(path.join(root, file), 'utf8');
      expect(js, `${file} imports remote code`).not.toMatch(/\bimport\s*\(\s*["']https?:|importScripts\s*\(\s*["']https?:/);
    }
  });
});
