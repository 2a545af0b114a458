/**
 * Zip archive (xlsx) → its entries, within limits checked before anything is inflated: the central
 * directory is read here (PKWARE APPNOTE 6.3.10 §4.3.12–4.3.16), every count, offset and declared size
 * checked against the file and the ImportLimits, and only then each entry inflated (fflate, in 16 KiB pieces)
 * into a buffer of its declared size: an entry that inflates past what it declared is stopped there and refused. Zip64, split
 * archives and encryption are refused: no spreadsheet needs them.
 */
import { Inflate } from 'fflate';
import { byteText, type ImportLimits } from './import-limits.ts';

export type ZipResult =
  | { readonly ok: true; readonly entries: ReadonlyMap<string, Uint8Array> }
  | { readonly ok: false; readonly reason: 'unreadable' | 'too-large'; readonly detail: string };

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The end-of-central-directory record: searched backwards over at most the record and a 64 KiB comment. */
function findEnd(bytes: Uint8Array): number {
  const last = bytes.length - END_SIZE;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (u32(bytes, at) === END_SIGNATURE) return at;
  return -1;
}

/** Reads the central directory and checks it against the file and the limits; inflates nothing. */
export function listZip(bytes: Uint8Array, limits: ImportLimits): { ok: true; entries: Entry[] } | Extract<ZipResult, { ok: false }> {
  const unreadable = (detail: string) => ({ ok: false as const, reason: 'unreadable' as const, detail });
  const tooLarge = (detail: string) => ({ ok: false as const, reason: 'too-large' as const, detail });
  const end = findEnd(bytes);
  if (end < 0) return unreadable('the zip directory at the end of the file is missing (the file may be cut short)');
  const disk = u16(bytes, end + 4);
  const directoryDisk = u16(bytes, end + 6);
  const onDisk = u16(bytes, end + 8);
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return unreadable('it is a Zip64 archive, which no spreadsheet needs');
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count) return unreadable('it is a split (multi-part) archive');
  if (count > limits.maxEntries) return tooLarge(`it holds ${count} files; the limit is ${limits.maxEntries}`);
  if (directoryOffset + directorySize > end) return unreadable('the zip directory points outside the file');

  const entries: Entry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let k = 0; k < count; k++) {
    if (at + CENTRAL_SIZE > end || u32(bytes, at) !== CENTRAL_SIGNATURE) return unreadable(`the zip directory lists ${count} files but entry ${k + 1} is damaged`);
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) return unreadable(`entry ${k + 1} of the zip directory runs past its end`);
    const name = new TextDecoder().decode(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    if (flags & 1) return unreadable(`"${shown(name)}" is encrypted`);
    if (method !== 0 && method !== 8) return unreadable(`"${shown(name)}" uses compression method ${method}; xlsx files use deflate (8) or none (0)`);
    if (compressed === 0xffffffff || size === 0xffffffff) return unreadable(`"${shown(name)}" has Zip64 sizes`);
    if (localOffset + LOCAL_SIZE + compressed > directoryOffset) return unreadable(`"${shown(name)}" points outside the file`);
    if (method === 0 && compressed !== size) return unreadable(`"${shown(name)}" is stored uncompressed but declares two different sizes`);
    total += size;
    if (total > limits.maxUncompressedBytes) return tooLarge(`its files declare more than ${byteText(limits.maxUncompressedBytes)} uncompressed (the limit)`);
    if (size > limits.ratioFloorBytes && size > limits.maxRatio * Math.max(compressed, 1)) {
      return tooLarge(`"${shown(name)}" would expand ${Math.round(size / Math.max(compressed, 1))} times (${byteText(compressed)} → ${byteText(size)}); the limit is ${limits.maxRatio} times`);
    }
    entries.push({ name, method, compressed, size, localOffset });
    at = next;
  }
  return { ok: true, entries };
}

const PIECE = 16 * 1024;

/**
 * Inflates raw deflate data into exactly `size` bytes, in pieces, stopping as soon as the output passes `size`
 * (a piece of 16 KiB inflates to at most about 16 MiB), so time and memory stay bounded by the declared size.
 */
function inflateWithin(data: Uint8Array, size: number): Uint8Array | 'damaged' | 'too-large' | 'short' {
  const out = new Uint8Array(size);
  let length = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over || length + chunk.length > size) {
      over = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !over; at += PIECE) inflater.push(data.subarray(at, at + PIECE), at + PIECE >= data.length);
  } catch {
    return over ? 'too-large' : 'damaged';
  }
  if (over) return 'too-large';
  return length === size ? out : 'short';
}

/** A name from the archive, safe to show: control characters replaced, at most 80 characters. */
const shown = (name: string) => {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
};

/** Every entry of the archive, inflated within the limits. */
export function readZip(bytes: Uint8Array, limits: ImportLimits): ZipResult {
  const listed = listZip(bytes, limits);
  if (!listed.ok) return listed;
  const entries = new Map<string, Uint8Array>();
  for (const entry of listed.entries) {
    const local = entry.localOffset;
    if (u32(bytes, local) !== LOCAL_SIGNATURE) return { ok: false, reason: 'unreadable', detail: `"${shown(entry.name)}" has no local header where the directory says` };
    const start = local + LOCAL_SIZE + u16(bytes, local + 26) + u16(bytes, local + 28);
    const data = bytes.subarray(start, start + entry.compressed);
    if (start + entry.compressed > bytes.length || data.length !== entry.compressed) return { ok: false, reason: 'unreadable', detail: `"${shown(entry.name)}" runs past the end of the file` };
    if (entry.method === 0) {
      entries.set(entry.name, data);
      continue;
    }
    const inflated = inflateWithin(data, entry.size);
    if (inflated === 'damaged') return { ok: false, reason: 'unreadable', detail: `"${shown(entry.name)}" is damaged (its compressed data cannot be read)` };
    if (inflated === 'too-large') return { ok: false, reason: 'too-large', detail: `"${shown(entry.name)}" inflates past the ${byteText(entry.size)} it declares (a zip bomb or a damaged file)` };
    if (inflated === 'short') return { ok: false, reason: 'unreadable', detail: `"${shown(entry.name)}" is shorter than it declares (a damaged file)` };
    entries.set(entry.name, inflated);
  }
  return { ok: true, entries };
}
