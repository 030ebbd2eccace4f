/**
 * Site memory: learns each site's own boilerplate (blocks that several of its articles print) and
 * lets the `site-memory` rule strip it on later pages. Pure: no storage, no browser APIs. The
 * extension keeps the memory in local storage, the CLI in a file.
 */
export { forgetEverything, forgetSite, learn, learnBlocks, type LearnOutcome } from './memory';
export * from './model';
export { parseSiteMemory, serializeSiteMemory } from './serialize';
export { siteKeyOf } from './site-key';
export { siteMemoryView } from './view';
