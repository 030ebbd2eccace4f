import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { hiddenReason } from '../../core/hidden';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('hidden-elements', describe, test, expect);

const element = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!;

describe('hiddenReason', () => {
  test.each([
    ['<div hidden>x</div>', 'hidden attribute'],
    ['<div style="display:none">x</div>', 'inline style'],
    ['<div style="color: red; display : none !important;">x</div>', 'inline style'],
    ['<section style="visibility:hidden">x</section>', 'inline style'],
    ['<div aria-hidden="true">x</div>', 'aria-hidden'],
  ])('hides %s', (html, why) => {
    expect(hiddenReason(element(html))).toContain(why);
  });

  test.each([
    ['<div style="display:block">x</div>'],
    ['<div style="display: none-ish-custom">x</div>'],
    ['<span aria-hidden="true">W</span>'],
    ['<div aria-hidden="false">x</div>'],
    ['<div aria-hidden="true" class="mwe-math-fallback-image-inline fallback-image">x</div>'],
  ])('does not hide %s', (html) => {
    expect(hiddenReason(element(html))).toBeNull();
  });
});
