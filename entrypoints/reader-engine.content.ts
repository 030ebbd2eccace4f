import { cleanArticle } from '../core/index';
import { READER_ENGINE_GLOBAL } from '../utils/reader-engine';

/**
 * The engine, for the rare page the extension's cleaning context cannot take (a `file:` page, a
 * page past the message size; entrypoints/reader.content/clean-page.ts). Injected by the
 * background on the reader's request, into the same tab and frame, with the access the reader's
 * trigger granted; `registration: 'runtime'` with no `matches`, so the manifest gains nothing.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    (globalThis as unknown as Record<string, unknown>)[READER_ENGINE_GLOBAL] = cleanArticle;
  },
});
