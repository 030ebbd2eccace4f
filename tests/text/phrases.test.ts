import { describe, expect, test } from 'vitest';
import { attributeTokens, phraseRegex, wholeTextRegex } from '../../core/text/phrases';

describe('phraseRegex', () => {
  const ASK = phraseRegex(['donate now', 'jetzt spenden', 'wesprzyj', 'hazte soci\\w+']);
  test.each([['Please DONATE\u00a0now!'], ['Jetzt   spenden – jeder Euro zählt'], ['Wesprzyj nas'], ['Hazte socia hoy'], ['Hazte socio/a desde 6 euros']])('matches %s', (text) => {
    expect(ASK.test(text)).toBe(true);
  });
  test.each([['undonate nowhere'], ['jetzt spendenfrei'], ['niewesprzyjmy']])('does not match inside other words: %s', (text) => {
    expect(ASK.test(text)).toBe(false);
  });
});

describe('wholeTextRegex', () => {
  const LABEL = wholeTextRegex(['advertisement', 'anzeige']);
  test.each([['Advertisement', true], ['— Anzeige —', true], ['Advertisement for the new bridge', false], ['Zeitungsanzeige', false]] as const)('%s → %s', (text, expected) => {
    expect(LABEL.test(text)).toBe(expected);
  });
});

describe('attributeTokens', () => {
  test.each([
    ['NewsletterSubscribeForm', ['newsletter', 'subscribe', 'form']],
    ['tncms-region-article_instory_newsletter', ['tncms', 'region', 'article', 'instory', 'newsletter']],
    ['/unterstützen/?utm_source=x', ['unterstützen', 'utm', 'source', 'x']],
    ['subscriber-count', ['subscriber', 'count']],
  ])('%s', (value, tokens) => {
    expect(attributeTokens(value)).toEqual(tokens);
  });
});
