import { describe, expect, it } from 'vitest';
import { fixture, fixtureText } from '../../test/fixture.ts';
import type { Survey } from '../survey/survey.ts';
import type { IssueCode, SurveyIssue } from '../survey/survey-issue.ts';
import { analyseSurvey } from '../analyse/analyse-survey.ts';
import { importSurvey } from './import-survey.ts';
import { parseQuestionMapping } from './question-mapping.ts';

/** Nominations as "from>to" per question id, in file order. */
function edges(survey: Survey): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const q of survey.questions) out[q.id] = survey.nominations.filter((n) => n.question === q.id).map((n) => `${n.from}>${n.to}`);
  return out;
}
const codes = (issues: readonly SurveyIssue[]): IssueCode[] => issues.map((issue) => issue.code);
const roster = { roster: fixture('tiny/roster.csv'), rosterFile: 'roster.csv' };
const text = (value: string) => new TextEncoder().encode(value);

describe('importSurvey(bytes, options) on the tiny class', () => {
  it('reads a long UTF-8 file with a roster; an empty nominee means "answered, named nobody"', () => {
    const { survey, issues, detected } = importSurvey(fixture('tiny/long.csv'), roster);
    expect(detected.format).toBe('long');
    expect(detected.source).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(survey.pupils.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(survey.pupils[1]).toEqual({ id: 'p2', name: 'Kari Nilsen', attributes: { gender: 'f', support: 'yes' } });
    expect(survey.questions).toEqual([
      { id: 'hvem-er-vennene-dine', label: 'Hvem er vennene dine?', kind: 'positive', limit: null },
      { id: 'hvem-vil-du-ikke-vaere-sammen-med', label: 'Hvem vil du ikke være sammen med?', kind: 'negative', limit: null },
    ]);
    expect(edges(survey)).toEqual({
      'hvem-er-vennene-dine': ['p1>p2', 'p1>p3', 'p2>p1', 'p3>p4', 'p4>p3'],
      'hvem-vil-du-ikke-vaere-sammen-med': ['p3>p5'],
    });
    expect(survey.respondents).toEqual({
      'hvem-er-vennene-dine': ['p1', 'p2', 'p3', 'p4'],
      'hvem-vil-du-ikke-vaere-sammen-med': ['p2', 'p3', 'p4'],
    });
    expect(issues).toEqual([expect.objectContaining({ code: 'NON_RESPONDENT', pupil: 'p5', severity: 'info' })]);
  });

  it('reads the same answers from a UTF-16 LE, tab-delimited file', () => {
    const utf16 = importSurvey(fixture('tiny/long-utf16le-tab.csv'), roster);
    expect(utf16.detected.source).toEqual({ kind: 'csv', encoding: 'utf-16le', delimiter: '\t' });
    expect(utf16.survey).toEqual(importSurvey(fixture('tiny/long.csv'), roster).survey);
  });

  it('reads a ";"-delimited Windows-1252 wide file with loosely typed names, reporting each non-exact match', () => {
    const { survey, issues, detected } = importSurvey(fixture('tiny/wide-semicolon-cp1252.csv'), roster);
    expect(detected.source).toEqual({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(detected.format).toBe('wide');
    expect(survey.questions).toEqual([
      { id: 'hvem-vil-du-sitte-ved-siden-av', label: 'Hvem vil du sitte ved siden av?', kind: 'positive', limit: 2 },
      { id: 'hvem-blir-mobbet', label: 'Hvem blir mobbet?', kind: 'victim', limit: null },
    ]);
    expect(edges(survey)).toEqual({
      'hvem-vil-du-sitte-ved-siden-av': ['p1>p2', 'p1>p3', 'p2>p1', 'p3>p4', 'p4>p3'],
      'hvem-blir-mobbet': ['p2>p5', 'p4>p5'],
    });
    const located = issues.map((i) => [i.code, i.row, i.column, i.text ?? null, i.pupil ?? null]);
    expect(located).toEqual([
      ['ENCODING_FALLBACK', null, null, null, null],
      ['NAME_INITIAL_MATCH', 2, 'Hvem vil du sitte ved siden av? [1]', 'Kari N.', 'p2'],
      ['NAME_NORMALISED', 2, 'Hvem vil du sitte ved siden av? [2]', 'ola nordmann', 'p3'],
      ['NAME_NORMALISED', 3, 'Hvem vil du sitte ved siden av? [1]', 'Ase Odegard', 'p1'],
      ['NAME_FUZZY_MATCH', 3, 'Hvem blir mobbet?', 'Øystein Li', 'p5'],
      ['NAME_FIRST_NAME_MATCH', 4, 'Hvem vil du sitte ved siden av? [1]', 'Per', 'p4'],
      ['SELF_NOMINATION', 4, 'Hvem vil du sitte ved siden av? [2]', 'Ola Nordmann', 'p3'],
      ['DUPLICATE_NOMINATION', 5, 'Hvem vil du sitte ved siden av? [2]', 'Ola Nordmann', 'p3'],
      ['NON_RESPONDENT', null, null, null, 'p5'],
    ]);
    expect(survey.pupils.find((p) => p.id === 'p1')?.name).toBe('Åse Ødegård');
  });

  it('reads a Google Forms export with checkbox answers in one cell and ignores timestamp and e-mail', () => {
    const { survey, issues, detected } = importSurvey(fixture('tiny/google-forms.csv'));
    expect(detected.columns.respondent).toBe('Navn');
    expect(detected.columns.ignored).toEqual(['Tidsmerke', 'E-postadresse']);
    expect(survey.pupils.map((p) => p.id)).toEqual(['Åse Ødegård', 'Kari Nilsen', 'Ola Nordmann', 'Per Hansen', 'Øystein Lie']);
    expect(survey.questions.map((q) => [q.kind, q.limit])).toEqual([['positive', null], ['victim', null]]);
    expect(Object.values(edges(survey))).toEqual([
      ['Åse Ødegård>Kari Nilsen', 'Åse Ødegård>Ola Nordmann', 'Kari Nilsen>Åse Ødegård', 'Ola Nordmann>Per Hansen', 'Per Hansen>Ola Nordmann', 'Per Hansen>Åse Ødegård'],
      ['Kari Nilsen>Øystein Lie', 'Per Hansen>Øystein Lie'],
    ]);
    // Øystein handed in the form with every question blank: a respondent who named nobody.
    expect(codes(issues)).toEqual(['EMPTY_RESPONSE']);
    expect(issues[0]).toMatchObject({ code: 'EMPTY_RESPONSE', severity: 'info', row: 6 });
    expect(Object.values(survey.respondents).every((ids) => ids.includes('Øystein Lie'))).toBe(true);
    const oystein = analyseSurvey(survey).pupils.find((p) => p.id === 'Øystein Lie')!;
    expect(oystein.respondent).toBe(true);
    expect(oystein.indicators.map((i) => i.code)).toContain('GAVE_NO_NOMINATIONS');
    expect(oystein.indicators.map((i) => i.code)).not.toContain('NON_RESPONDENT');
  });

  it('reads a Microsoft Forms .xlsx (first sheet) with ";"-separated multi-select answers', () => {
    const { survey, detected } = importSurvey(fixture('tiny/microsoft-forms.xlsx'), roster);
    expect(detected.source).toEqual({ kind: 'xlsx', sheet: 'Form1', sheets: ['Form1', 'Notes'] });
    expect(detected.columns.ignored).toEqual(['ID', 'Start time', 'Completion time', 'Email']);
    expect(survey.questions.map((q) => [q.id, q.kind])).toEqual([['who-do-you-want-to-work-with', 'positive'], ['who-is-being-bullied', 'victim']]);
    expect(Object.values(edges(survey))).toEqual([['p1>p2', 'p1>p3', 'p2>p1', 'p3>p4'], ['p2>p5']]);
    expect(survey.respondents['who-do-you-want-to-work-with']).toEqual(['p1', 'p2', 'p3']);
  });

  it('reads a 0/1 matrix; an all-empty row did not answer', () => {
    const { survey, detected } = importSurvey(fixture('tiny/matrix-friends.csv'), { ...roster, file: 'friends.csv' });
    expect(detected.format).toBe('matrix');
    expect(survey.questions).toEqual([{ id: 'friends', label: 'friends', kind: 'positive', limit: null }]);
    expect(edges(survey).friends).toEqual(['p1>p2', 'p1>p3', 'p2>p1', 'p3>p4', 'p4>p3']);
    expect(survey.respondents.friends).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  it('lets a mapping file set ids, kinds and limits (limit 1 then drops later names)', () => {
    const mapping = parseQuestionMapping(fixtureText('tiny/mapping.json')).map((m) => (m.id === 'friends' ? { ...m, limit: 1 } : m));
    const { survey, issues } = importSurvey(fixture('tiny/wide-semicolon-cp1252.csv'), { ...roster, questions: mapping });
    expect(survey.questions).toEqual([
      { id: 'friends', label: 'Hvem vil du sitte ved siden av?', kind: 'positive', limit: 1 },
      { id: 'victim', label: 'Hvem blir mobbet?', kind: 'victim', limit: null },
    ]);
    expect(edges(survey).friends).toEqual(['p1>p2', 'p2>p1', 'p3>p4', 'p4>p3']);
    expect(issues.filter((i) => i.code === 'OVER_LIMIT').map((i) => [i.row, i.pupil])).toEqual([[2, 'p3']]);
  });
});

describe('importSurvey(bytes, options) edge cases', () => {
  it('reports unknown and ambiguous names and skips them, never guessing', () => {
    const csv = 'navn;venner [1];venner [2]\nÅse Ødegård;Kari;Zorro\nKari Nilsen;Åse;\n';
    const withTwoKaris = text('id,name\nk1,Kari Nilsen\nk2,Kari Berg\na,Åse Ødegård\n');
    const { survey, issues } = importSurvey(text(csv), { roster: withTwoKaris });
    expect(survey.nominations).toEqual([{ from: 'k1', to: 'a', question: 'venner' }]);
    expect(issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row, i.column, i.text])).toEqual([
      ['NAME_AMBIGUOUS', 2, 'venner [1]', 'Kari'],
      ['NAME_UNKNOWN', 2, 'venner [2]', 'Zorro'],
    ]);
    expect(issues.find((i) => i.code === 'NAME_AMBIGUOUS')?.candidates).toEqual(['k1', 'k2']);
  });

  it('keeps the later row of a respondent who answered twice, and reports it', () => {
    const csv = 'Navn,Hvem er vennene dine?\nOla,Kari\nKari,Ola\nOla,Per\nPer,\n';
    const { survey, issues } = importSurvey(text(csv));
    expect(survey.nominations).toEqual([
      { from: 'Ola', to: 'Per', question: 'hvem-er-vennene-dine' },
      { from: 'Kari', to: 'Ola', question: 'hvem-er-vennene-dine' },
    ]);
    expect(issues.filter((i) => i.code === 'DUPLICATE_RESPONDENT').map((i) => [i.row, i.pupil])).toEqual([[4, 'Ola']]);
  });

  it('without a roster, typed names are reconciled with the respondents and new names become non-respondents', () => {
    const csv = 'respondent,nominee\nOla Nordmann,kari nilsen\nKari Nilsen,Ola N.\nKari Nilsen,Per Hansen\n';
    const { survey, issues } = importSurvey(text(csv));
    expect(survey.pupils.map((p) => p.id)).toEqual(['Ola Nordmann', 'Kari Nilsen', 'Per Hansen']);
    expect(survey.nominations.map((n) => `${n.from}>${n.to}`)).toEqual(['Ola Nordmann>Kari Nilsen', 'Kari Nilsen>Ola Nordmann', 'Kari Nilsen>Per Hansen']);
    expect(codes(issues)).toEqual(['QUESTION_KIND_ASSUMED', 'NAME_NORMALISED', 'NAME_INITIAL_MATCH', 'NON_RESPONDENT']);
  });

  it('reads the first wave of a long file with several, and the chosen one on request', () => {
    const csv = 'from,to,wave\nA,B,1\nB,A,1\nA,C,2\n';
    const first = importSurvey(text(csv));
    expect(first.survey.nominations.map((n) => `${n.from}>${n.to}`)).toEqual(['A>B', 'B>A']);
    expect(codes(first.issues)).toContain('MULTIPLE_WAVES');
    const second = importSurvey(text(csv), { wave: '2' });
    expect(second.survey.nominations.map((n) => `${n.from}>${n.to}`)).toEqual(['A>C']);
  });

  it('honours column and format overrides', () => {
    const csv = 'Elev;Kamerat;Tekst\nA;B;x\nB;A;y\n';
    const { survey, detected } = importSurvey(text(csv), { format: 'long', columns: { respondent: 'Elev', nominee: 'Kamerat' } });
    expect(detected.columns).toMatchObject({ respondent: 'Elev', nominee: 'Kamerat' });
    expect(survey.nominations.map((n) => `${n.from}>${n.to}`)).toEqual(['A>B', 'B>A']);
  });

  it('reports a row with more cells than the header', () => {
    const { issues } = importSurvey(text('Navn,Hvem er vennene dine?\nOla,Kari,Per\nKari,Ola\n'));
    expect(issues.filter((i) => i.code === 'RAGGED_ROW').map((i) => i.row)).toEqual([2]);
  });
});

describe('importSurvey(bytes, {aliases})', () => {
  it('applies name corrections from the user before matching, silently', () => {
    const roster = { roster: fixture('tiny/roster.csv') };
    const plain = importSurvey(fixture('tiny/wide-semicolon-cp1252.csv'), roster);
    expect(plain.survey.nominations).toContainEqual({ from: 'p2', to: 'p5', question: 'hvem-blir-mobbet' });
    const fixed = importSurvey(fixture('tiny/wide-semicolon-cp1252.csv'), { ...roster, aliases: { 'Øystein Li': 'p4' } });
    expect(fixed.survey.nominations).toContainEqual({ from: 'p2', to: 'p4', question: 'hvem-blir-mobbet' });
    expect(fixed.issues.map((i) => i.code)).not.toContain('NAME_FUZZY_MATCH');
  });
});
