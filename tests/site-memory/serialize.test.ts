import { describe, expect, test } from 'vitest';
import { createSiteMemory, parseSiteMemory, serializeSiteMemory, SITE_MEMORY_LIMITS } from '../../core/site-memory/index';
import { articleHtml, visit } from './helpers';

describe('serialising and reading a memory back', () => {
  test('round-trips exactly', () => {
    const memory = createSiteMemory();
    visit(memory, articleHtml('One', '<p>The Thursday Lantern walks the week to your door.</p>'), 'https://www.ferrisburg-lantern.example/1');
    const parsed = parseSiteMemory(serializeSiteMemory(memory));
    expect(parsed.problems).toEqual([]);
    expect(parsed.memory).toEqual(memory);
  });

  test.each([
    ['not JSON', '{"version":1,', /not valid JSON/],
    ['an array', '[]', /not a JSON object/],
    ['another version', '{"version":2,"clock":0,"sites":{}}', /has version 2, this build reads version 1/],
    ['null', null, /not a JSON object/],
  ])('%s: an empty memory and a clear message, no throw', (_name, input, message) => {
    const { memory, problems } = parseSiteMemory(input);
    expect(memory).toEqual(createSiteMemory());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  test('a bad site or block is dropped with a message, the rest is kept', () => {
    const good = { used: 3, blocks: { abc123: { articles: ['k1', 'k2'], seen: 3, preview: 'Keep the lantern lit' } } };
    const raw = {
      version: 1,
      clock: 5,
      sites: {
        'ferrisburg-lantern.example': good,
        'Bad Host!': good,
        PROTO: good,
        'other.example': { used: 'yesterday', blocks: {} },
        'third.example': { used: 2, blocks: { ok1: { articles: ['k1'], seen: 2 }, 'NOT-A-HASH': { articles: ['k1'], seen: 1 }, dup: { articles: ['k1', 'k1'], seen: 1 }, nokeys: { articles: [], seen: 1 } } },
      },
    };
    // JSON.parse, unlike an object literal, makes "__proto__" an own key: the case a crafted file brings.
    const { memory, problems } = parseSiteMemory(JSON.parse(JSON.stringify(raw).replace('"PROTO"', '"__proto__"')));
    expect(Object.keys(memory.sites).sort()).toEqual(['ferrisburg-lantern.example', 'third.example']);
    expect(memory.sites['ferrisburg-lantern.example']).toEqual(good);
    expect(Object.keys(memory.sites['third.example']!.blocks)).toEqual(['ok1']);
    expect(problems).toEqual([
      'site “Bad Host!” is not a host name; dropped',
      'site “__proto__” is not a host name; dropped',
      'site “other.example” needs “used” (a whole number) and “blocks” (an object); dropped',
      'a block of site “third.example” (“NOT-A-HASH”) is malformed; dropped',
      'a block of site “third.example” (“dup”) is malformed; dropped',
      'a block of site “third.example” (“nokeys”) is malformed; dropped',
    ]);
    expect(Object.getPrototypeOf(memory.sites)).toBe(Object.prototype);
  });

  test('an edited file over the caps is cut back to them, keeping the most recent', () => {
    const sites: Record<string, unknown> = {};
    for (let n = 0; n < SITE_MEMORY_LIMITS.sites + 5; n++) sites[`site${n}.example`] = { used: n, blocks: {} };
    const blocks: Record<string, unknown> = {};
    for (let n = 0; n < SITE_MEMORY_LIMITS.blocksPerSite + 5; n++) blocks[`b${n}`] = { articles: ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'], seen: n, preview: 'x'.repeat(100) };
    sites['site0.example'] = { used: 10_000, blocks };
    const { memory, problems } = parseSiteMemory({ version: 1, clock: 1, sites });
    expect(Object.keys(memory.sites)).toHaveLength(SITE_MEMORY_LIMITS.sites);
    expect(memory.sites['site0.example']).toBeDefined();
    expect(memory.sites['site1.example']).toBeUndefined();
    const kept = memory.sites['site0.example']!.blocks;
    expect(Object.keys(kept)).toHaveLength(SITE_MEMORY_LIMITS.blocksPerSite);
    expect(kept.b0).toBeUndefined();
    expect(kept[`b${SITE_MEMORY_LIMITS.blocksPerSite + 4}`]!.articles).toEqual(['k3', 'k4', 'k5', 'k6']);
    expect(kept[`b${SITE_MEMORY_LIMITS.blocksPerSite + 4}`]!.preview).toHaveLength(SITE_MEMORY_LIMITS.previewChars);
    expect(memory.clock).toBe(10_000);
    expect(problems).toEqual([`site “site0.example” has ${SITE_MEMORY_LIMITS.blocksPerSite + 5} blocks, over the cap of ${SITE_MEMORY_LIMITS.blocksPerSite}; kept the most recently seen`, `${SITE_MEMORY_LIMITS.sites + 5} sites is over the cap of ${SITE_MEMORY_LIMITS.sites}; kept the most recently used`]);
  });
});
