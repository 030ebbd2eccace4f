import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { cleanArticle } from '../../../core/clean-article';
import type { CleanOptions, CleanResult } from '../../../core/types';

/**
 * Fixtures of the structural rules: `tests/fixtures/rules/<rule-id>/<case>.html` (a small
 * hand-written page in a real CMS's markup) next to `<case>.json`:
 * `{ "url": "…", "keep": ["…"], "strip": ["…"], "recorded": ["…"] }`
 * - `keep`: text that must survive, with the rule alone and with the whole engine;
 * - `strip`: text Readability alone leaves and the rule must take out;
 * - `recorded`: text the rule must list among its removals (for clutter Readability would also
 *   drop, such as hidden elements, where the record is what the rule adds);
 * - `once`: text printed twice on the page that must be there exactly once (a repeated caption).
 */
export interface RuleFixture {
  name: string;
  url: string;
  html: string;
  keep: string[];
  strip: string[];
  recorded: string[];
  once: string[];
}

const FIXTURES_DIR = join(__dirname, '../../fixtures/rules');

export function loadRuleFixtures(ruleId: string): RuleFixture[] {
  const dir = join(FIXTURES_DIR, ruleId);
  if (!existsSync(dir)) throw new Error(`no fixtures for ${ruleId} in ${dir}`);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const spec = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.json')), 'utf8')) as Partial<RuleFixture>;
      return { name: file.replace(/\.html$/, ''), url: spec.url ?? 'https://example.org/', html: readFileSync(join(dir, file), 'utf8'), keep: spec.keep ?? [], strip: spec.strip ?? [], recorded: spec.recorded ?? [], once: spec.once ?? [] };
    });
}

/** Cleans the fixture page; a page the engine rejects fails the test with its message. */
export function cleanFixture(fixture: RuleFixture, options: CleanOptions = {}): Extract<CleanResult, { ok: true }> {
  const dom = new JSDOM(fixture.html, { url: fixture.url });
  try {
    const result = cleanArticle(dom.window.document, { url: fixture.url, ...options });
    if (!result.ok) throw new Error(`${fixture.name}: expected an article, got ${result.error.code}: ${result.error.message}`);
    return result;
  } finally {
    dom.window.close();
  }
}

/** The article's text with whitespace collapsed, as the benchmark scores it. */
export function flat(result: Extract<CleanResult, { ok: true }>): string {
  return result.article.textContent.replace(/\s+/g, ' ').trim();
}

/** Readability alone (every rule skipped), the rule alone, and the whole engine, on one fixture. */
export function cleanThreeWays(fixture: RuleFixture, ruleId: string) {
  // Each element the rule took, ungrouped: the fixtures name what the rule itself recorded.
  const ruleOnly = cleanFixture(fixture, { only: [ruleId], groupRemovals: false });
  return {
    readabilityAlone: flat(cleanFixture(fixture, { only: [ruleId], skip: [ruleId] })),
    ruleOnly: flat(ruleOnly),
    ruleRemovals: ruleOnly.removed.filter((removal) => removal.rule === ruleId),
    engine: flat(cleanFixture(fixture)),
  };
}

/**
 * The fixture tests every structural rule shares: each `strip` string is left by Readability
 * alone and gone with the rule (so the test fails without the rule), each `keep` string survives
 * the rule and the whole engine, each `recorded` string is in the rule's removal records.
 */
export function describeRuleFixtures(ruleId: string, describe: typeof import('vitest').describe, test: typeof import('vitest').test, expect: typeof import('vitest').expect): void {
  const fixtures = loadRuleFixtures(ruleId);
  describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(`${ruleId} on %s`, (_name, fixture) => {
    const run = cleanThreeWays(fixture, ruleId);
    test.each(fixture.strip.map((s) => [s]))('without the rule, “%s” is there', (snippet) => {
      expect(run.readabilityAlone).toContain(snippet);
    });
    test.each(fixture.strip.map((s) => [s]))('the rule strips “%s”', (snippet) => {
      expect(run.ruleOnly).not.toContain(snippet);
      expect(run.engine).not.toContain(snippet);
    });
    test.each(fixture.keep.map((s) => [s]))('keeps “%s”', (snippet) => {
      expect(run.ruleOnly).toContain(snippet);
      expect(run.engine).toContain(snippet);
    });
    test.each(fixture.once.map((s) => [s]))('prints “%s” once (twice without the rule)', (snippet) => {
      expect(run.readabilityAlone.split(snippet).length - 1).toBeGreaterThan(1);
      expect(run.ruleOnly.split(snippet).length - 1).toBe(1);
      expect(run.engine.split(snippet).length - 1).toBe(1);
    });
    test.each(fixture.recorded.map((s) => [s]))('records the removal of “%s”', (snippet) => {
      expect(run.ruleRemovals.some((removal) => removal.preview.includes(snippet))).toBe(true);
    });
  });
}
