import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliArgs } from '../../cli/args';

const RULE_IDS = ['donation-appeals', 'newsletter-promos'];
const parse = (...argv: string[]) => parseCliArgs(argv, RULE_IDS);

describe('parseCliArgs', () => {
  it('reads files with defaults: text output, cleaning on, no url', () => {
    expect(parse('a.html', 'b.html.gz')).toEqual({ inputs: [{ file: 'a.html' }, { file: 'b.html.gz' }], format: 'text', withRemoved: false, clean: true, only: [], skip: [], phrases: [], selectors: [], siteMemory: null, help: false });
  });

  it('gives each --url to the file that follows it only', () => {
    expect(parse('--url', 'https://a.example/1', 'a.html', 'b.html', '--url', 'http://c.example/', 'c.html').inputs).toEqual([
      { file: 'a.html', url: 'https://a.example/1' },
      { file: 'b.html' },
      { file: 'c.html', url: 'http://c.example/' },
    ]);
  });

  it('takes - as stdin and everything after -- as files', () => {
    expect(parse('-', '--', '--json').inputs).toEqual([{ file: '-' }, { file: '--json' }]);
  });

  it('reads --json, --no-clean, repeatable --phrase and --selector, and comma lists for --only/--skip', () => {
    const args = parse('--json', '--no-clean', '--phrase', 'Support us', '--phrase', 'Buy now', '--selector', '.promo', '--only', 'donation-appeals', '--skip', 'newsletter-promos,donation-appeals', 'a.html');
    expect(args).toMatchObject({ format: 'json', clean: false, phrases: ['Support us', 'Buy now'], selectors: ['.promo'], only: ['donation-appeals'], skip: ['newsletter-promos', 'donation-appeals'] });
  });

  it('accepts --help without files', () => {
    expect(parse('--help').help).toBe(true);
  });

  it.each([
    [['--only', 'donation-appeal', 'a.html'], '--only: unknown rule id “donation-appeal”; known ids: donation-appeals, newsletter-promos'],
    [['--skip', 'x,y', 'a.html'], '--skip: unknown rule ids “x”, “y”; known ids: donation-appeals, newsletter-promos'],
    [['--url', 'example.com/a', 'a.html'], '--url needs an absolute http(s) address, got “example.com/a”'],
    [['--url', 'javascript:alert(1)', 'a.html'], '--url needs an absolute http(s) address, got “javascript:alert(1)”'],
    [['a.html', '--url', 'https://a.example/'], '--url https://a.example/ is not followed by a file'],
    [['--url', 'https://a.example/', '--url', 'https://b.example/', 'a.html'], '--url https://a.example/ is not followed by a file'],
    [['--frobnicate', 'a.html'], 'unknown option “--frobnicate” (try --help)'],
    [['--phrase'], '--phrase needs a value'],
    [['--selector', '  ', 'a.html'], '--selector needs a CSS selector'],
    [[], 'no input files (try --help)'],
    [['-', '-'], 'standard input (-) can be read only once'],
  ])('%j → %s', (argv, message) => {
    expect(() => parse(...argv)).toThrow(new CliUsageError(message));
  });
});

describe('--format', () => {
  const parseFormat = (...argv: string[]) => parseCliArgs(argv, ['donation-appeals']);
  it('reads text, json, markdown and html; --json is --format json', () => {
    expect(parseFormat('a.html').format).toBe('text');
    expect(parseFormat('--format', 'markdown', 'a.html', 'b.html').format).toBe('markdown');
    expect(parseFormat('--format', 'html', '--with-removed', 'a.html')).toMatchObject({ format: 'html', withRemoved: true });
    expect(parseFormat('--json', '--format', 'json', 'a.html').format).toBe('json');
  });
  it('refuses an unknown format, a conflict with --json, and html for several files', () => {
    expect(() => parseFormat('--format', 'pdf', 'a.html')).toThrow('--format must be one of text, json, markdown, html, got “pdf”');
    expect(() => parseFormat('--json', '--format', 'markdown', 'a.html')).toThrow('--format markdown conflicts with the --json given before it');
    expect(() => parseFormat('--format', 'html', 'a.html', 'b.html')).toThrow('--format html writes one document: give one file per run');
  });
});
