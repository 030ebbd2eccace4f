import { expect, test } from 'vitest';
import { createSiteMemory, forgetEverything, forgetSite, siteMemoryView } from '../../core/site-memory/index';
import { articleHtml, clean, flatText, visit } from './helpers';

const PROMO = 'The Thursday Lantern walks the week in Ferrisburg to your door before the milk van does.';

function memoryOfTwoSites() {
  const memory = createSiteMemory();
  for (const host of ['www.ferrisburg-lantern.example', 'www.other-paper.example']) {
    visit(memory, articleHtml('One', `<p>${PROMO}</p>`, 0), `https://${host}/1`);
    visit(memory, articleHtml('Two', `<p>${PROMO}</p>`, 1), `https://${host}/2`);
  }
  return memory;
}

test('"forget this site" by page address drops that site only, and its boilerplate comes back', () => {
  const memory = memoryOfTwoSites();
  expect(forgetSite(memory, 'https://news.ferrisburg-lantern.example/any/page')).toBe(true);
  expect(Object.keys(memory.sites)).toEqual(['other-paper.example']);
  expect(flatText(clean(articleHtml('Three', `<p>${PROMO}</p>`, 2), 'https://www.ferrisburg-lantern.example/3', { siteMemory: siteMemoryView(memory) }))).toContain(PROMO);
  expect(flatText(clean(articleHtml('Three', `<p>${PROMO}</p>`, 2), 'https://www.other-paper.example/3', { siteMemory: siteMemoryView(memory) }))).not.toContain(PROMO);
});

test('"forget this site" by site key, and an unknown site says so', () => {
  const memory = memoryOfTwoSites();
  expect(forgetSite(memory, 'other-paper.example')).toBe(true);
  expect(forgetSite(memory, 'other-paper.example')).toBe(false);
  expect(forgetSite(memory, 'https://never-seen.example/')).toBe(false);
  expect(Object.keys(memory.sites)).toEqual(['ferrisburg-lantern.example']);
});

test('"forget everything" empties the memory and it learns again from scratch', () => {
  const memory = memoryOfTwoSites();
  forgetEverything(memory);
  expect(memory.sites).toEqual({});
  expect(flatText(visit(memory, articleHtml('Three', `<p>${PROMO}</p>`, 2), 'https://www.other-paper.example/3'))).toContain(PROMO);
  expect(Object.keys(memory.sites)).toEqual(['other-paper.example']);
});
