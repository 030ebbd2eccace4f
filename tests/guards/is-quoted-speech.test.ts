import { describe, expect, test } from 'vitest';
import { isQuotedSpeech } from '../../core/guards/is-quoted-speech';

describe('isQuotedSpeech', () => {
  test.each([
    ['“Every dollar gets a kid one step closer,” reads one update. “If you can, please give today.”'],
    ['„Jetzt spenden – jeder Euro zählt“, sagt die Vorsitzende.'],
    ['« Soutenez-nous, c’est maintenant ou jamais », a déclaré le maire.'],
    ['«No es una medida que tomemos a la ligera», explicó la presidenta.'],
    ['– Co roku słyszymy, że już za chwilę – mówi pani Halina, „i nic się nie zmienia od lat”.'],
  ])('returns true: %s', (text) => {
    expect(isQuotedSpeech(text)).toBe(true);
  });

  test.each([
    ['Please support local journalism with a gift of any size today.'],
    ['Sign up for “The Morning Commute”, our free newsletter, delivered weekdays at 6 a.m.'],
    ['Unterstützen Sie unabhängigen Journalismus – schon ab 5 Euro im Monat.'],
  ])('returns false: %s', (text) => {
    expect(isQuotedSpeech(text)).toBe(false);
  });
});
