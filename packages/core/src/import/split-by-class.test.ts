import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/fixture.ts';
import type { Survey } from '../survey/survey.ts';
import { importSurvey, type ImportResult } from './import-survey.ts';
import { compareClassNames } from '../school/compare-class-names.ts';
import { detectClassColumn } from './detect-class-column.ts';
import { readTable } from './read-table.ts';

const text = (value: string) => new TextEncoder().encode(value);
const friends = (survey: Survey) => survey.nominations.filter((n) => n.question === survey.questions[0]!.id).map((n) => `${n.from}>${n.to}`);
const classOf = (result: ImportResult, name: string) => result.school!.classes.find((c) => c.name === name)!;

describe('importSurvey(bytes) on a grade export with a "Klasse" column (fixtures/school)', () => {
  const result = importSurvey(fixture('school/grade-7-google-forms.csv'), { file: 'grade-7.csv' });

  it('splits the file into its classes, in natural order, by the detected column', () => {
    expect(result.detected.classColumn).toBe('Klasse');
    expect(result.school!.classes.map((c) => [c.name, c.survey.pupils.length])).toEqual([['7A', 8], ['7B', 7], ['7C', 8]]);
    expect(result.detected.columns.questions).not.toContain('Klasse');
  });

  it('keeps the same full name in two classes as two pupils', () => {
    expect(classOf(result, '7A').survey.pupils.map((p) => p.id)).toContain('Emma Hansen');
    expect(classOf(result, '7C').survey.pupils.map((p) => p.id)).toContain('Emma Hansen');
    expect(friends(classOf(result, '7C').survey)).toContain('Leah Solberg>Emma Hansen');
    expect(result.survey.pupils.filter((p) => p.name === 'Emma Hansen').map((p) => p.id)).toEqual(['7A/Emma Hansen', '7C/Emma Hansen']);
  });

  it('resolves a first name unique in the class even when the grade has several', () => {
    expect(friends(classOf(result, '7A').survey)).toContain('Filip Strand>Jonas Lie');
    expect(friends(classOf(result, '7B').survey)).toContain('Henrik Aas>Jonas Berg');
    expect(classOf(result, '7A').issues.filter((i) => i.code === 'NAME_FIRST_NAME_MATCH' && i.text === 'Jonas').map((i) => i.pupil)).toEqual(['Jonas Lie']);
    expect(classOf(result, '7C').issues.find((i) => i.text === 'Emma')?.pupil).toBe('Emma Hansen');
  });

  it('keeps a nomination of a pupil in another class as a cross-class nomination, out of the class survey', () => {
    expect(result.school!.crossClass).toContainEqual({ from: 'Jonas Lie', fromClass: '7A', to: 'Sara Moe', toClass: '7B', question: 'hvem-liker-du-a-vaere-sammen-med-i' });
    expect(result.school!.crossClass).toHaveLength(6);
    for (const { survey } of result.school!.classes) {
      const ids = new Set(survey.pupils.map((p) => p.id));
      for (const n of survey.nominations) expect(ids.has(n.from) && ids.has(n.to)).toBe(true);
    }
    expect(classOf(result, '7A').survey.pupils.map((p) => p.name)).not.toContain('Sara Moe');
    const issue = classOf(result, '7A').issues.find((i) => i.code === 'CROSS_CLASS_NOMINATION');
    expect(issue).toMatchObject({ class: '7A', row: 5, column: 'Hvem liker du å være sammen med i friminuttet? [3]', pupil: 'Jonas Lie', text: 'Sara Moe' });
    // The whole file's survey holds them, for class composition.
    expect(result.survey.nominations).toContainEqual({ from: 'Jonas Lie', to: 'Sara Moe', question: 'hvem-liker-du-a-vaere-sammen-med-i' });
  });

  it('says the class of every issue of a class, and lists them all in the result', () => {
    for (const c of result.school!.classes) for (const issue of c.issues) expect(issue.class).toBe(c.name);
    expect(result.issues).toHaveLength(result.school!.classes.reduce((sum, c) => sum + c.issues.length, 0));
    expect(classOf(result, '7C').issues.filter((i) => i.code === 'NON_RESPONDENT').map((i) => i.pupil)).toEqual(['Elias Kvam']);
  });

  it('gives every class the same questions', () => {
    const ids = result.school!.classes.map((c) => c.survey.questions.map((q) => q.id).join());
    expect(new Set(ids).size).toBe(1);
  });
});

describe('class column detection and overrides', () => {
  const csv = 'Navn,Gruppe,Venner\nOla,A,Kari\nKari,A,Ola\nPer,B,Lise\nLise,B,Per\n';

  it('detects "Gruppe" when its values read as class names; a column of names is not a class column', () => {
    expect(importSurvey(text(csv)).school?.classes.map((c) => c.name)).toEqual(['A', 'B']);
    const { table } = readTable(text('Navn,Gruppe du vil jobbe med\nOla,Kari\nKari,Ola\nPer,Lise\n'));
    expect(detectClassColumn(table)).toBeNull();
  });

  it.each(['previousClass', 'Forrige klasse', 'previous_class'])('detects a transition file\'s "%s" column as the class column', (header) => {
    expect(importSurvey(text(csv.replace('Gruppe', header))).school?.classes.map((c) => c.name)).toEqual(['A', 'B']);
  });

  it('reads the file as one class with class: null, and by the named column with class: header', () => {
    const one = importSurvey(text(csv), { columns: { class: null } });
    expect(one.school).toBeUndefined();
    expect(one.survey.questions.map((q) => q.label)).toEqual(['Gruppe', 'Venner']);
    const named = importSurvey(text('Navn,Lag,Venner\nOla,1,Kari\nKari,1,Ola\nPer,2,Lise\nLise,2,Per\n'), { columns: { class: 'Lag' } });
    expect(named.school?.classes.map((c) => c.name)).toEqual(['1', '2']);
    expect(() => importSurvey(text(csv), { columns: { class: 'Nope' } })).toThrowError(expect.objectContaining({ issues: [expect.objectContaining({ code: 'COLUMN_NOT_FOUND' })] }));
  });

  it('a class column with one class reads as one class, exactly as without it', () => {
    const result = importSurvey(text('Navn,Klasse,Venner\nOla,7A,Kari\nKari,7A,Ola\n'));
    expect(result.school).toBeUndefined();
    expect(result.detected.classColumn).toBeUndefined();
    expect(result.survey.pupils.map((p) => p.id)).toEqual(['Ola', 'Kari']);
  });

  it('puts the grade in front of a bare class letter', () => {
    const result = importSurvey(text('Navn,Trinn,Klasse,Venner\nOla,7,A,Kari\nKari,7,A,Ola\nPer,8,A,Lise\nLise,8,A,Per\n'));
    expect(result.school?.classes.map((c) => c.name)).toEqual(['7A', '8A']);
  });

  it('reports a row without a class (located), and skips it', () => {
    const result = importSurvey(text(`${csv}Nils,,Ola\n`));
    expect(result.issues.find((i) => i.code === 'CLASS_MISSING')).toMatchObject({ row: 6, column: 'Gruppe', text: 'Nils' });
    expect(result.survey.pupils.map((p) => p.name)).not.toContain('Nils');
  });

  it('reports a name that could be pupils of two other classes, with its class', () => {
    const result = importSurvey(text('Navn,Klasse,Venner\nOla Berg,A,Kari\nKari,A,Ola\nOla Dahl,B,Ida\nIda,B,Ola Dahl\n'));
    // "Ola" in class A: Ola Berg is in A, so the first name resolves there, whatever class B holds.
    expect(friends(classOf(result, 'A').survey)).toEqual(['Ola Berg>Kari', 'Kari>Ola Berg']);
    // Without a roster only a full name finds a pupil in another class; "Ola" alone is a classmate who did not answer.
    const firstName = importSurvey(text('Navn,Klasse,Venner\nKari,A,Ola\nIda,A,Kari\nOla Dahl,B,Per\nPer,B,Ola Dahl\n'));
    expect(friends(classOf(firstName, 'A').survey)).toEqual(['Kari>Ola', 'Ida>Kari']);
    expect(firstName.school!.crossClass).toEqual([]);
    const ambiguous = importSurvey(text('Navn,Klasse,Venner\nKari,A,Ola Berg\nIda,A,Kari\nOla Berg,B,Per\nPer,B,Ola Berg\nOla Berg,C,Lise\nLise,C,Ola Berg\n'));
    expect(ambiguous.issues.find((i) => i.code === 'NAME_AMBIGUOUS')).toMatchObject({ class: 'A', text: 'Ola Berg', row: 2 });
    expect(ambiguous.school!.crossClass).toEqual([]);
  });

  it('with a roster, a first name or a typo fitting one pupil of another class is a cross-class nomination; two are ambiguous', () => {
    const roster = text('id,navn,klasse\np1,Kari Lie,A\np2,Ida Moe,A\np3,Ola Berg,B\np4,Per Aas,B\np5,Ola Dahl,C\np6,Siri Vik,C\n');
    const result = importSurvey(text('Navn,Venner\nKari Lie,Per\nIda Moe,Ola\nPer Aas,Kari Lie\n'), { roster, rosterFile: 'r.csv' });
    expect(result.school!.crossClass).toEqual([
      { from: 'p1', fromClass: 'A', to: 'p4', toClass: 'B', question: 'venner' },
      { from: 'p4', fromClass: 'B', to: 'p1', toClass: 'A', question: 'venner' },
    ]);
    expect(result.issues.find((i) => i.code === 'NAME_AMBIGUOUS')).toMatchObject({ class: 'A', text: 'Ola', row: 3 });
  });

  it('splits a long file by its class column; the same name in two classes stays two respondents', () => {
    const long = 'respondent,nominee,question,klasse\nOla,Kari,venner,A\nKari,Ola,venner,A\nOla,Per,venner,B\nPer,Ola,venner,B\nPer,Kari,venner,B\n';
    const result = importSurvey(text(long));
    expect(result.school!.classes.map((c) => [c.name, friends(c.survey)])).toEqual([['A', ['Ola>Kari', 'Kari>Ola']], ['B', ['Ola>Per', 'Per>Ola']]]);
    expect(result.school!.crossClass).toEqual([{ from: 'Per', fromClass: 'B', to: 'Kari', toClass: 'A', question: 'venner' }]);
  });
});

describe('a roster with a class column', () => {
  const roster = text('id,navn,klasse\np1,Ola Berg,7A\np2,Kari Lie,7A\np3,Ola Berg,7B\np4,Per Moe,7B\np5,Lise Aas,7B\n');

  it('splits a file without a class column by the roster; a name on the roster in two classes is reported', () => {
    const survey = text('Navn,Venner\nKari Lie,Ola\nPer Moe,Ola\nLise Aas,Kari Lie\nOla Berg,Per\n');
    const result = importSurvey(survey, { roster, rosterFile: 'roster.csv' });
    expect(result.detected.classColumn).toBeNull();
    expect(result.school!.classes.map((c) => [c.name, c.survey.pupils.map((p) => p.id)])).toEqual([['7A', ['p1', 'p2']], ['7B', ['p3', 'p4', 'p5']]]);
    expect(friends(classOf(result, '7A').survey)).toEqual(['p2>p1']);
    expect(friends(classOf(result, '7B').survey)).toEqual(['p4>p3']);
    expect(result.school!.crossClass).toEqual([{ from: 'p5', fromClass: '7B', to: 'p2', toClass: '7A', question: 'venner' }]);
    expect(result.issues.find((i) => i.code === 'CLASS_MISSING')).toMatchObject({ row: 5, text: 'Ola Berg' });
  });

  it('reads a class column with a roster that has none as one class, and says why', () => {
    const result = importSurvey(text('Navn,Klasse,Venner\nOla,7A,Kari\nKari,7A,Ola\nPer,7B,Ola\nLise,7B,Per\n'), { roster: text('navn\nOla\nKari\nPer\nLise\n'), rosterFile: 'r.csv' });
    expect(result.school).toBeUndefined();
    expect(result.issues.map((i) => i.code)).toContain('CLASS_ROSTER_UNSPLIT');
  });
});

describe('compareClassNames(a, b)', () => {
  it('orders numbers by value', () => {
    expect(['10A', '7B', '7A', '8C'].sort(compareClassNames)).toEqual(['7A', '7B', '8C', '10A']);
  });
});

describe('importSurvey(bytes, {onProgress})', () => {
  it('reports each class built, done of total', () => {
    const calls: [number, number][] = [];
    importSurvey(fixture('school/grade-7-google-forms.csv'), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
});
