import { describe, expect, test } from 'vitest';
import { isEditorialNote } from '../../core/guards/is-editorial-note';

describe('isEditorialNote', () => {
  test.each([
    ['Editor’s note: This story was updated on June 12 to include comment from the ministry.'],
    ['Correction, April 3: An earlier version of this article misstated the year the café opened.'],
    ['This story was produced in partnership with the Freshwater Reporting Collaborative.'],
    ['This story is part of Watershed, our yearlong series on the river.'],
    ['Cet article a été réalisé dans le cadre d’un partenariat avec le collectif Causses & Vallées.'],
    ['Anmerkung der Redaktion: In einer früheren Version hieß es, die Tafel habe 300 Kunden.'],
    ['Nota de la redacción: este artículo fue actualizado con la respuesta del ayuntamiento.'],
    ['Sprostowanie: w poprzedniej wersji tekstu podaliśmy błędną datę.'],
  ])('returns true: %s', (text) => {
    expect(isEditorialNote(text)).toBe(true);
  });

  test.each([
    ['Support our reporting with a gift of any size.'],
    ['Notebook sales rose 4 percent in the quarter, the company said.'],
    ['Sign up for our newsletter and get the day’s news at 6 a.m.'],
  ])('returns false: %s', (text) => {
    expect(isEditorialNote(text)).toBe(false);
  });
});
