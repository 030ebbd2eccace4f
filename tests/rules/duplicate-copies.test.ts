import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import rule from '../../core/rules/duplicate-copies';
import type { RuleContext } from '../../core/rules/rule';
import { describeRuleFixtures } from './helpers/rule-fixtures';

describeRuleFixtures('duplicate-copies', describe, test, expect);

/** The text of each block the rule takes from an article body given as HTML (detached, as Readability's article is). */
function collect(html: string): string[] {
  const doc = new JSDOM('<body></body>').window.document;
  const root = doc.createElement('div');
  root.innerHTML = html;
  return rule.collect(root, {} as RuleContext).map((candidate) => (candidate.element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

const P1 = '<p>The council voted on the new bus line after a long debate about costs, routes and the timetable.</p>';
const P2 = '<p>Buses will run every half hour on weekdays and every fifteen minutes in the morning and evening peaks.</p>';
const P3 = '<p>Firms on the industrial estate had asked for a better connection for years, the mayor said on Thursday.</p>';

describe('duplicate-copies', () => {
  test('strip: a section printed again takes the later copy whole, wrapper and heading included', () => {
    const taken = collect(`<section><h2>The route</h2>${P1}${P2}${P3}</section><section><h2>The route</h2>${P1}${P2}${P3}</section><p>Other text after it.</p>`);
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatch(/^The route.*Firms on the industrial estate/);
  });

  test('strip: the third copy goes too, each once', () => {
    const copy = `<div class="copy">${P1}${P2}${P3}</div>`;
    expect(collect(`${copy}${copy}${copy}<p>The end of the story.</p>`)).toHaveLength(2);
  });

  test('keep: one paragraph printed again (a dek repeated as the lead, a pull quote) is not a copy', () => {
    expect(collect(`${P1}<div>${P1}</div>${P2}${P3}`)).toEqual([]);
  });

  test('keep: a quoted post and table cells are never copies', () => {
    expect(collect(`${P1}${P2}<div><blockquote>${P1}${P2}</blockquote>${P3}</div>`)).toEqual([]);
    const row = '<tr><td>Included in every plan, with no extra charge for the first year</td><td>Included in every plan, with no extra charge for the first year</td></tr>';
    expect(collect(`${P1}<table>${row}${row}</table>${P2}`)).toEqual([]);
  });

  test('keep: a box with new text beside its repeated blocks is not a copy', () => {
    const fresh = '<p>This part is new: the line will also stop at the hospital, which the first plan left out, and at the new school on the hill.</p>';
    expect(collect(`<div>${P1}${P2}</div><div>${P1}${P2}${fresh}${fresh.replace('new:', 'newer:')}</div>`)).toEqual([]);
  });

  test('keep: the same words under another tag (a summary list, then the paragraphs) are not a copy', () => {
    expect(collect(`<ul><li>${P1.slice(3, -4)}</li><li>${P2.slice(3, -4)}</li></ul>${P1}${P2}`)).toEqual([]);
  });
});

describe('duplicate-copies: what a copy is made of', () => {
  test('keep: a list printed again (a summary’s points under the section that explains them) is not a copy', () => {
    const points = '<ul><li>Highly customisable with thousands of plugins and themes</li><li>Full ownership and control of the website and its data</li><li>Strong e-commerce features once the shop plugin is added</li><li>A large community that answers questions within the hour</li></ul>';
    expect(collect(`<div class="summary">${points}</div>${P1}<section><h3>The details</h3>${points}</section>${P2}`)).toEqual([]);
  });
});

describe('duplicate-copies: what the removed list calls a copy', () => {
  test('a copy of the story is a repeated block, whatever the story mentions (an email, a donation)', async () => {
    const { cleanArticle } = await import('../../core/clean-article');
    const story = `<p>The school emailed parents on Monday: the newsletter said the donation from the alumni fund will pay for the new roof.</p>${P1}${P2}`;
    const page = `<html><body><main><h1>New roof for the school</h1><div class="desktop">${story}</div><div class="mobile">${story}</div></main></body></html>`;
    const doc = new JSDOM(page, { url: 'https://school-news.example/roof' }).window.document;
    const result = cleanArticle(doc, {});
    if (!result.ok) throw new Error(result.error.message);
    const copies = result.removed.filter((removal) => removal.rule === 'duplicate-copies');
    expect(copies).toHaveLength(1);
    expect(copies[0]!.kind).toBe('repeated');
  });
});
