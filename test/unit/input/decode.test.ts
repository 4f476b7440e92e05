import { describe, it, expect } from 'vitest';
import { decodeText, looksBinary, normalizeText } from '../../../src/input/decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** UTF-16 code units of `s` as little- or big-endian bytes. */
const utf16 = (s: string, le: boolean) => [...s].flatMap((c) => (le ? [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8] : [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));

describe('decodeText', () => {
  it('reads plain UTF-8, multi-byte characters included', () => {
    expect(decodeText(new TextEncoder().encode('Café – naïve'))).toEqual({ text: 'Café – naïve', encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...ascii('Java')))).toEqual({ text: 'Java', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE with a BOM', () => {
    expect(decodeText(bytes(0xff, 0xfe, ...utf16('Go é', true)))).toEqual({ text: 'Go é', encoding: 'utf-16le' });
  });

  it('reads UTF-16 BE with a BOM', () => {
    expect(decodeText(bytes(0xfe, 0xff, ...utf16('Go é', false)))).toEqual({ text: 'Go é', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8 (Latin-1 range)', () => {
    expect(decodeText(bytes(...ascii('caf'), 0xe9, 0x20, 0xfc, 0xdf))).toEqual({ text: 'café üß', encoding: 'windows-1252' });
  });

  // Node's own windows-1252 decoder maps 0x80-0x9F to C1 controls on some releases
  // (nodejs/node#60888); decode.ts uses its own table.
  it('decodes the Windows-1252 0x80-0x9F block (smart quotes, en dash, euro)', () => {
    expect(decodeText(bytes(0x93, ...ascii('caf'), 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80))).toEqual({
      text: '“café” – €',
      encoding: 'windows-1252',
    });
  });

  it('reads empty input as empty UTF-8', () => {
    expect(decodeText(bytes())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('looksBinary', () => {
  it('is false for text and for empty input', () => {
    expect(looksBinary(new TextEncoder().encode('Senior Engineer\r\n\tPython\f'))).toBe(false);
    expect(looksBinary(bytes())).toBe(false);
  });

  it('is true when there is a NUL byte', () => {
    expect(looksBinary(bytes(...ascii('PK'), 0, 3, 4))).toBe(true);
  });

  it('is false for UTF-16 text with a BOM, despite its NUL bytes', () => {
    expect(looksBinary(bytes(0xff, 0xfe, ...utf16('Java', true)))).toBe(false);
    expect(looksBinary(bytes(0xfe, 0xff, ...utf16('Java', false)))).toBe(false);
  });

  it('is true when more than 10% of the bytes are control characters', () => {
    expect(looksBinary(bytes(...ascii('abcdefgh'), 1, 2))).toBe(true);
    expect(looksBinary(bytes(...ascii('abcdefghijklmnopqrs'), 1))).toBe(false);
  });

  it('looks only at the first 8 KiB', () => {
    const b = new Uint8Array(9000).fill(0x61);
    b[8500] = 0;
    expect(looksBinary(b)).toBe(false);
  });
});

describe('normalizeText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('removes NUL, stray BOMs and soft hyphens', () => {
    expect(normalizeText('\ufeffdevel\u00adoper\u0000')).toBe('developer');
  });
});
