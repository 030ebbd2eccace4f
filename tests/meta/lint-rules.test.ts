import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

/*
 * The import rules of eslint.config.js, checked on small probe files placed in each folder. An
 * import the resolver cannot follow is silently allowed by `no-restricted-paths`, so a resolver
 * that stopped understanding `.ts` files or tsconfig's `@/` alias would make the rule pass
 * everything; these cases would then fail. Type-aware rules are off here (they need the files on
 * disk, and `npm run lint` runs them); the rules checked do not use types.
 */

const ROOT = join(__dirname, '../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

/** The rules that fired on `code` as if it were the file at `path` (relative to the repository). */
async function firedRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('imports run entrypoints → components / utils → core', () => {
  test.each([
    ['core/probe.ts', "import { getPreferences } from '../utils/settings';\nexport const probe = getPreferences;", 'import-x/no-restricted-paths'],
    ['core/rules/probe.ts', "import { OptionsApp } from '../../components/options/OptionsApp';\nexport const probe = OptionsApp;", 'import-x/no-restricted-paths'],
    ['core/probe.ts', "import { DEFAULT_PREFERENCES } from '@/utils/settings/defaults';\nexport const probe = DEFAULT_PREFERENCES;", 'import-x/no-restricted-paths'],
    ['core/probe.ts', "import { browser } from 'wxt/browser';\nexport const probe = browser;", 'no-restricted-imports'],
    ['core/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;", 'no-restricted-imports'],
    ['core/probe.ts', "import { JSDOM } from 'jsdom';\nexport const probe = JSDOM;", 'no-restricted-imports'],
    ['core/probe.ts', 'export const probe = () => browser.runtime.id;', 'no-restricted-globals'],
    ['core/probe.ts', 'export const probe = () => getSiteMemoryEntry;', 'no-restricted-globals'],
    ['components/shared/probe.ts', "import { createBrowserPopupBackend } from '../../entrypoints/popup/browser-backend';\nexport const probe = createBrowserPopupBackend;", 'import-x/no-restricted-paths'],
    ['utils/probe.ts', "import { createBrowserPopupBackend } from '@/entrypoints/popup/browser-backend';\nexport const probe = createBrowserPopupBackend;", 'import-x/no-restricted-paths'],
    ['utils/probe.ts', "import { processFiles } from '../cli/process-files';\nexport const probe = processFiles;", 'import-x/no-restricted-paths'],
    ['components/shared/probe.ts', "import { browser } from 'wxt/browser';\nexport const probe = browser;", 'no-restricted-imports'],
    ['components/shared/probe.ts', 'export const probe = () => browser.runtime.id;', 'no-restricted-globals'],
    ['entrypoints/popup/probe.ts', 'export const probe = () => sendMessage;', 'no-restricted-globals'],
  ])('%s: %j is refused by %s', async (path, code, rule) => {
    expect(await firedRules(path, code)).toContain(rule);
  });

  test.each([
    ['core/probe.ts', "import { Readability } from '@mozilla/readability';\nimport DOMPurify from 'dompurify';\nimport { closestNamed } from './walk';\nimport type { CleanOptions } from './types';\nexport const probe: [unknown, unknown, unknown, CleanOptions?] = [Readability, DOMPurify, closestNamed];"],
    ['components/shared/probe.ts', "import { cleanArticle } from '../../core/clean-article';\nimport { DEFAULT_PREFERENCES } from '../../utils/settings/defaults';\nexport const probe = [cleanArticle, DEFAULT_PREFERENCES];"],
    ['entrypoints/popup/probe.ts', "import { browser } from 'wxt/browser';\nimport { PopupApp } from '../../components/popup/PopupApp';\nexport const probe = [browser, PopupApp, defineContentScript];"],
    ['cli/probe.ts', "import { JSDOM } from 'jsdom';\nimport { cleanArticle } from '../core/clean-article';\nexport const probe = [JSDOM, cleanArticle];"],
  ])('%s: allowed imports pass', async (path, code) => {
    expect(await firedRules(path, code)).toEqual([]);
  });
});

describe('unused code and hooks', () => {
  test('an unused import or variable is an error', async () => {
    expect(await firedRules('utils/probe.ts', "import { DEFAULT_PREFERENCES } from './settings/defaults';\nconst unused = 1;\nexport {};")).toEqual([
      '@typescript-eslint/no-unused-vars',
      '@typescript-eslint/no-unused-vars',
    ]);
  });

  test('a hook called conditionally, or with a missing dependency, is an error', async () => {
    const code = [
      "import { useEffect, useState } from 'preact/hooks';",
      'export function Probe({ on, id }: { on: boolean; id: string }) {',
      '  if (on) useState(0);',
      '  useEffect(() => console.log(id), []);',
      '  return null;',
      '}',
    ].join('\n');
    expect(await firedRules('components/shared/Probe.tsx', code)).toEqual(['react-hooks/rules-of-hooks', 'react-hooks/exhaustive-deps']);
  });
});
