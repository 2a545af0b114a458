import { readFileSync } from 'node:fs';
import { SurveyImportError } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { importWithin } from './import-within.ts';
import { ROOT } from './run-cli.test-helper.ts';

const bytes = (path: string) => new Uint8Array(readFileSync(`${ROOT}fixtures/${path}`));

describe('importWithin(bytes, options, timeLimitMs)', () => {
  it('imports an .xlsx survey in a worker thread', async () => {
    const { survey } = await importWithin(bytes('tiny/microsoft-forms.xlsx'), { file: 'microsoft-forms.xlsx' }, 60_000);
    expect(survey.pupils.length).toBe(5);
  });

  it('passes the import error of a refused file through', async () => {
    const error = await importWithin(bytes('hostile/xlsx-bomb-lying.xlsx'), { file: 'bomb.xlsx' }, 60_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SurveyImportError);
    expect((error as SurveyImportError).issues[0]).toMatchObject({ code: 'XLSX_TOO_LARGE', file: 'bomb.xlsx' });
  });

  it('stops the worker at the time limit and says so, located', async () => {
    const error = await importWithin(bytes('tiny/microsoft-forms.xlsx'), { file: 'slow.xlsx' }, 1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SurveyImportError);
    expect((error as SurveyImportError).issues[0]).toMatchObject({ code: 'XLSX_TOO_LARGE', file: 'slow.xlsx' });
    expect((error as SurveyImportError).issues[0]!.message).toMatch(/took longer than 0.001 s/);
  });
});
