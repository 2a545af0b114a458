/**
 * bytes → text. Recognises UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or the zero-byte pattern of
 * BOM-less UTF-16 text), and falls back to Windows-1252 — what Norwegian Excel writes — when the bytes are
 * not valid UTF-8. Uses the platform's TextDecoder (WHATWG Encoding Standard).
 */

/** The encodings `decodeText` reports. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Whether a byte-order mark was present (and removed). */
  readonly bom: boolean;
}

/**
 * Windows-1252 bytes 0x80–0x9F (the rest equals Latin-1). Spelled out because Node's TextDecoder decodes the
 * "windows-1252" label as plain Latin-1, unlike browsers.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decode(bytes: Uint8Array, encoding: TextEncoding, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

/** Guesses BOM-less UTF-16 from zero bytes: ASCII-heavy UTF-16 has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): TextEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Decodes a text file. `encoding` forces one encoding; otherwise BOM, UTF-16 sniffing, strict UTF-8,
 * then Windows-1252, in that order.
 */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): DecodedText {
  if (encoding) {
    const bom =
      (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
      (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) ||
      (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff);
    const start = bom ? (encoding === 'utf-8' ? 3 : 2) : 0;
    return { text: decode(bytes.subarray(start), encoding), encoding, bom };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decode(bytes, utf16), encoding: utf16, bom: false };
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decode(bytes, 'windows-1252'), encoding: 'windows-1252', bom: false };
  }
}

/** True when decoded text looks like a binary file rather than a table (control characters, NULs). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control / sample.length > 0.05;
}
