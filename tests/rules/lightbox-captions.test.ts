import { describe, expect, test } from 'vitest';
import { LIGHTBOX_CHROME, PHOTO_SALE } from '../../core/rules/lightbox-captions';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('lightbox-captions', describe, test, expect);

describe('label patterns', () => {
  test.each(['Enlarge this image', 'toggle caption', 'Open gallery', 'Bild vergrößern', 'Zum Vergrößern auf das Bild klicken', 'Agrandir l’image', 'Ver galería'])('“%s” is lightbox chrome', (label) => {
    expect(LIGHTBOX_CHROME.test(label)).toBe(true);
  });
  test.each(['Enlarged hearts are common in athletes', 'The gallery opens on Tuesday', 'Close to 300 people came'])('“%s” is not', (text) => {
    expect(LIGHTBOX_CHROME.test(text)).toBe(false);
  });
});

describe('photo sale links', () => {
  test.each(['Buy Photo', 'Buy this photo', 'Order a photo reprint', 'Photo reprints', 'Foto kaufen', 'Acheter cette photo', 'Comprar foto', 'Kup zdjęcie'])('“%s” sells the picture', (label) => {
    expect(PHOTO_SALE.test(label)).toBe(true);
  });
  test.each(['Buy now', 'Order Reprints', 'Buy photos of the finals on our partner site today', 'Photographers buy prints at cost'])('“%s” is not such a label on its own', (text) => {
    expect(PHOTO_SALE.test(text)).toBe(false);
  });
});
