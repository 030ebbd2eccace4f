import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtml, prescanDeclaredEncoding, sniffHtmlEncoding } from '../../cli/decode-html';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.length) - part.length);
  return out;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeHtml: the encoding a browser would pick', () => {
  it('follows a UTF-8 byte order mark over a contrary declaration, and strips the mark', () => {
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('<meta charset="windows-1252"><p>café</p>'));
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(decoded.html).toBe('<meta charset="windows-1252"><p>café</p>');
  });

  it('decodes a UTF-16LE page by its byte order mark', () => {
    const text = '<p>naïve</p>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeHtml(bytes)).toMatchObject({ html: text, encoding: 'utf-16le', source: 'bom' });
  });

  it('finds a <meta charset> declared after 1,024 bytes (where jsdom stops looking)', () => {
    const head = `<html><head>${'<meta name="x" content="padding">'.repeat(60)}<meta charset="iso-8859-1">`;
    expect(head.length).toBeGreaterThan(1024);
    const bytes = concat(ascii(head), ascii('</head><p>caf'), Uint8Array.of(0xe9), ascii('</p>'));
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', source: 'declared' });
    expect(decoded.html).toContain('<p>café</p>');
  });

  it('reads an http-equiv content-type declaration', () => {
    const bytes = concat(ascii('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>'), Uint8Array.of(0x93, 0xfa, 0x96, 0x7b), ascii('</p>'));
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.html).toContain('<p>日本</p>');
  });

  it('ignores a content charset without the http-equiv pragma, and declarations inside comments', () => {
    expect(prescanDeclaredEncoding(ascii('<meta content="text/html; charset=koi8-r">'))).toBeNull();
    expect(prescanDeclaredEncoding(ascii('<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-2">'))).toBe('iso-8859-2');
  });

  it('is not fooled by a > inside another tag’s quoted attribute', () => {
    expect(prescanDeclaredEncoding(ascii('<div title="a > <meta charset=koi8-r>"></div><meta charset="euc-kr">'))).toBe('euc-kr');
  });

  it('treats a declared UTF-16 as UTF-8 and an unknown label as no declaration', () => {
    expect(prescanDeclaredEncoding(ascii('<meta charset="utf-16">'))).toBe('utf-8');
    expect(prescanDeclaredEncoding(ascii('<meta charset="no-such-charset">'))).toBeNull();
  });

  it('takes undeclared bytes that are valid UTF-8 as UTF-8', () => {
    expect(decodeHtml(utf8('<p>Grüße, 東京</p>'))).toMatchObject({ html: '<p>Grüße, 東京</p>', encoding: 'utf-8', source: 'utf-8' });
  });

  it('falls back to windows-1252 for undeclared bytes that are not valid UTF-8', () => {
    const decoded = decodeHtml(concat(ascii('<p>'), Uint8Array.of(0x93), ascii('quoted'), Uint8Array.of(0x94, 0x20, 0x80), ascii('</p>')));
    expect(decoded).toMatchObject({ html: '<p>“quoted” €</p>', encoding: 'windows-1252', source: 'fallback' });
  });

  it('does not look for a declaration past 64 KiB', () => {
    const bytes = ascii(`${' '.repeat(70 * 1024)}<meta charset="koi8-r">`);
    expect(sniffHtmlEncoding(bytes).source).toBe('utf-8');
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/html; charset=UTF-8', 'utf-8'],
    ['text/html;charset = "iso-8859-1"', 'iso-8859-1'],
    ["text/html; charset='koi8-r'", 'koi8-r'],
    ['text/html', null],
    ['text/html; charset="unterminated', null],
  ])('%s → %s', (content, expected) => {
    expect(charsetFromContentType(content)).toBe(expected);
  });
});
