import { foldText } from './normalize';

/**
 * A short, stable hash of a block's folded text (cyrb53, 53 bits, base 36). Stored instead of the
 * text itself so that "always keep" rules and site memory never keep what a reader read.
 */
export function fingerprintText(text: string): string {
  const folded = foldText(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < folded.length; i++) {
    const ch = folded.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
