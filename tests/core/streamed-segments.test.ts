import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { placeStreamedSegments } from '../../core/streamed-segments';
import { READABILITY_ALONE, cleanRecoveryPage, readRecoveryFixture } from './helpers/recovery-pages';

/**
 * A page streamed by React's server renderer, read from its HTML: the story's sections wait at the
 * end of the body in `<div hidden id="S:n">`, and the article holds `<template id="B:n">` with a
 * "Loading…" fallback where each goes (the third without React's comment markers).
 */
const PAGE = readRecoveryFixture('streamed-article.html');
const URL = 'https://harbour.example/guides/tide-tables';
/** In the order a browser shows them: the last one's placeholder (P:3) sits inside the first part. */
const SECTIONS = ['Each day has two high waters', 'The heights matter more than the times', 'Remember that the wind and the air pressure', 'Twice a month the range', 'A mooring that is safe at neaps', 'Secondary ports are given as corrections'];

describe('recall recovery puts the parts of a streamed page where its scripts would', () => {
  test('the fixture is a page Readability alone reads without its story', () => {
    const text = cleanRecoveryPage(PAGE, URL, READABILITY_ALONE).article.textContent;
    for (const section of SECTIONS) expect(text).not.toContain(section);
  });

  test('the engine keeps every part, in the order the page shows them', () => {
    const text = cleanRecoveryPage(PAGE, URL).article.textContent;
    const at = SECTIONS.map((section) => text.indexOf(section));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.indexOf('A tide table looks like a page of numbers')).toBeLessThan(at[0]!);
  });

  test('a fallback inside React’s markers goes; one without them stays, since its end is unknown', () => {
    const doc = new JSDOM(PAGE).window.document;
    expect(placeStreamedSegments(doc)).toBe(4);
    const body = doc.querySelector('.article-body')!;
    expect(body.querySelectorAll('.skeleton')).toHaveLength(1);
    expect(body.textContent).toContain('Loading figure...');
    expect(doc.querySelectorAll('template, div[hidden]')).toHaveLength(0);
    const text = body.textContent ?? '';
    expect(SECTIONS.map((section) => text.indexOf(section))).toEqual([...SECTIONS.map((section) => text.indexOf(section))].sort((a, b) => a - b));
  });

  test('hidden elements and templates that are not a streamed pair are left alone', () => {
    const doc = new JSDOM('<body><template id="B:7"></template><div hidden id="S:8"><p>Hidden.</p></div><div hidden id="menu"><p>Menu</p></div></body>').window.document;
    expect(placeStreamedSegments(doc)).toBe(0);
    expect(doc.querySelectorAll('template, div[hidden]')).toHaveLength(3);
  });
});
