import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firefoxBuildDir } from './helpers/firefox-launch';

/*
 * The built Firefox manifest (MV2; README "Firefox" says why). "Always clean this site" needs an
 * origin it may ask for: MV2 has no `optional_host_permissions`, and WXT drops that key instead of
 * mapping it, so wxt.config.ts lists the patterns in `optional_permissions` for MV2.
 */

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
}

const readManifest = (build: 'prod' | 'e2e'): Manifest => {
  const file = path.join(firefoxBuildDir(build), 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`No ${file}: run \`npm run test:e2e\` (it builds the Firefox packages first).`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
};

describe('the built Firefox manifest', () => {
  it('asks for no host at install, and may ask for any one site’s origin later', () => {
    const manifest = readManifest('prod');
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('the e2e build adds only the test server and the test bridge', () => {
    const manifest = readManifest('e2e');
    expect(manifest.permissions?.filter((permission) => permission.includes('://'))).toEqual(['http://127.0.0.1/*']);
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
  });
});
