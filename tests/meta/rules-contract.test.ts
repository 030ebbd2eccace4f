import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../core/rules/index';

// Guards the contract of a cleanup rule (STYLE.md §7): one file per rule, named after its id,
// registered, with its own tests, and listed in the README.
const rulesDir = join(__dirname, '../../core/rules');
const ruleFiles = readdirSync(rulesDir)
  .filter((name) => name.endsWith('.ts') && name !== 'rule.ts' && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''));
const readme = existsSync(join(__dirname, '../../README.md')) ? readFileSync(join(__dirname, '../../README.md'), 'utf8') : '';

describe('every cleanup rule', () => {
  test('file and registry agree', () => {
    expect([...RULES.map((rule) => rule.id)].sort()).toEqual([...ruleFiles].sort());
  });

  test('ids are unique', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });

  test.each(RULES.map((rule) => [rule.id]))('%s has its own test file', (id) => {
    expect(existsSync(join(__dirname, '../rules', `${id}.test.ts`))).toBe(true);
  });

  test.each(RULES.map((rule) => [rule.id]))('%s is listed in the README', (id) => {
    expect(readme).toContain(`\`${id}\``);
  });
});
