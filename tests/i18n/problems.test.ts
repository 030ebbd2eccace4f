import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../core/clean-article';
import { checkPageLimits } from '../../core/limits';
import type { CleanError } from '../../core/types';
import { cleanErrorMessage } from '../../utils/i18n/problems';
import { useLocale } from './fake-messages';

/** A small page that passes whichever limit a test lowers: 42 elements, 9 levels deep, 61 characters of text. */
const PAGE = `<!doctype html><html><body><main>${'<p>ten chars.</p>'.repeat(6)}<div><div><div><div><div><span>x</span></div></div></div></div></div>${'<i></i>'.repeat(26)}</main></body></html>`;
const tooLarge = (limits: Parameters<typeof checkPageLimits>[1]): CleanError => {
  const error = checkPageLimits(new JSDOM(PAGE).window.document, limits);
  if (!error) throw new Error('the page passed no limit');
  return error;
};

describe('a too-large page, in the interface language', () => {
  afterEach(() => useLocale('en'));

  it.each([
    ['elements', { maxElements: 20 }, 'This page has more than 20 elements, the most Quiet Reader cleans.', 'Diese Seite hat mehr als 20 Elemente – mehr, als Quiet Reader aufräumt.'],
    ['depth', { maxDepth: 6 }, 'This page nests its elements more than 6 levels deep, more than Quiet Reader cleans.', 'Diese Seite verschachtelt ihre Elemente mehr als 6 Ebenen tief – mehr, als Quiet Reader aufräumt.'],
    ['text', { maxTextChars: 30 }, 'This page has more than 30 characters of text, more than Quiet Reader cleans.', 'Diese Seite hat mehr als 30 Zeichen Text – mehr, als Quiet Reader aufräumt.'],
  ] as const)('the %s limit: the engine names it, the interface words it', (exceeded, limits, english, german) => {
    const error = tooLarge(limits);
    expect(error).toMatchObject({ code: 'too-large', exceeded });
    expect(cleanErrorMessage(error)).toBe(english);
    useLocale('de');
    expect(cleanErrorMessage(error)).toBe(german);
  });

  it('is worded from the error’s fields, not from the engine’s English sentence', () => {
    useLocale('de');
    expect(cleanErrorMessage({ code: 'too-large', exceeded: 'depth', limit: 300, message: 'This page has more than 300 elements.' })).toBe(
      'Diese Seite verschachtelt ihre Elemente mehr als 300 Ebenen tief – mehr, als Quiet Reader aufräumt.',
    );
    expect(cleanErrorMessage({ code: 'too-large', exceeded: 'text', limit: 2_000_000, message: '' })).toBe('Diese Seite hat mehr als 2.000.000 Zeichen Text – mehr, als Quiet Reader aufräumt.');
  });

  it('an error without the fields keeps the engine’s own sentence', () => {
    expect(cleanErrorMessage({ code: 'too-large', message: 'Too big.' })).toBe('Too big.');
  });
});

describe('a refused selector and a failure, in the interface language', () => {
  afterEach(() => useLocale('en'));

  it('an invalid selector: the selector and the parser’s reason inside the interface’s sentence', () => {
    // A selector with ": " in it: the reason must not be cut out of the engine's sentence at its first colon.
    const selector = '[title=": x"';
    const result = cleanArticle(new JSDOM(PAGE, { url: 'https://news.example.org/a' }).window.document, { url: 'https://news.example.org/a', customSelectors: [selector] });
    if (result.ok) throw new Error('the selector was accepted');
    expect(result.error).toMatchObject({ code: 'invalid-option', entry: selector, detail: expect.any(String) as unknown });
    useLocale('de');
    expect(cleanErrorMessage(result.error)).toBe(`„${selector}“ ist kein gültiger CSS-Selektor: ${result.error.detail}`);
  });

  it('a failure: the cause inside the interface’s sentence, once', () => {
    useLocale('de');
    const message = cleanErrorMessage({ code: 'internal', detail: 'the page has no window to sanitise the article with', message: 'The page has no window to sanitise the article with.' });
    expect(message).toBe('Das Aufräumen ist fehlgeschlagen: the page has no window to sanitise the article with. Die Seite bleibt unverändert.');
    // Without the cause the engine's own sentence stays (never an empty "failed: .").
    expect(cleanErrorMessage({ code: 'internal', message: 'Cleaning failed.' })).toBe('Cleaning failed.');
  });
});
