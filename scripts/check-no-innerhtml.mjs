#!/usr/bin/env node
/**
 * House rule: untrusted HTML is parsed in exactly one place. Fails (exit 1, `file:line`) when a
 * source file writes HTML through a string sink outside the allowlist below.
 *
 * Usage: node scripts/check-no-innerhtml.mjs [root]   (root defaults to the repository)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCANNED_DIRS = ['core', 'components', 'entrypoints', 'utils', 'cli', 'bench', 'scripts'];
const EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx']);
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', 'dist']);

/** Files allowed to use an HTML sink, each with why. Paths are relative to the root, with `/`. */
const ALLOWED_FILES = new Map([
  ['core/sanitize.ts', 'the one sanitising helper: DOMPurify parses the page HTML and serialises its own output'],
  ['components/shared/insert-sanitized-html.ts', 'the one rendering helper: it only receives the engine output already sanitised by core/sanitize.ts, parses it inertly with DOMParser and adopts the nodes'],
  ['utils/clean-page-html.ts', 'the off-thread cleaner parses the serialised page inertly with DOMParser, for the engine only; nothing is inserted anywhere, the engine sanitises its output'],
  ['scripts/check-no-innerhtml.mjs', 'this checker names the sinks it looks for'],
]);

/** Sinks that turn a string into live DOM. Reads such as `el.innerHTML` (no assignment) are fine. */
const SINKS = [
  { name: 'innerHTML write', pattern: /\.innerHTML\s*(?:\+?=)(?!=)/ },
  { name: 'outerHTML write', pattern: /\.outerHTML\s*(?:\+?=)(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\s*\(/ },
  { name: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\s*\(/ },
  { name: 'DOMParser.parseFromString', pattern: /\bparseFromString\s*\(/ },
  { name: 'setHTMLUnsafe', pattern: /\bsetHTMLUnsafe\s*\(|\bparseHTMLUnsafe\s*\(/ },
  { name: 'srcdoc write', pattern: /\.srcdoc\s*=(?!=)|setAttribute\(\s*['"]srcdoc['"]/ },
];

function listSourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a scanned folder that does not exist yet
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (EXTENSIONS.has(path.extname(entry.name)) && !/\.d\.ts$/.test(entry.name)) {
        files.push(full);
      }
    }
  };
  for (const dir of SCANNED_DIRS) walk(path.join(root, dir));
  return files;
}

/** Every sink use outside the allowlist, as `{ file, line, sink, text }`. */
export function findHtmlSinks(root) {
  const violations = [];
  for (const file of listSourceFiles(root)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (ALLOWED_FILES.has(relative)) continue;
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, index) => {
      const code = text.replace(/\/\/.*$/, ''); // a line comment may name a sink to explain why not
      for (const sink of SINKS) {
        if (sink.pattern.test(code)) violations.push({ file: relative, line: index + 1, sink: sink.name, text: text.trim() });
      }
    });
  }
  return violations;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const violations = findHtmlSinks(root);
  if (violations.length) {
    for (const v of violations) console.error(`${v.file}:${v.line}: ${v.sink}: ${v.text}`);
    console.error(`\ncheck-no-innerhtml: ${violations.length} HTML sink(s) outside the allowed helpers (${[...ALLOWED_FILES.keys()].join(', ')}).`);
    console.error('Render article HTML with components/shared/insert-sanitized-html.ts; build other DOM with createElement/textContent.');
    process.exit(1);
  }
  console.log('check-no-innerhtml: no HTML sinks outside the allowed helpers.');
}
