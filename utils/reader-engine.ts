import type { cleanArticle } from '../core/index';

/**
 * The hand-over between the engine script (entrypoints/reader-engine.content.ts) and the reader
 * script in a tab: both run in the extension's content-script world of the page, where the engine
 * script leaves the engine under this name. Only pages the extension's cleaning context cannot
 * take need it (entrypoints/reader.content/clean-page.ts).
 */
export const READER_ENGINE_GLOBAL = '__quietReaderEngine';
export type ReaderEngine = typeof cleanArticle;
/** The engine script's path in the built extension. */
export const READER_ENGINE_SCRIPT = '/content-scripts/reader-engine.js';
