import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { importSurvey } from './import-survey.ts';

/** Import must return a Survey or throw SurveyImportError — nothing else, for any input. */
function importsOrFailsCleanly(bytes: Uint8Array, options = {}): boolean {
  try {
    const { survey, issues } = importSurvey(bytes, options);
    expect(issues.every((issue) => issue.severity !== 'error')).toBe(true);
    const ids = new Set(survey.pupils.map((pupil) => pupil.id));
    expect(ids.size).toBe(survey.pupils.length);
    for (const n of survey.nominations) {
      expect(ids.has(n.from) && ids.has(n.to) && n.from !== n.to).toBe(true);
    }
    return true;
  } catch (error) {
    if (error instanceof SurveyImportError) {
      expect(error.issues.length).toBeGreaterThan(0);
      return true;
    }
    throw error;
  }
}

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', 'Ola', 'Kari N.', 'Åse Ødegård', 'ola', '1', '0', 'x', '"', 'Navn', 'nominee', 'Hvem [1]', '=cmd()', ';', ','),
);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 8 });
const delimiter = fc.constantFrom(',', ';', '\t');

describe('importSurvey fuzzing', () => {
  it('never crashes on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => importsOrFailsCleanly(bytes)), { numRuns: 400 });
  });

  it('never crashes on arbitrary bytes behind a zip signature', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => importsOrFailsCleanly(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]))), { numRuns: 100 });
  });

  it('never crashes on arbitrary CSV tables, in any format', () => {
    fc.assert(
      fc.property(table, delimiter, fc.constantFrom(undefined, 'long', 'wide', 'matrix'), (rows, sep, format) => {
        const text = rows.map((row) => row.join(sep)).join('\n');
        return importsOrFailsCleanly(new TextEncoder().encode(text), format ? { format } : {});
      }),
      { numRuns: 400 },
    );
  });

  it('recovers every nomination of a random long-format class exactly', () => {
    const names = ['Åse Ødegård', 'Kari Nilsen', 'Ola Nordmann', 'Per Hansen', 'Øystein Lie', 'Sigrid Berg', 'Jonas Ås'];
    const edge = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(fc.uniqueArray(edge, { selector: ([a, b]) => `${a}-${b}` }).map((edges) => edges.filter(([a, b]) => a !== b)), delimiter, (edges, sep) => {
        const rows = ['respondent,nominee', ...edges.map(([a, b]) => `${names[a]},${names[b]}`)].map((row) => row.replace(/,/g, sep));
        const roster = ['id,name', ...names.map((name, i) => `p${i},${name}`)].join('\n');
        const { survey } = importSurvey(new TextEncoder().encode(rows.join('\n')), { roster: new TextEncoder().encode(roster), format: 'long' });
        expect(survey.nominations.map((n) => `${n.from}>${n.to}`).sort()).toEqual(edges.map(([a, b]) => `p${a}>p${b}`).sort());
      }),
      { numRuns: 200 },
    );
  });
});
