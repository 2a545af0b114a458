import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode-text.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeText(bytes)', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('Åse;Ørjan'))).toEqual({ text: 'Åse;Ørjan', encoding: 'utf-8', bom: false });
  });
  it('strips a UTF-8 BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: 'A', encoding: 'utf-8', bom: true });
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0xe6, 0x00, 0x41, 0x00)).text).toBe('æA');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0xe6, 0x00, 0x41))).toMatchObject({ text: 'æA', encoding: 'utf-16be' });
  });
  it('recognises BOM-less UTF-16 LE from its zero bytes', () => {
    const text = 'navn,valgt\r\nOla,Kari\r\n';
    const data = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) data[2 * i] = text.charCodeAt(i);
    expect(decodeText(data)).toMatchObject({ text, encoding: 'utf-16le' });
  });
  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Ødegård" in Windows-1252; 0x80 is the euro sign there, not a Latin-1 control.
    expect(decodeText(bytes(0xd8, 0x64, 0x65, 0x67, 0xe5, 0x72, 0x64, 0x80))).toEqual({ text: 'Ødegård€', encoding: 'windows-1252', bom: false });
  });
  it('honours a forced encoding', () => {
    expect(decodeText(bytes(0xc3, 0xa6), 'windows-1252').text).toBe('Ã¦');
  });
});

describe('looksBinary(text)', () => {
  it('is false for tables and true for control-character noise', () => {
    expect(looksBinary('a,b\tc\r\n1,2,3')).toBe(false);
    expect(looksBinary('\u0000\u0001\u0002abc\u0003\u0004')).toBe(true);
  });
});
