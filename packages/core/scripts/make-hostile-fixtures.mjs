// Writes fixtures/hostile/: files made to break the importer, the analysis and the planners (issue 22).
// Every file is rebuilt from the code below: `node packages/core/scripts/make-hostile-fixtures.mjs`.
// fixtures/hostile/README.md says what each file attacks and how the CLI must answer it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../../../fixtures/hostile/', import.meta.url));
mkdirSync(root, { recursive: true });
const write = (name, data) => writeFileSync(root + name, data);
const csv = (rows, delimiter = ',') =>
  rows.map((row) => row.map((cell) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter)).join('\r\n') + '\r\n';
const json = (value) => `${JSON.stringify(value)}\n`;
const xlsx = (rows) => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Svar');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
};
const crc32 = (bytes) => zlibCrc32(bytes);

/**
 * A zip archive from entries {name, data (uncompressed, or null with `stream` given), method, declared sizes}.
 * Sizes may be declared falsely on purpose (`declaredSize`).
 */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const method = entry.method ?? 8;
    const body = entry.stream ?? (method === 8 ? deflateRawSync(entry.data, { level: 9 }) : entry.data);
    const size = entry.declaredSize ?? entry.data?.length ?? 0;
    const crc = entry.data ? crc32(entry.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// ---- xlsx: bombs and corrupt archives --------------------------------------------------------------
const small = xlsx([['Navn', 'Hvem er vennene dine? [1]'], ['Ola', 'Kari'], ['Kari', 'Ola']]);
/** Deflate stream of `megabytes` MiB of sheet rows (about 1,000 : 1). */
const bombStream = (megabytes) => {
  const head = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const row = '<row r="1"><c r="A1" t="inlineStr"><is><t>Ola</t></is></c></row>';
  const body = Buffer.alloc(megabytes * 1024 * 1024, row);
  body.write(head, 0);
  return deflateRawSync(body, { level: 9 });
};
/** The entries of a real workbook; the bombs replace its sheet, so they are otherwise valid xlsx files. */
const workbook = Object.entries(unzipSync(small)).map(([name, data]) => ({ name, data }));
const withSheet = (sheet) => workbook.map((entry) => (entry.name === 'xl/worksheets/sheet1.xml' ? { name: entry.name, data: null, ...sheet } : entry));
const sheetXml = workbook.find((entry) => entry.name === 'xl/worksheets/sheet1.xml').data;

// 1 GiB sheet declared honestly: refused on the declared size.
write('xlsx-bomb-declared.xlsx', zip(withSheet({ stream: bombStream(1024), declaredSize: 1024 * 1024 * 1024 })));
// The same stream declared as the small sheet's size (local and central headers lie): refused when inflating passes it.
write('xlsx-bomb-lying.xlsx', zip(withSheet({ stream: bombStream(1024), declaredSize: sheetXml.length })));
// 30 MiB in one entry at about 1,000 : 1, under the total size limit: refused on the ratio.
write('xlsx-bomb-ratio.xlsx', zip(withSheet({ stream: bombStream(30), declaredSize: 30 * 1024 * 1024 })));
// 5,000 tiny entries: refused on the entry count.
write('xlsx-many-entries.xlsx', zip(Array.from({ length: 5_000 }, (_, i) => ({ name: `x/${i}`, data: new Uint8Array(0), method: 0 }))));
// Central directory claims 65,535 entries, holds one.
{
  const file = Buffer.from(small);
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  file.writeUInt16LE(0xffff, end + 8);
  file.writeUInt16LE(0xffff, end + 10);
  write('xlsx-count-lies.xlsx', file);
}
// Central directory offset past the end of the file.
{
  const file = Buffer.from(small);
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  file.writeUInt32LE(0x7fffffff, end + 16);
  write('xlsx-directory-outside.xlsx', file);
}
// Cut in half: no end-of-central-directory record.
write('xlsx-truncated.xlsx', small.subarray(0, Math.floor(small.length / 2)));
// Deflate data overwritten with noise (seeded), headers intact: several variants.
{
  let state = 22;
  const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let k = 1; k <= 5; k++) {
    const file = Buffer.from(small);
    const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const from = 40;
    for (let i = from; i < end; i++) if (file[i - 1] !== 0x50 && random() < 0.05 * k) file[i] = Math.floor(random() * 256);
    write(`xlsx-noise-${k}.xlsx`, file);
  }
}
// Zip64 markers in the end record.
{
  const file = Buffer.from(small);
  const end = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  file.writeUInt32LE(0xffffffff, end + 12);
  file.writeUInt32LE(0xffffffff, end + 16);
  write('xlsx-zip64-marker.xlsx', file);
}
// A real workbook whose sheet is stored with an unknown compression method.
write('xlsx-unknown-method.xlsx', zip(withSheet({ data: sheetXml, method: 99 })));

// ---- surveys: prototype-key names in every position ---------------------------------------------------
const PROTO = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'prototype'];
const q = (name) => name; // question texts are names too
write('proto-long.csv', csv([
  ['respondent', 'nominee', 'question', 'wave'],
  ...PROTO.flatMap((from, i) => [
    [from, PROTO[(i + 1) % PROTO.length], 'constructor', '__proto__'],
    [from, PROTO[(i + 2) % PROTO.length], 'constructor', '__proto__'],
    [from, PROTO[(i + 3) % PROTO.length], q('toString'), '__proto__'],
  ]),
]));
write('proto-wide.csv', csv([
  ['Navn', 'constructor [1]', 'constructor [2]', 'Hvem vil du ikke være sammen med? [1]', '__proto__'],
  ...PROTO.map((from, i) => [from, PROTO[(i + 1) % PROTO.length], PROTO[(i + 2) % PROTO.length], PROTO[(i + 4) % PROTO.length], PROTO[(i + 3) % PROTO.length]]),
]));
write('proto-matrix.csv', csv([['', ...PROTO], ...PROTO.map((from, i) => [from, ...PROTO.map((_, j) => (j === (i + 1) % PROTO.length || j === (i + 2) % PROTO.length ? '1' : '0'))])]));
write('proto-roster.csv', csv([['id', 'name', '__proto__', 'constructor'], ...PROTO.map((name) => [name, name, 'toString', '__proto__'])]));
write('proto-wide.xlsx', xlsx([
  ['Navn', 'constructor [1]', 'constructor [2]', '__proto__'],
  ...PROTO.map((from, i) => [from, PROTO[(i + 1) % PROTO.length], PROTO[(i + 2) % PROTO.length], PROTO[(i + 3) % PROTO.length]]),
]));
write('proto-problem.json', json({
  version: 1,
  pupils: PROTO.concat(['Ola', 'Kari', 'Per', 'Åse', 'Nils']).map((id, i) => ({ id, name: id, gender: i % 2 ? 'constructor' : '__proto__', previousClass: i % 3 ? 'toString' : 'valueOf', vulnerable: id === '__proto__', powerful: id === 'Nils' })),
  positive: [['__proto__', 'constructor'], ['constructor', '__proto__'], ['toString', 'valueOf'], ['valueOf', 'toString'], ['hasOwnProperty', 'Ola'], ['prototype', '__proto__']],
  negative: [['toString', 'Kari']],
  bullying: [['Per', '__proto__']],
  separate: [['valueOf', 'Åse']],
  together: [['constructor', '__proto__'], ['toString', 'hasOwnProperty']],
  previousPairs: [['__proto__', 'valueOf']],
  locks: JSON.parse('{"__proto__": 0, "constructor": 0, "toString": 1}'),
  groupSize: 3,
  classCount: 3,
}));

// 60 pupils who all choose everyone outside their own three: 3^20 (3.5 billion) maximal mutual cliques.
{
  const pupils = Array.from({ length: 60 }, (_, i) => `Elev ${String(i + 1).padStart(2, '0')}`);
  const rows = [['respondent', 'nominee', 'question']];
  for (let i = 0; i < 60; i++) for (let j = 0; j < 60; j++) if (Math.floor(i / 3) !== Math.floor(j / 3)) rows.push([pupils[i], pupils[j], 'Hvem er vennene dine?']);
  write('cliques-60.csv', csv(rows));
}

// ---- huge and odd inputs ------------------------------------------------------------------------------
// 20,000 pupils naming three each (1.2 MB): past the 5,000-name limit (matching and analysis grow with n²).
write('pupils-20000.csv', `respondent,nominee,question\r\n${Array.from({ length: 20_000 }, (_, i) => [1, 2, 3].map((k) => `P${i},P${(i * 7 + k) % 20_000},Venner\r\n`).join('')).join('')}`);
// 101 questions, each with its own wording (the analysis takes at most 100).
{
  const label = (i) => `Hvem liker du ${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`;
  write('questions-101.csv', csv([['Navn', ...Array.from({ length: 101 }, (_, i) => label(i))], ...[['Ola', 'Kari'], ['Kari', 'Per'], ['Per', 'Ola']].map(([from, to]) => [from, ...new Array(101).fill(to)])]));
}
write('duplicates-150000.csv', `respondent,nominee,question\r\n${'Ola,Kari,V\r\n'.repeat(150_000)}Kari,Ola,V\r\n`);
const ESC = ['\u001b[2J\u001b[HOla', 'Kari\u001b]0;hacked\u0007', 'Per\u001b[31mRED\u001b[0m', 'Åse\rNils', 'Back\u0008\u0008\u0008X', 'C1\u009b31mX', 'Bidi\u202eesrever'];
// Under 5 % control characters, so the file is read as text (a file with more is refused as BINARY_FILE).
const FILLER = ['Ola Nordmann', 'Kari Nilsen', 'Per Hansen', 'Åse Ødegård', 'Nils Lie', 'Liv Berg', 'Tor Dahl', 'Eva Moe'];
const escapeRows = [
  ['respondent', 'nominee', 'question'],
  ...ESC.flatMap((from, i) => [[from, ESC[(i + 1) % ESC.length], 'Hvem er vennene dine?\u001b[5m'], [from, FILLER[i], 'Hvem er vennene dine?\u001b[5m']]),
  ...FILLER.flatMap((from, i) => [[from, FILLER[(i + 1) % FILLER.length], 'Hvem er vennene dine?\u001b[5m'], [from, ESC[i % ESC.length], 'Hvem er vennene dine?\u001b[5m'], [from, FILLER[(i + 2) % FILLER.length], 'Hvem er vennene dine?\u001b[5m']]),
];
write('escape-codes.csv', csv(escapeRows));
write('escape-codes.xlsx', xlsx(escapeRows));
write('escape-codes-problem.json', json({
  version: 1,
  pupils: ESC.map((name, i) => ({ id: `p${i}`, name })),
  positive: ESC.map((_, i) => [`p${i}`, `p${(i + 1) % ESC.length}`]),
  bullying: [['p0', 'p1']],
  groupSize: 3,
  classCount: 2,
}));
const ids = (n) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));
write('pupils-100000-problem.json', json({ version: 1, pupils: ids(100_000), groupSize: 4, classCount: 4 }));
write('pupils-10000-problem.json', json({
  version: 1,
  pupils: ids(10_000),
  positive: Array.from({ length: 10_000 }, (_, i) => [`p${i}`, `p${(i * 7 + 1) % 10_000}`]),
  groupSize: 4,
  classCount: 400,
}));
// At the planners' size limits (docs/planning.md § Size): planned within the time limit, figures in pnpm bench.
const friendly = (n, extra) => json({
  version: 1,
  pupils: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, gender: i % 2 ? 'j' : 'g' })),
  positive: Array.from({ length: n }, (_, i) => [[`p${i}`, `p${(i + 1) % n}`], [`p${i}`, `p${(i + 2) % n}`]]).flat(),
  ...extra,
});
write('pupils-2000-problem.json', friendly(2000, { classCount: 80 }));
write('pupils-300-problem.json', friendly(300, { groupSize: 4 }));
write('together-chain-10000-problem.json', json({
  version: 1,
  pupils: ids(10_000),
  together: Array.from({ length: 9_999 }, (_, i) => [`p${i}`, `p${i + 1}`]),
  groupSize: 4,
  classCount: 2,
}));
write('together-chain-2000-problem.json', json({
  version: 1,
  pupils: ids(2_000),
  together: Array.from({ length: 1_999 }, (_, i) => [`p${i}`, `p${i + 1}`]),
  groupSize: 4,
  classCount: 2,
}));
write('layout-pairs.json', json({ kind: 'pairs', rows: 2, desksPerRow: 4 }));
