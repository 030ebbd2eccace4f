import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanOptionsFromArgs, type PageOutcome, processFiles } from '../../cli/process-files';

const FIXTURE = join(__dirname, '..', 'fixtures', 'cli', 'article.html');
const GZ_FIXTURE = `${FIXTURE}.gz`;
const ARTICLE_SENTENCE = 'The old pier at Harbor Town reopened on Saturday';

describe('processFiles', () => {
  it('cleans each input in order, keeps going past a bad one, and counts the failures', async () => {
    const seen: PageOutcome[] = [];
    const failed = await processFiles([{ file: FIXTURE, url: 'https://gazette.example/pier' }, { file: join(__dirname, 'missing.html') }, { file: GZ_FIXTURE }], {}, { onPage: (o) => void seen.push(o) });
    expect(failed).toBe(1);
    expect(seen.map((o) => [o.input.file, o.read])).toEqual([[FIXTURE, 'ok'], [join(__dirname, 'missing.html'), 'failed'], [GZ_FIXTURE, 'ok']]);
    const first = seen[0]!;
    expect(first.read === 'ok' && first.result.ok && first.result.article.textContent).toContain(ARTICLE_SENTENCE);
    expect(seen[1]).toMatchObject({ error: 'no such file' });
  });

  it('resolves links against the --url given for the file', async () => {
    let html = '';
    await processFiles([{ file: FIXTURE, url: 'https://gazette.example/news/pier' }], {}, {
      onPage: (o) => {
        if (o.read === 'ok' && o.result.ok) html = o.result.article.contentHtml;
      },
    });
    expect(html).toContain(ARTICLE_SENTENCE);
  });

  it('merges per-page options from the hook over the shared ones (the site-memory seam)', async () => {
    const asked: string[] = [];
    const codes: string[] = [];
    await processFiles([{ file: FIXTURE }, { file: GZ_FIXTURE }], {}, {
      // Only the second page gets an element limit it cannot meet.
      cleanOptionsFor: (input) => (asked.push(input.file), input.file === GZ_FIXTURE ? { maxElements: 5 } : undefined),
      onPage: (o) => void codes.push(o.read === 'ok' ? (o.result.ok ? 'ok' : o.result.error.code) : 'unread'),
    });
    expect(asked).toEqual([FIXTURE, GZ_FIXTURE]);
    expect(codes).toEqual(['ok', 'too-large']);
  });

  it('counts an engine refusal (an invalid --selector) as a failure', async () => {
    let outcome: PageOutcome | undefined;
    const failed = await processFiles([{ file: FIXTURE }], { customSelectors: ['p[['] }, { onPage: (o) => void (outcome = o) });
    expect(failed).toBe(1);
    expect(outcome?.read === 'ok' && !outcome.result.ok && outcome.result.error.code).toBe('invalid-option');
  });
});

describe('cleanOptionsFromArgs', () => {
  it('maps --no-clean to Readability alone and the rule switches to only/skip', () => {
    expect(cleanOptionsFromArgs({ clean: false, only: ['a'], skip: ['b'], phrases: ['p'], selectors: ['.s'] })).toEqual({
      steps: { preclean: false, postclean: false },
      only: ['a'],
      skip: ['b'],
      customPhrases: ['p'],
      customSelectors: ['.s'],
    });
    expect(cleanOptionsFromArgs({ clean: true, only: [], skip: [], phrases: [], selectors: [] })).toEqual({});
  });
});
