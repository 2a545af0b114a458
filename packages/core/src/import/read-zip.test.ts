import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { fixture } from '../../test/fixture.ts';
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { DEFAULT_IMPORT_LIMITS } from './import-limits.ts';
import { importSurvey } from './import-survey.ts';
import { listZip, readZip } from './read-zip.ts';

const limits = DEFAULT_IMPORT_LIMITS;

describe('readZip(bytes, limits)', () => {
  it('reads every entry of a real workbook', () => {
    const zip = readZip(fixture('tiny/microsoft-forms.xlsx'), limits);
    expect(zip.ok).toBe(true);
    if (zip.ok) expect([...zip.entries.keys()]).toContain('xl/workbook.xml');
  });

  it('returns stored and deflated entries byte for byte', () => {
    const text = new TextEncoder().encode('Ola;Kari;'.repeat(1000));
    for (const level of [0, 6] as const) {
      const zip = readZip(zipSync({ 'a.txt': text, 'b/empty.txt': new Uint8Array(0) }, { level }), limits);
      expect(zip.ok && [...zip.entries.get('a.txt')!]).toEqual([...text]);
      expect(zip.ok && zip.entries.get('b/empty.txt')!.length).toBe(0);
    }
  });

  it.each([
    ['xlsx-bomb-declared.xlsx', 'too-large', /declare more than 64 MiB/],
    ['xlsx-bomb-lying.xlsx', 'too-large', /inflates past the 678 bytes it declares/],
    ['xlsx-bomb-ratio.xlsx', 'too-large', /would expand 343 times/],
    ['xlsx-many-entries.xlsx', 'too-large', /5000 files; the limit is 1000/],
    ['xlsx-count-lies.xlsx', 'unreadable', /Zip64/],
    ['xlsx-directory-outside.xlsx', 'unreadable', /outside the file/],
    ['xlsx-truncated.xlsx', 'unreadable', /missing/],
    ['xlsx-zip64-marker.xlsx', 'unreadable', /Zip64/],
    ['xlsx-unknown-method.xlsx', 'unreadable', /compression method 99/],
  ])('refuses hostile/%s as %s', (name, reason, detail) => {
    const zip = readZip(fixture(`hostile/${name}`), limits);
    expect(zip.ok).toBe(false);
    if (!zip.ok) {
      expect(zip.reason).toBe(reason);
      expect(zip.detail).toMatch(detail);
    }
  });

  it('refuses on the entry count and the total size before inflating anything', () => {
    const bytes = fixture('tiny/microsoft-forms.xlsx');
    expect(listZip(bytes, { ...limits, maxEntries: 2 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(listZip(bytes, { ...limits, maxUncompressedBytes: 100 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(listZip(bytes, limits).ok).toBe(true);
  });

  it('reports a damaged deflate stream as unreadable', () => {
    const bytes = zipSync({ 'a.txt': new TextEncoder().encode('x'.repeat(5000) + 'y'.repeat(5000)) }, { level: 6 });
    const broken = bytes.slice();
    for (let i = 34; i < 44; i++) broken[i] = 0xff;
    expect(readZip(broken, limits)).toMatchObject({ ok: false });
  });

  it('shows entry names without control characters', () => {
    const bytes = zipSync({ 'x\u001b[2J.bin': new Uint8Array([1]) }, { level: 0 });
    const central = bytes.findIndex((_, i) => bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02);
    bytes[central + 10] = 99;
    const zip = readZip(bytes, limits);
    expect(zip).toMatchObject({ ok: false, reason: 'unreadable' });
    if (!zip.ok) expect(zip.detail).toContain('"x?[2J.bin"');
  });
});

describe('importSurvey on hostile .xlsx files', () => {
  it.each([
    'xlsx-bomb-declared.xlsx', 'xlsx-bomb-lying.xlsx', 'xlsx-bomb-ratio.xlsx', 'xlsx-many-entries.xlsx', 'xlsx-count-lies.xlsx',
    'xlsx-directory-outside.xlsx', 'xlsx-truncated.xlsx', 'xlsx-zip64-marker.xlsx', 'xlsx-unknown-method.xlsx',
    'xlsx-noise-1.xlsx', 'xlsx-noise-2.xlsx', 'xlsx-noise-3.xlsx', 'xlsx-noise-4.xlsx', 'xlsx-noise-5.xlsx',
  ])('%s throws a located XLSX error, nothing else', (name) => {
    let error: unknown = null;
    try {
      importSurvey(fixture(`hostile/${name}`), { file: name });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SurveyImportError);
    const issue = (error as SurveyImportError).issues[0]!;
    expect(['XLSX_TOO_LARGE', 'XLSX_UNREADABLE']).toContain(issue.code);
    expect(issue.file).toBe(name);
    expect(issue.message).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('importSurvey(bytes, { limits: { maxPupils } })', () => {
  const long = new TextEncoder().encode('respondent,nominee,question\nOla,Kari,Venner\nKari,Per,Venner\nPer,Ola,Venner\n');
  it('reads a survey of exactly maxPupils names and refuses one name more, before matching names', () => {
    expect(importSurvey(long, { limits: { maxPupils: 3 } }).survey.pupils.length).toBe(3);
    let error: unknown = null;
    try {
      importSurvey(long, { file: 'x.csv', limits: { maxPupils: 2 } });
    } catch (caught) {
      error = caught;
    }
    expect((error as SurveyImportError).issues[0]).toMatchObject({ code: 'FILE_TOO_LARGE', file: 'x.csv' });
  });

  it('refuses hostile/pupils-20000.csv with the default limit', () => {
    expect(() => importSurvey(fixture('hostile/pupils-20000.csv'))).toThrow(SurveyImportError);
  });
});
