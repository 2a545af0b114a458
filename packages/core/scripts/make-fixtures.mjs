// Writes the generated fixtures (encodings, xlsx, the demo class) from the plain data below, so every binary
// fixture can be rebuilt and reviewed: `node packages/core/scripts/make-fixtures.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';

const root = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const write = (path, data) => {
  mkdirSync(root + path.replace(/[^/]*$/, ''), { recursive: true });
  writeFileSync(root + path, data);
};
const csv = (rows, delimiter = ',') =>
  rows.map((row) => row.map((cell) => (/[",;\t\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(delimiter)).join('\r\n') + '\r\n';

/** Windows-1252 for the Latin-1 range used here (æøåÆØÅé). */
const cp1252 = (text) => Uint8Array.from([...text].map((c) => {
  const code = c.charCodeAt(0);
  if (code > 255) throw new Error(`not in cp1252 subset: ${c}`);
  return code;
}));
const utf16le = (text) => {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff; out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) { out[2 + 2 * i] = text.charCodeAt(i) & 0xff; out[3 + 2 * i] = text.charCodeAt(i) >> 8; }
  return out;
};
const xlsx = (sheets) => {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
};

// Tiny class, five pupils, every format. Expected nominations are listed in the tests.
const FRIENDS = 'Hvem er vennene dine?';
const NOT = 'Hvem vil du ikke være sammen med?';
const long = [
  ['respondent', 'nominee', 'question'],
  ['Åse Ødegård', 'Kari Nilsen', FRIENDS],
  ['Åse Ødegård', 'Ola Nordmann', FRIENDS],
  ['Kari Nilsen', 'Åse Ødegård', FRIENDS],
  ['Ola Nordmann', 'Per Hansen', FRIENDS],
  ['Per Hansen', 'Ola Nordmann', FRIENDS],
  ['Per Hansen', '', NOT],
  ['Ola Nordmann', 'Øystein Lie', NOT],
  ['Kari Nilsen', '', NOT],
];
write('tiny/long.csv', csv(long));
write('tiny/long-utf16le-tab.csv', utf16le(csv(long, '\t')));
write('tiny/roster.csv', csv([
  ['id', 'name', 'gender', 'support'],
  ['p1', 'Åse Ødegård', 'f', ''],
  ['p2', 'Kari Nilsen', 'f', 'yes'],
  ['p3', 'Ola Nordmann', 'm', ''],
  ['p4', 'Per Hansen', 'm', ''],
  ['p5', 'Øystein Lie', 'm', ''],
]));
// Norwegian Excel: ";" and Windows-1252, names typed loosely.
write('tiny/wide-semicolon-cp1252.csv', cp1252(csv([
  ['Navn', 'Hvem vil du sitte ved siden av? [1]', 'Hvem vil du sitte ved siden av? [2]', 'Hvem blir mobbet?'],
  ['Åse Ødegård', 'Kari N.', 'ola nordmann', ''],
  ['Kari Nilsen', 'Ase Odegard', '', 'Øystein Li'],
  ['Ola Nordmann', 'Per', 'Ola Nordmann', ''],
  ['Per Hansen', 'Ola Nordmann', 'Ola Nordmann', 'Øystein Lie'],
], ';')));
// Google Forms: checkbox question in one cell, ", "-separated; timestamp and e-mail columns.
write('tiny/google-forms.csv', csv([
  ['Tidsmerke', 'E-postadresse', 'Navn', 'Hvem liker du å leke med?', 'Hvem blir mobbet?'],
  ['2026/09/01 10:01:02', 'ase@skole.no', 'Åse Ødegård', 'Kari Nilsen, Ola Nordmann', ''],
  ['2026/09/01 10:02:40', 'kari@skole.no', 'Kari Nilsen', 'Åse Ødegård', 'Øystein Lie'],
  ['2026/09/01 10:03:12', 'ola@skole.no', 'Ola Nordmann', 'Per Hansen', ''],
  ['2026/09/01 10:04:55', 'per@skole.no', 'Per Hansen', 'Ola Nordmann, Åse Ødegård', 'Øystein Lie'],
  ['2026/09/01 10:05:30', 'oystein@skole.no', 'Øystein Lie', '', ''],
]));
// Microsoft Forms xlsx: ";"-separated multi-select with a trailing ";".
write('tiny/microsoft-forms.xlsx', xlsx([['Form1', [
  ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Who do you want to work with?', 'Who is being bullied?'],
  [1, '9/1/26 10:01:02', '9/1/26 10:03:00', 'ase@skole.no', 'Åse Ødegård', 'Kari Nilsen;Ola Nordmann;', ''],
  [2, '9/1/26 10:02:00', '9/1/26 10:04:00', 'kari@skole.no', 'Kari Nilsen', 'Åse Ødegård;', 'Øystein Lie;'],
  [3, '9/1/26 10:03:00', '9/1/26 10:05:00', 'ola@skole.no', 'Ola Nordmann', 'Per Hansen;', ''],
]], ['Notes', [['This sheet is not the survey']]]]));
// Matrix: rows choose columns.
const names = ['Åse Ødegård', 'Kari Nilsen', 'Ola Nordmann', 'Per Hansen', 'Øystein Lie'];
const matrix = [
  [0, 1, 1, 0, 0],
  [1, 0, 0, 0, 0],
  [0, 0, 0, 1, 0],
  [0, 0, 1, 0, 0],
  null,
];
write('tiny/matrix-friends.csv', csv([['', ...names], ...names.map((name, i) => [name, ...(matrix[i] ?? names.map(() => '')).map(String)])]));
write('tiny/mapping.json', JSON.stringify([
  { id: 'friends', match: 'Hvem vil du sitte ved siden av?', kind: 'positive', limit: 2 },
  { id: 'victim', match: 'Hvem blir mobbet', kind: 'victim', limit: null },
], null, 2) + '\n');

// The demo class: 7B, 25 invented pupils, Google Forms export (spread questions + one checkbox question).
const pupils = [
  ['p01', 'Åse Bjørnstad', 'f'], ['p02', 'Kari Sæther', 'f'], ['p03', 'Sigrid Håland', 'f'], ['p04', 'Ingrid Løvås', 'f'],
  ['p05', 'Emma Strøm', 'f'], ['p06', 'Nora Dahl', 'f'], ['p07', 'Sofie Eriksen', 'f'], ['p08', 'Ida Kjær', 'f'],
  ['p09', 'Maja Solberg', 'f'], ['p10', 'Thea Græsli', 'f'], ['p11', 'Frida Østby', 'f'], ['p12', 'Selma Rønning', 'f'],
  ['p13', 'Leah Ahmed', 'f'], ['p14', 'Mathias Berg', 'm'], ['p15', 'Henrik Bråten', 'm'], ['p16', 'Aksel Myhre', 'm'],
  ['p17', 'Jonas Ås', 'm'], ['p18', 'Filip Næss', 'm'], ['p19', 'Elias Haugen', 'm'], ['p20', 'Lukas Andersen', 'm'],
  ['p21', 'Jakob Moen', 'm'], ['p22', 'Oskar Vik', 'm'], ['p23', 'Per Ødegård', 'm'], ['p24', 'Øystein Lie', 'm'],
  ['p25', 'Noah Hansen', 'm'],
];
const name = Object.fromEntries(pupils.map(([id, n]) => [id, n]));
// [respondent, three friends, up to two "not with", bullied (checkbox)]; p13 did not answer.
const answers = [
  ['p01', ['p02', 'p03', 'p04'], ['p22'], []],
  ['p02', ['p01', 'p03', 'p10'], [], ['p23']],
  ['p03', ['p01', 'p02', 'p04'], ['p22'], []],
  ['p04', ['p03', 'p01', 'p11'], [], ['p23']],
  ['p05', ['p06', 'p07', 'p08'], ['p23'], []],
  ['p06', ['p05', 'p07', 'p09'], ['p23', 'p22'], ['p23']],
  ['p07', ['p05', 'p06', 'p08'], [], []],
  ['p08', ['p07', 'p05', 'p06'], [], ['p12']],
  ['p09', ['p06', 'p10', 'p11'], [], []],
  ['p10', ['p09', 'p11', 'p02'], ['p22'], ['p23', 'p12']],
  ['p11', ['p10', 'p09', 'p04'], [], []],
  ['p12', ['p09', 'p05', 'p01'], ['p22'], []],
  ['p14', ['p15', 'p16', 'p17'], ['p23'], []],
  ['p15', ['p14', 'p16', 'p22'], ['p24'], []],
  ['p16', ['p14', 'p15', 'p17'], [], ['p23']],
  ['p17', ['p16', 'p14', 'p25'], [], []],
  ['p18', ['p19', 'p20', 'p21'], ['p23'], []],
  ['p19', ['p18', 'p20', 'p21'], [], ['p23']],
  ['p20', ['p19', 'p18', 'p22'], [], []],
  ['p21', ['p18', 'p19', 'p20'], ['p24'], []],
  ['p22', ['p15', 'p20', 'p14'], ['p23', 'p24'], []],
  ['p23', ['p24', 'p17', 'p14'], ['p22'], ['p23']],
  ['p24', ['p23', 'p25'], ['p22'], ['p23', 'p24']],
  ['p25', ['p17', 'p24', 'p16'], [], []],
];
// Names as children type them: a few folded, shortened or misspelt.
const typed = { p23: 'Per Ødegard', p24: 'Øystein Li', p02: 'Kari S.', p17: 'jonas ås' };
const Q1 = 'Hvem liker du å være sammen med i friminuttet?';
const Q2 = 'Hvem vil du helst ikke være sammen med?';
const Q3 = 'Hvem i klassen blir mobbet?';
const demoRows = [
  ['Tidsmerke', 'Navn', `${Q1} [1]`, `${Q1} [2]`, `${Q1} [3]`, `${Q2} [1]`, `${Q2} [2]`, Q3],
  ...answers.map(([id, friends, not, bullied], i) => [
    `2026/09/15 09:${String(10 + i).padStart(2, '0')}:00`,
    name[id],
    ...[0, 1, 2].map((k) => (friends[k] ? (typed[friends[k]] ?? name[friends[k]]) : '')),
    ...[0, 1].map((k) => (not[k] ? name[not[k]] : '')),
    bullied.map((b) => name[b]).join(', '),
  ]),
];
write('demo/klasse-7b.csv', csv(demoRows));
write('demo/klasse-7b-excel.csv', cp1252(csv(demoRows, ';')));
write('demo/klasse-7b-roster.csv', csv([['id', 'navn', 'kjønn'], ...pupils]));
console.log('fixtures written to', root);

// fixtures/invalid: one file per error code, named after it; <CODE>.options.json holds import options
// (paths relative to fixtures/invalid/).
const invalid = (code, ext, data, options) => {
  write(`invalid/${code}.${ext}`, data);
  if (options) write(`invalid/${code}.options.json`, JSON.stringify(options, null, 2) + '\n');
};
let seed = 7;
const noise = Uint8Array.from({ length: 512 }, () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 256);
invalid('EMPTY_FILE', 'csv', '\r\n\r\n');
invalid('BINARY_FILE', 'csv', noise);
invalid('XLSX_UNREADABLE', 'xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise.subarray(0, 60)]));
invalid('SHEET_NOT_FOUND', 'xlsx', xlsx([['Høst 2026', [['Navn', 'Hvem er vennene dine?'], ['Ola', 'Kari']]]]), { sheet: 'Vår 2027' });
// Limits lowered in the options so the fixtures stay small; fixtures/hostile/ has the real bombs.
invalid('XLSX_TOO_LARGE', 'xlsx', xlsx([['Ark1', [['Navn', 'Hvem er vennene dine?'], ['Ola', 'Kari']]]]), { limits: { maxUncompressedBytes: 1000 } });
invalid('FILE_TOO_LARGE', 'csv', csv([['Navn', 'Hvem er vennene dine?'], ['Ola', 'Kari']]), { limits: { maxFileBytes: 10 } });
invalid('NO_NAME_COLUMN', 'csv', csv([['Hvem er vennene dine?', 'Hvem blir mobbet?'], ['Kari', 'Ola']]));
invalid('NO_NOMINEE_COLUMN', 'csv', csv([['respondent', 'question'], ['Ola', 'Hvem er vennene dine?']]), { format: 'long' });
invalid('NO_QUESTION_COLUMNS', 'csv', csv([['Tidsmerke', 'Navn'], ['2026/09/01 10:00', 'Ola']]));
invalid('COLUMN_NOT_FOUND', 'csv', csv([['Navn', 'Hvem er vennene dine?'], ['Ola', 'Kari']]), { columns: { respondent: 'Elevnavn' } });
invalid('MATRIX_NOT_SQUARE', 'csv', csv([['', 'Ola'], ['Ola', '0']]), { format: 'matrix' });
invalid('MAPPING_INVALID', 'csv', csv([['Navn', 'Hvem er vennene dine?'], ['Ola', 'Kari']]), { questions: 'support/mapping-bad-kind.json' });
write('invalid/support/mapping-bad-kind.json', JSON.stringify([{ match: 'Hvem er vennene dine?', kind: 'friendly' }]) + '\n');
invalid('ROSTER_NO_NAME_COLUMN', 'csv', csv([['Navn', 'Hvem er vennene dine?'], ['Ola', 'Kari']]), { roster: 'support/roster-no-name.csv' });
write('invalid/support/roster-no-name.csv', csv([['kjønn', 'klasse'], ['m', '7B']]));
invalid('ROSTER_EMPTY', 'csv', csv([['Navn', 'Hvem er vennene dine?'], ['Ola', 'Kari']]), { roster: 'support/roster-empty.csv' });
write('invalid/support/roster-empty.csv', csv([['id', 'navn']]));

// Hostile names: markup and a spreadsheet formula must always be shown as plain text.
write('tiny/hostile-names.csv', csv([
  ['Navn', 'Hvem er vennene dine? [1]', 'Hvem er vennene dine? [2]'],
  ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://example.invalid","klikk")', 'Kari'],
  ['=HYPERLINK("http://example.invalid","klikk")', 'Kari', ''],
  ['Kari', '<img src=x onerror=alert(1)>', ''],
]));

// A small class with a "who bullies" question, for planning tests: Anna and Cecilie name Fredrik.
const FR = 'Hvem er vennene dine?';
const BQ = 'Hvem mobber andre?';
write('tiny/bullying-class.csv', csv([
  ['Navn', `${FR} [1]`, `${FR} [2]`, BQ],
  ['Anna Berg', 'Bjørn Dahl', 'Cecilie Ås', 'Fredrik Moe'],
  ['Bjørn Dahl', 'Anna Berg', 'David Lie', ''],
  ['Cecilie Ås', 'Anna Berg', 'Elin Strand', 'Fredrik Moe'],
  ['David Lie', 'Bjørn Dahl', 'Håkon Vik', ''],
  ['Elin Strand', 'Cecilie Ås', 'Guro Hauge', ''],
  ['Fredrik Moe', 'Guro Hauge', 'Håkon Vik', ''],
  ['Guro Hauge', 'Fredrik Moe', 'Elin Strand', ''],
  ['Håkon Vik', 'David Lie', 'Fredrik Moe', ''],
]));
