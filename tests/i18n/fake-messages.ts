import fs from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

/**
 * `browser.i18n.getMessage` for unit tests, as the browser answers it: the compiled messages of
 * one locale (locales/<lang>.yml through @wxt-dev/i18n's own compiler), with Chrome's `$1`–`$9`
 * substitutions and `$$`. English unless a test chooses another locale.
 */
export const LOCALES_DIR = path.resolve(__dirname, '../../locales');
const compiled = new Map<string, Record<string, { message: string }>>();

export function localeMessages(locale: string): Record<string, { message: string }> {
  let messages = compiled.get(locale);
  if (!messages) {
    const text = fs.readFileSync(path.join(LOCALES_DIR, `${locale}.yml`), 'utf8');
    messages = generateChromeMessages(parseMessagesText(text, 'YAML'));
    compiled.set(locale, messages);
  }
  return messages;
}

let current = 'en';
let pseudo = false;

/** Serves `locale`'s messages from now on (until the next call). */
export function useLocale(locale: string): void {
  current = locale;
}

/**
 * Every message comes back wrapped in ⟦…⟧ (English inside), so a test can find visible text that
 * did not come from a message: a string hard-coded in a component.
 */
export function usePseudoLocale(on: boolean): void {
  pseudo = on;
}

export function installFakeMessages(): void {
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string, substitutions?: string | string[]) => {
    const entry = localeMessages(current)[name] ?? localeMessages('en')[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const message = entry.message.replace(/\$(\$|[1-9])/g, (_all, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
    return pseudo && !name.startsWith('meta_') ? `⟦${message}⟧` : message;
  };
  i18n.getUILanguage = () => current.replace('_', '-');
}
