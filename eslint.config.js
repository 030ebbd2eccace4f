// @ts-check
import fs from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * `npm run lint` (README "Tests"): typescript-eslint's type-aware recommended rules, the rules of
 * hooks (Preact's hooks follow React's), and the direction of imports (README "Which code runs
 * where"): entrypoints → components / utils → core, and core/ is pure: itself plus CORE_LIBRARIES.
 */

/** The only packages the engine may import: each runs on any DOM (the tab's, jsdom's). */
const CORE_LIBRARIES = ['@mozilla/readability', 'dompurify', 'tldts', 'turndown', '@joplin/turndown-plugin-gfm'];

const packageJson = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
for (const name of CORE_LIBRARIES) {
  // The engine ships in the extension and the CLI, so its libraries are runtime dependencies.
  if (!packageJson.dependencies?.[name]) throw new Error(`eslint.config.js: core library ${name} is not in package.json "dependencies"`);
}

/*
 * WXT auto-imports its own helpers (`browser`, `defineBackground`, …) and every export of utils/
 * and components/, so tsc lets code use them without an import. The entrypoints use WXT's helpers
 * that way. The engine may use none of them: they do not exist in the CLI or benchmarks, and the
 * import rules below cannot see a global. Nothing may use our own exports that way either, or knip
 * would call them unused. `wxt prepare` (npm's postinstall) writes both files read here.
 */
const wxtFile = (name) => {
  const url = new URL(`./.wxt/${name}`, import.meta.url);
  if (!fs.existsSync(url)) throw new Error(`eslint.config.js: .wxt/${name} is missing; run \`npx wxt prepare\` (npm install runs it)`);
  return url;
};
const { default: wxtAutoImports } = await import(wxtFile('eslint-auto-imports.mjs').href);
const autoImportNames = Object.keys(wxtAutoImports.languageOptions.globals);
/** Our own exports among them: the `export { a, b } from '../utils/…'` lines of the #imports module. */
const projectAutoImportNames = [...fs.readFileSync(wxtFile('types/imports-module.d.ts'), 'utf8').matchAll(/export \{([^}]*)\} from '\.\.\//g)].flatMap((match) =>
  match[1]
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
);

const restrictedGlobals = (names, message) => ['error', ...[...new Set(names)].map((name) => ({ name, message }))];
const EXPLICIT_IMPORT = 'Import it explicitly: WXT would auto-import it, but knip, the CLI and the tests would not see the use.';

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const coreLibraryPattern = CORE_LIBRARIES.map(escapeRegex).join('|');

export default defineConfig(
  globalIgnores(['node_modules/', '.output/', '.wxt/', 'coverage/', 'test-artifacts/', '.cache/', 'tmp-*.ts', 'web-ext.config.ts']),

  {
    name: 'quiet-reader/all',
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    extends: [js.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },

  {
    name: 'quiet-reader/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // Every TypeScript file is in tsconfig.json (WXT's generated one includes the whole tree).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused variables, parameters, caught errors and imports are errors; `_name` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', caughtErrors: 'all', caughtErrorsIgnorePattern: '^_' }],
      'no-restricted-globals': restrictedGlobals(projectAutoImportNames, EXPLICIT_IMPORT),
    },
  },

  {
    // scripts/*.mjs and this file run in Node, outside the TypeScript project.
    name: 'quiet-reader/node-scripts',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },

  {
    name: 'quiet-reader/hooks',
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // Only the classic rules: the plugin's React Compiler rules do not know Preact's useRef and
    // take DOM writes through a hook's element (`scroller.scrollTop = 0`) for mutating props.
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  {
    name: 'quiet-reader/import-direction',
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'import-x': importX },
    settings: {
      // Resolves like tsc and Vite: extensionless .ts/.tsx imports and tsconfig's @/ and ~/ aliases.
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.d.ts', '.mjs', '.js', '.json'],
          tsconfig: { configFile: new URL('./tsconfig.json', import.meta.url).pathname },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: './core',
              from: '.',
              except: ['./core', './node_modules'],
              message: 'core/ is the pure engine: it imports only core/ and its libraries (README "Which code runs where").',
            },
            {
              target: ['./components', './utils'],
              from: './entrypoints',
              message: 'Imports run entrypoints → components / utils → core: move what both need into components/ or utils/.',
            },
            {
              target: ['./core', './components', './utils', './entrypoints'],
              from: ['./cli', './bench', './train', './tests', './scripts'],
              message: 'Extension code does not depend on the CLI, benchmarks, training or tests.',
            },
          ],
        },
      ],
    },
  },

  {
    // README "Which code runs where": UI components never call browser.*; each page's store gets a backend.
    name: 'quiet-reader/ui-without-browser',
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt/browser', '@wxt-dev/browser', '@wxt-dev/storage', '#imports'].map((name) => ({
            name,
            message: 'Components never call browser APIs: ask the store, whose backend (entrypoints/*/browser-backend.ts) does.',
          })),
        },
      ],
      'no-restricted-globals': restrictedGlobals(
        [...projectAutoImportNames, 'browser', 'chrome', 'storage'],
        'Components never call browser APIs (or auto-imports): ask the store, whose backend (entrypoints/*/browser-backend.ts) does.',
      ),
    },
  },

  {
    name: 'quiet-reader/pure-core',
    files: ['core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!\\.{1,2}/|(?:${coreLibraryPattern})(?:/|$))`,
              message: `core/ is pure DOM: it may import only its own files and ${CORE_LIBRARIES.join(', ')} (add a library to CORE_LIBRARIES in eslint.config.js only if it runs on any DOM).`,
            },
          ],
        },
      ],
      'no-restricted-globals': restrictedGlobals(
        ['browser', 'chrome', ...autoImportNames],
        'core/ runs in the CLI and benchmarks too, where WXT globals and auto-imports do not exist: browser code belongs in entrypoints/, components/ or utils/.',
      ),
    },
  },
);
