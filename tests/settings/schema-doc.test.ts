import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_PREFERENCES, DEFAULT_SITE_RULE, SETTINGS_VERSION } from '../../utils/settings/defaults';

// The schema document must name every key with its default, so the README never drifts from the code.
const doc = readFileSync(join(__dirname, '../../utils/settings/README.md'), 'utf8');
const rowOf = (key: string) => doc.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));

describe('utils/settings/README.md documents the schema', () => {
  test('version', () => {
    expect(doc).toContain(`# Settings schema (version ${SETTINGS_VERSION})`);
  });

  const preferenceRows: [string, unknown][] = [
    ...Object.entries(DEFAULT_PREFERENCES).filter(([key]) => key !== 'typography' && key !== 'listen'),
    ...Object.entries(DEFAULT_PREFERENCES.typography).map(([key, value]): [string, unknown] => [`typography.${key}`, value]),
    ...Object.entries(DEFAULT_PREFERENCES.listen).map(([key, value]): [string, unknown] => [`listen.${key}`, value]),
  ];
  test.each(preferenceRows)('preference %s with its default', (key, value) => {
    expect(rowOf(key)).toContain(`\`${typeof value === 'string' ? value : JSON.stringify(value)}\``);
  });

  test.each(Object.entries(DEFAULT_SITE_RULE))('site rule %s with its default', (key, value) => {
    expect(rowOf(key)).toContain(`\`${JSON.stringify(value)}\``);
  });
});
