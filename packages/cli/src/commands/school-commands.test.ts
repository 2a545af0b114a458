import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-helper.ts';

const SCHOOL = 'fixtures/school/grade-7-google-forms.csv';

describe('sociogram import / analyse on a file holding several classes', () => {
  it('import --json adds "classes" and "crossClass" after the one-class fields', async () => {
    const { code, stdout } = await runCli('import', SCHOOL, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['pupils', 'questions', 'nominations', 'respondents', 'issues', 'detected', 'classes', 'crossClass']);
    expect(json.classes.map((c: { name: string; pupils: unknown[] }) => [c.name, c.pupils.length])).toEqual([['7A', 8], ['7B', 7], ['7C', 8]]);
    expect(Object.keys(json.classes[0])).toEqual(['name', 'pupils', 'questions', 'nominations', 'respondents', 'issues']);
    expect(json.classes[0].issues.every((i: { class: string }) => i.class === '7A')).toBe(true);
    expect(json.crossClass[0]).toEqual({ from: 'Jonas Lie', to: 'Sara Moe', question: 'hvem-liker-du-a-vaere-sammen-med-i', fromClass: '7A', toClass: '7B' });
    expect(json.detected.classColumn).toBe('Klasse');
  });

  it('import --class-column none reads the file as one class', async () => {
    const json = JSON.parse((await runCli('import', SCHOOL, '--class-column', 'none', '--json')).stdout);
    expect(json.classes).toBeUndefined();
    expect(json.issues.map((i: { code: string }) => i.code)).toContain('DUPLICATE_RESPONDENT');
  });

  it('import without --json lists the classes and prints each issue with its class', async () => {
    const { stdout } = await runCli('import', SCHOOL);
    expect(stdout).toContain('Classes: 3, split by column "Klasse"\n  7A: 8 pupils (7 answered), 33 nominations\n');
    expect(stdout).toContain('Nominations across classes: 6');
    expect(stdout).toContain('grade-7-google-forms.csv, class 7A, row 5, column');
  });

  it('analyse --json gives one analysis per class', async () => {
    const { code, stdout } = await runCli('analyse', SCHOOL, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['classes', 'crossClass', 'issues']);
    expect(json.classes.map((c: { name: string; pupils: unknown[] }) => [c.name, c.pupils.length])).toEqual([['7A', 8], ['7B', 7], ['7C', 8]]);
    const oskar = json.classes[0].pupils.find((p: { name: string }) => p.name === 'Oskar Ruud');
    expect(oskar.indicators.map((i: { code: string }) => i.code)).toContain('REPORTED_VICTIM');
    expect(json.crossClass).toHaveLength(6);
  });

  it('analyse prints one report per class', async () => {
    const { stdout } = await runCli('analyse', SCHOOL);
    expect(stdout.match(/^== Class /gm)).toHaveLength(3);
    expect(stdout).toContain('== Class 7C ==');
  });
});
