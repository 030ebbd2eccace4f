import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { LOCALES_DIR } from './fake-messages';

/**
 * The contract of locales/*.yml: every locale has every message of the default locale (en), with
 * the same {placeholders}, and the plural forms its own language needs (Intl.PluralRules); no
 * locale has a message en lacks; and every message is used somewhere in the extension's code.
 */
const PLURAL = /\.(zero|one|two|few|many|other)$/;
const LOCALES = fs.readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.yml')).map((file) => file.replace(/\.yml$/, ''));

function messagesOf(locale: string): Map<string, string> {
  const parsed = parseMessagesText(fs.readFileSync(path.join(LOCALES_DIR, `${locale}.yml`), 'utf8'), 'YAML');
  return new Map(parsed.filter((message) => !message.key[0]!.startsWith('@@')).map((message) => [message.key.join('.'), 'message' in message ? String(message.message) : '']));
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const en = messagesOf('en');
/** Plural groups: base key → the placeholders of its forms. */
const pluralBases = new Map<string, string[]>();
for (const [key, text] of en) if (PLURAL.test(key)) pluralBases.set(key.replace(PLURAL, ''), placeholders(text));
const plainKeys = [...en.keys()].filter((key) => !PLURAL.test(key));

/** The categories a language uses for whole numbers (counts are whole), and "other", which `plural()` falls back to. */
function neededCategories(tag: string): string[] {
  const rules = new Intl.PluralRules(tag);
  const used = new Set<string>(['other']);
  for (let n = 0; n <= 1000; n++) used.add(rules.select(n));
  return [...used].sort();
}

describe('locales/*.yml', () => {
  it('has the eight interface languages', () => {
    expect(LOCALES.sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt_BR']);
  });

  describe.each(LOCALES.filter((locale) => locale !== 'en'))('%s', (locale) => {
    const messages = messagesOf(locale);
    const tag = messages.get('meta.locale') ?? '';

    it('names its own language tag, as Intl understands it', () => {
      expect(Intl.getCanonicalLocales(tag)[0]).toBe(locale.replace('_', '-'));
    });

    it('has every plain message, with the same placeholders', () => {
      const missing = plainKeys.filter((key) => !messages.has(key));
      expect(missing).toEqual([]);
      const different = plainKeys.filter((key) => placeholders(messages.get(key) ?? '').join() !== placeholders(en.get(key)!).join());
      expect(different).toEqual([]);
    });

    it('has the plural forms its language needs for every plural message, no others', () => {
      const needed = neededCategories(tag);
      const problems: string[] = [];
      for (const [base, names] of pluralBases) {
        const forms = [...messages.keys()].filter((key) => key.replace(PLURAL, '') === base && PLURAL.test(key)).map((key) => PLURAL.exec(key)![1]!).sort();
        if (forms.join() !== needed.join()) problems.push(`${base}: has ${forms.join('/') || 'nothing'}, needs ${needed.join('/')}`);
        for (const form of forms) if (placeholders(messages.get(`${base}.${form}`)!).join() !== names.join()) problems.push(`${base}.${form}: placeholders differ from en`);
      }
      expect(problems).toEqual([]);
    });

    it('has no message the default locale lacks', () => {
      const extra = [...messages.keys()].filter((key) => !en.has(key) && !pluralBases.has(key.replace(PLURAL, '')));
      expect(extra).toEqual([]);
    });

    it('is translated, not copied: most messages differ from English', () => {
      const same = plainKeys.filter((key) => messages.get(key) === en.get(key) && /[a-z]{4}/.test(en.get(key)!));
      expect(same.length / plainKeys.length).toBeLessThan(0.1);
    });
  });

  it('every message is used by the extension (a key in the code, or __MSG_…__ in the manifest)', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|tsx)$/.test(entry.name)) sources.push(fs.readFileSync(full, 'utf8'));
      }
    };
    for (const dir of ['components', 'entrypoints', 'utils']) walk(path.resolve(dir));
    sources.push(fs.readFileSync(path.resolve('wxt.config.ts'), 'utf8'));
    const code = sources.join('\n');
    const used = (key: string) => code.includes(`'${key}'`) || code.includes(`__MSG_${key.replace(/\./g, '_')}__`);
    const unused = [...plainKeys.filter((key) => key !== 'meta.locale' && key !== 'meta.dir'), ...pluralBases.keys()].filter((key) => !used(key));
    expect(unused).toEqual([]);
    // The two meta keys are read by utils/i18n/index.ts.
    expect(code).toContain("'meta.locale'");
    expect(code).toContain("'meta.dir'");
  });
});
