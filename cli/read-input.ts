import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeHtml, type EncodingSource } from './decode-html';

/** Largest page (after gunzip) the CLI and the benchmarks accept; real article pages are < 5 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  /** Where `-` reads from; injected so tests need no real stdin. */
  stdin?: () => Promise<Uint8Array>;
}

export type HtmlInput =
  /** `warning`: read, but not as its name says (a `.gz` file that is not gzip). */
  | { ok: true; html: string; encoding: string; encodingSource: EncodingSource; bytes: number; warning?: string }
  | { ok: false; error: string };

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Reads one page given as a path (`.html`, `.html.gz`, or any gzip by its magic bytes) or `-` for
 * stdin, and decodes it as a browser would. Never throws: each bad input gets one sentence that
 * says what is wrong with it.
 */
export async function readHtmlInput(file: string, options: ReadOptions = {}): Promise<HtmlInput> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let raw: Uint8Array;
  if (file === '-') {
    try {
      raw = await (options.stdin ?? (() => readStdin(maxBytes)))();
    } catch (error) {
      return { ok: false, error: `could not read standard input: ${describe(error)}` };
    }
  } else {
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      const code = info.code;
      return { ok: false, error: code === 'ENOENT' ? 'no such file' : `cannot read it: ${describe(info)}` };
    }
    if (info.isDirectory()) return { ok: false, error: 'is a directory, not an HTML file' };
    if (!info.isFile()) return { ok: false, error: 'is not a regular file' };
    if (info.size > maxBytes) return { ok: false, error: `is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit` };
    try {
      raw = await readFile(file);
    } catch (error) {
      return { ok: false, error: `cannot read it: ${describe(error)}` };
    }
  }
  const decoded = decodeInputBytes(raw, maxBytes);
  if (decoded.ok && /\.gz$/i.test(file) && !(raw[0] === GZIP_MAGIC[0] && raw[1] === GZIP_MAGIC[1])) {
    return { ...decoded, warning: 'is named .gz but is not gzip-compressed; read it as plain HTML' };
  }
  return decoded;
}

/** The checks and decoding shared by files and stdin, on bytes already read. */
export function decodeInputBytes(raw: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): HtmlInput {
  if (raw.length > maxBytes) return { ok: false, error: `is ${formatBytes(raw.length)}, over the ${formatBytes(maxBytes)} limit` };
  let bytes = raw;
  if (raw[0] === GZIP_MAGIC[0] && raw[1] === GZIP_MAGIC[1]) {
    try {
      // maxOutputLength stops a small gzip bomb from filling memory before the size check.
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, error: `unpacks to more than the ${formatBytes(maxBytes)} limit` };
      return { ok: false, error: `is not valid gzip (${describe(error)})` };
    }
  }
  if (bytes.length === 0 || isBlank(bytes)) return { ok: false, error: 'is empty' };
  if (looksBinary(bytes)) return { ok: false, error: 'looks binary (NUL bytes), not an HTML page' };
  const decoded = decodeHtml(bytes);
  return { ok: true, html: decoded.html, encoding: decoded.encoding, encodingSource: decoded.source, bytes: bytes.length };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09) return false;
  return true;
}

/**
 * NUL bytes do not occur in HTML text in any ASCII-compatible encoding; a UTF-16 page (which is
 * full of them) starts with its byte order mark, so it is let through.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul++;
  return nul > 0 && nul / sample.length > 0.001;
}

/** Reads stdin, stopping just past `maxBytes` so an endless stream is refused, not buffered. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > maxBytes) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
