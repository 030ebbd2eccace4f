import { describe, expect, test } from 'vitest';
import { LIGHTBOX_CHROME } from '../../core/rules/lightbox-captions';
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
