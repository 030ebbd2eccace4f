import { describe, expect, it } from 'vitest';
import { takeBrowserArgs } from '../../bench/lib/bench-browsers';

describe('takeBrowserArgs', () => {
  it('takes every --browser out, once each, and leaves the rest in order', () => {
    expect(takeBrowserArgs(['--first', '--browser', 'firefox', '--limit', '5', '--browser', 'chromium', '--browser', 'firefox'])).toEqual({
      browsers: ['firefox', 'chromium'],
      rest: ['--first', '--limit', '5'],
    });
    expect(takeBrowserArgs(['--json'])).toEqual({ browsers: [], rest: ['--json'] });
  });

  it.each([[['--browser', 'safari']], [['--browser']]])('%j names the browsers it knows', (argv) => {
    expect(takeBrowserArgs(argv).error).toMatch(/^--browser is chromium or firefox, got “(safari)?”$/);
  });
});
