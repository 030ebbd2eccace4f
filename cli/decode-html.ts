/**
 * Turns the bytes of a saved HTML page into text the way a browser would choose its encoding,
 * for the CLI and the benchmarks (the extension gets already-decoded pages from the browser).
 *
 * Order: byte order mark → `<meta charset>` / `<meta http-equiv=content-type>` declared in the
 * first 64 KiB → valid UTF-8 → windows-1252. jsdom's own sniffing (html-encoding-sniffer) only
 * prescans 1,024 bytes, as the HTML standard allows, and many real pages declare their charset
 * after a long `<head>` preamble (docs/readability-leftovers-dev.md: a naive sniff garbles about a
 * third of real news pages), so the prescan here follows the standard's algorithm over 64 KiB.
 * Labels and decoders come from @exodus/bytes (the WHATWG Encoding Standard implementation jsdom
 * itself uses): Node 20's own TextDecoder decodes `windows-1252` as ISO-8859-1, turning curly
 * quotes and € into C1 control characters.
 */
import { labelToName, TextDecoder as WhatwgTextDecoder } from '@exodus/bytes/encoding.js';

/** How far into the page a declaration is looked for. */
export const PRESCAN_LIMIT = 64 * 1024;

export type EncodingSource = 'bom' | 'declared' | 'utf-8' | 'fallback';

export interface DecodedHtml {
  html: string;
  /** WHATWG encoding name, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  encoding: string;
  /** Which step of the sniff decided the encoding. */
  source: EncodingSource;
}

const FALLBACK_ENCODING = 'windows-1252';

/** Decodes an HTML page's bytes; never throws. */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const { encoding, source, bomLength } = sniffHtmlEncoding(bytes);
  const html = new WhatwgTextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bomLength));
  return { html, encoding, source };
}

/** The encoding a browser would pick for these bytes, and why. */
export function sniffHtmlEncoding(bytes: Uint8Array): { encoding: string; source: EncodingSource; bomLength: number } {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom.encoding, source: 'bom', bomLength: bom.length };
  const declared = prescanDeclaredEncoding(bytes);
  if (declared) return { encoding: declared, source: 'declared', bomLength: 0 };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', source: 'utf-8', bomLength: 0 };
  return { encoding: FALLBACK_ENCODING, source: 'fallback', bomLength: 0 };
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The WHATWG encoding name for a label (`latin1` → `windows-1252`), or null when unknown. The
 * `replacement` encoding (ISO-2022-KR and kin, which would decode the page to U+FFFD) counts as
 * no declaration, so the page still gets a readable decode.
 */
export function encodingForLabel(label: string): string | null {
  const name = labelToName(label.trim());
  return name && name !== 'replacement' ? name.toLowerCase() : null;
}

/**
 * A declaration as the HTML standard's "prescan a byte stream to determine its encoding" finds
 * it, over `limit` bytes instead of 1,024. A UTF-16 declaration means UTF-8 (the bytes were
 * readable as ASCII, so they are not UTF-16) and `x-user-defined` means windows-1252, as in the standard.
 */
export function prescanDeclaredEncoding(bytes: Uint8Array, limit = PRESCAN_LIMIT): string | null {
  const end = Math.min(bytes.length, limit);
  let i = 0;
  while (i < end) {
    if (bytes[i] !== LT) {
      i++;
      continue;
    }
    if (startsWith(bytes, i, '<!--')) {
      const close = indexOfSequence(bytes, '-->', i + 2, end);
      if (close === -1) return null;
      i = close + 3;
    } else if (startsWithIgnoreCase(bytes, i, '<meta') && (isSpace(bytes[i + 5]) || bytes[i + 5] === SLASH)) {
      const result = readMetaDeclaration(bytes, i + 5, end);
      if (result.encoding) return result.encoding;
      i = result.next;
    } else if (isAsciiLetter(bytes[i + 1]) || (bytes[i + 1] === SLASH && isAsciiLetter(bytes[i + 2]))) {
      // Any other tag: skip its name and attributes, so a `>` inside a quoted value cannot fool us.
      i++;
      while (i < end && !isSpace(bytes[i]) && bytes[i] !== GT) i++;
      let attribute = readAttribute(bytes, i, end);
      while (attribute.attr) attribute = readAttribute(bytes, attribute.next, end);
      i = attribute.next + 1;
    } else if (bytes[i + 1] === BANG || bytes[i + 1] === SLASH || bytes[i + 1] === QUESTION) {
      const close = bytes.indexOf(GT, i + 1);
      if (close === -1 || close >= end) return null;
      i = close + 1;
    } else {
      i++;
    }
  }
  return null;
}

/** Reads the attributes of one `<meta>` and applies the standard's pragma rules. */
function readMetaDeclaration(bytes: Uint8Array, start: number, end: number): { encoding: string | null; next: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  let attribute = readAttribute(bytes, start, end);
  while (attribute.attr) {
    const { name, value } = attribute.attr;
    if (!seen.has(name)) {
      seen.add(name);
      if (name === 'http-equiv') {
        if (value.toLowerCase() === 'content-type') gotPragma = true;
      } else if (name === 'content' && charset === null) {
        const label = charsetFromContentType(value);
        if (label !== null) {
          charset = encodingForLabel(label);
          needPragma = true;
        }
      } else if (name === 'charset') {
        charset = encodingForLabel(value);
        needPragma = false;
      }
    }
    attribute = readAttribute(bytes, attribute.next, end);
  }
  const next = attribute.next + 1;
  if (needPragma === null || (needPragma && !gotPragma) || charset === null) return { encoding: null, next };
  if (charset === 'utf-16le' || charset === 'utf-16be') return { encoding: 'utf-8', next };
  if (charset === 'x-user-defined') return { encoding: FALLBACK_ENCODING, next };
  return { encoding: charset, next };
}

/** The standard's "get an attribute": returns null at `>` or the end; `next` is where it stopped. */
function readAttribute(bytes: Uint8Array, start: number, end: number): { attr: { name: string; value: string } | null; next: number } {
  let i = start;
  while (i < end && (isSpace(bytes[i]) || bytes[i] === SLASH)) i++;
  if (i >= end || bytes[i] === GT) return { attr: null, next: i };
  let name = '';
  let value = '';
  // The name runs to `=`, whitespace, `/` or `>`.
  for (;;) {
    if (i >= end) return { attr: null, next: i };
    const c = bytes[i]!;
    if (c === EQUALS && name) {
      i++;
      break;
    }
    if (isSpace(c)) {
      while (i < end && isSpace(bytes[i])) i++;
      if (bytes[i] !== EQUALS) return { attr: { name, value }, next: i };
      i++;
      break;
    }
    if (c === SLASH || c === GT) return { attr: { name, value }, next: i };
    name += String.fromCharCode(lowerAscii(c));
    i++;
  }
  while (i < end && isSpace(bytes[i])) i++;
  if (i >= end) return { attr: null, next: i };
  const first = bytes[i]!;
  if (first === QUOTE || first === APOSTROPHE) {
    i++;
    while (i < end && bytes[i] !== first) value += String.fromCharCode(lowerAscii(bytes[i++]!));
    return { attr: { name, value }, next: i + 1 };
  }
  if (first === GT) return { attr: { name, value }, next: i };
  while (i < end && !isSpace(bytes[i]) && bytes[i] !== GT) value += String.fromCharCode(lowerAscii(bytes[i++]!));
  return { attr: { name, value }, next: i };
}

/** The standard's "extract a character encoding from a meta element" (`text/html; charset=…`). */
export function charsetFromContentType(content: string): string | null {
  const lower = content.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf('charset', from);
    if (at === -1) return null;
    let i = at + 7;
    while (/\s/.test(lower[i] ?? '')) i++;
    if (lower[i] !== '=') {
      from = at + 7;
      continue;
    }
    i++;
    while (/\s/.test(lower[i] ?? '')) i++;
    const quote = lower[i];
    if (quote === '"' || quote === "'") {
      const close = lower.indexOf(quote, i + 1);
      return close === -1 ? null : lower.slice(i + 1, close);
    }
    const match = /^[^\s;]+/.exec(lower.slice(i));
    return match ? match[0] : null;
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function isSpace(c: number | undefined): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function isAsciiLetter(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function startsWith(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) if (bytes[at + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

function startsWithIgnoreCase(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) {
    const c = bytes[at + k];
    if (c === undefined || lowerAscii(c) !== ascii.charCodeAt(k)) return false;
  }
  return true;
}

function indexOfSequence(bytes: Uint8Array, ascii: string, from: number, end: number): number {
  for (let i = from; i + ascii.length <= end; i++) if (startsWith(bytes, i, ascii)) return i;
  return -1;
}
