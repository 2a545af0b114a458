import { importSurvey } from '@sociogram/core';
import { describe, expect, it } from 'vitest';
import { plainCsv } from './plain-csv.ts';

describe('plainCsv(rows)', () => {
  it('quotes every cell and keeps names as typed, so the import reads -Anna, =Per and "Kari" back unchanged', () => {
    const names = ['-Anna', '=Per', '+Ola', '@Siri', '"Kari"', 'Nils, Jr.', 'Åse;Ødegård'];
    const csv = plainCsv([['navn'], ...names.map((n) => [n])]);
    expect(csv.split('\r\n')[1]).toBe('"-Anna"');
    const roster = new TextEncoder().encode(csv);
    const long = new TextEncoder().encode(plainCsv([['respondent', 'nominee', 'question'], ['-Anna', '=Per', 'Venner']]));
    const { survey } = importSurvey(long, { format: 'long', roster, questions: [{ match: 'Venner', kind: 'positive', limit: 3 }] });
    expect(survey.pupils.map((p) => p.name)).toEqual(names);
  });
});
