import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../core/rules/index';

// Guards the contract of a cleanup rule (STYLE.md §7): one file per rule, named after its id,
// registered, with its own tests and keep-and-strip fixtures, and listed in the README.
const rulesDir = join(__dirname, '../../core/rules');
const ruleFiles = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.ts') && name !== 'rule.ts' && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''));
const fixturesDir = join(__dirname, '../fixtures/rules');
const testFile = (id: string) => join(__dirname, '../rules', `${id}.test.ts`);

/**
 * Rules driven by the reader's own input keep their keep/strip cases in a table in their test file
 * (the input is part of each case); site memory's cases are the invented site it learns.
 */
const CASES_ELSEWHERE: Record<string, string | null> = {
  'custom-phrases': null,
  'custom-selectors': null,
  'site-memory': join(__dirname, '../fixtures/site-memory/millbrook-ledger'),
  // Off unless a model is given: its cases run with hand-made models in its own test file.
  'block-scorer': null,
};

interface FixtureSpec {
  keep?: string[];
  strip?: string[];
  recorded?: string[];
  once?: string[];
}

/** Each `<case>.html` with its `<case>.json`; a page without expectations is a problem. */
function fixtureProblems(id: string): string[] {
  const dir = join(fixturesDir, id);
  if (!existsSync(dir)) return [`no folder tests/fixtures/rules/${id}/`];
  const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
  if (!pages.length) return [`tests/fixtures/rules/${id}/ has no .html case`];
  const problems: string[] = [];
  let keeps = 0;
  let strips = 0;
  for (const page of pages) {
    const specFile = join(dir, page.replace(/\.html$/, '.json'));
    if (!existsSync(specFile)) {
      problems.push(`${page} has no .json beside it`);
      continue;
    }
    const spec = JSON.parse(readFileSync(specFile, 'utf8')) as FixtureSpec;
    const removes = (spec.strip?.length ?? 0) + (spec.recorded?.length ?? 0) + (spec.once?.length ?? 0);
    if (!removes && !spec.keep?.length) problems.push(`${page}: its .json expects nothing`);
    keeps += spec.keep?.length ?? 0;
    strips += removes;
  }
  if (!keeps) problems.push('no case says what must be kept');
  if (!strips) problems.push('no case says what must be removed');
  if (!readFileSync(testFile(id), 'utf8').includes(`describeRuleFixtures('${id}'`)) problems.push(`tests/rules/${id}.test.ts does not run its fixtures`);
  return problems;
}

const readme = existsSync(join(__dirname, '../../README.md')) ? readFileSync(join(__dirname, '../../README.md'), 'utf8') : '';

describe('every cleanup rule', () => {
  test('file and registry agree', () => {
    expect([...RULES.map((rule) => rule.id)].sort()).toEqual([...ruleFiles].sort());
  });

  test('ids are unique', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });

  test.each(RULES.map((rule) => [rule.id]))('%s has its own test file', (id) => {
    expect(existsSync(testFile(id))).toBe(true);
  });

  test.each(RULES.map((rule) => [rule.id]))('%s has keep-and-strip fixtures', (id) => {
    if (!(id in CASES_ELSEWHERE)) {
      expect(fixtureProblems(id)).toEqual([]);
      return;
    }
    const folder = CASES_ELSEWHERE[id];
    if (folder) expect(existsSync(folder)).toBe(true);
    const source = readFileSync(testFile(id), 'utf8');
    expect(source).toMatch(/\bstrip/);
    expect(source).toMatch(/\bkeep/);
  });

  test('a rule with fixtures elsewhere is still a rule', () => {
    expect(Object.keys(CASES_ELSEWHERE).filter((id) => !ruleFiles.includes(id))).toEqual([]);
  });

  test.each(RULES.map((rule) => [rule.id]))('%s is listed in the README', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });
});
