import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { cleanArticle } from '../../../core/clean-article';
import type { CleanOptions, CleanResult } from '../../../core/types';

/** The engine with both cleaning phases off: what Readability alone keeps of a page. */
export const READABILITY_ALONE: CleanOptions = { steps: { preclean: false, postclean: false } };

/** A page of tests/fixtures/recover/. */
export function readRecoveryFixture(name: string): string {
  return readFileSync(join(__dirname, '../../fixtures/recover', name), 'utf8');
}

/** Cleans `html` as the page at `url`; throws when the engine returns no article, so a test fails on it. */
export function cleanRecoveryPage(html: string, url: string, options: CleanOptions = {}): Extract<CleanResult, { ok: true }> {
  const result = cleanArticle(new JSDOM(html, { url }).window.document, options);
  if (!result.ok) throw new Error(result.error.message);
  return result;
}
