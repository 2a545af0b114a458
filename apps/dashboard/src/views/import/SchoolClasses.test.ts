import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../App.svelte';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { AppState } from '../../lib/state/app-state.svelte.ts';
import { cohortClass, cohortProblem, latestWaves } from '../next-classes/cohort-problem.ts';

const FIXTURES = join(import.meta.dirname, '../../../../../fixtures');
const SCHOOL = () => new File([readFileSync(join(FIXTURES, 'school/grade-7-google-forms.csv'))], 'grade-7.csv', { type: 'text/csv' });
const wave = { id: 'old', label: 'Vår', date: '2026-03-01', file: null, importIssues: [], survey: { pupils: [{ id: 'Emma Hansen', name: 'Emma Hansen', attributes: {} }], questions: [], nominations: [], respondents: {} } };

describe('<ImportWizard> with a file holding several classes', () => {
  it('shows each class with its pupils and respondents, and saves the ticked ones as new classes or new waves', async () => {
    const app = new AppState(`school-wizard-${Math.random()}`);
    render(App, { props: { app, locale: new Locale('en') } });
    await waitFor(() => expect(app.loaded).toBe(true));
    const existing = await app.addWave({ name: 'Klasse 7a' }, wave);
    await fireEvent.click(screen.getAllByRole('button', { name: 'Import a survey' })[0]!);
    await fireEvent.change(await screen.findByLabelText('Survey export (CSV or Excel .xlsx)'), { target: { files: [SCHOOL()] } });

    const table = await screen.findByRole('table', { name: 'Classes in the file' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.trim()).slice(1, 3));
    expect(rows).toEqual([['8', '7'], ['7', '7'], ['8', '7']]);
    expect(screen.getByText(/split into 3 classes by the column "Klasse"/)).toBeTruthy();
    expect(screen.getByText(/6 choices name pupils in other classes/)).toBeTruthy();
    // 7A matches the stored "Klasse 7a" by name: a new wave of it; the others are new classes.
    expect((screen.getByLabelText('Save 7A as') as HTMLSelectElement).value).toBe(existing.id);
    expect((screen.getByLabelText('Save 7B as') as HTMLSelectElement).value).toBe('new');
    // An issue names its class.
    expect(screen.getAllByText(/class 7A, row 5/).length).toBeGreaterThan(0);

    await fireEvent.click(screen.getByRole('checkbox', { name: '7C' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save 2 classes' }));
    await waitFor(() => expect(app.classes.map((c) => [c.name, c.waves.length])).toEqual([['Klasse 7a', 2], ['7B', 1]]));
    const seventhA = app.classes[0]!.waves[1]!;
    expect(seventhA.survey.pupils).toHaveLength(8);
    expect(seventhA.importIssues.every((issue) => issue.class === undefined || issue.class === '7A')).toBe(true);
    expect(seventhA.survey.nominations.some((n) => n.to === 'Sara Moe')).toBe(false);
    // The choice of Sara Moe (7B) is kept with 7A's wave, naming 7B's new wave; choices of 7C (not saved) are not.
    const [sevenA, sevenB] = app.classes;
    expect(seventhA.crossClass).toContainEqual({ from: 'Jonas Lie', toWave: sevenB!.waves[0]!.id, to: 'Sara Moe', question: expect.any(String) });
    expect(seventhA.crossClass!.every((n) => n.toWave === sevenB!.waves[0]!.id)).toBe(true);
    // Next year's classes count her as a friend Jonas chose.
    const classOfWave = latestWaves(app.classes);
    const problem = cohortProblem(app.classes.map((c) => cohortClass(c, classOfWave)), { balanceGender: true, balanceSupport: true, previousClassCap: 0, separate: [], together: [] }, (id) => id);
    expect(problem.positive).toContainEqual([`${sevenA!.id}:Jonas Lie`, `${sevenB!.id}:Sara Moe`]);
  });

  it('reads the file as one class when the user chooses no class column', async () => {
    const app = new AppState(`school-wizard-${Math.random()}`);
    render(App, { props: { app, locale: new Locale('en') } });
    await waitFor(() => expect(app.loaded).toBe(true));
    await fireEvent.click(screen.getAllByRole('button', { name: 'Import a survey' })[0]!);
    await fireEvent.change(await screen.findByLabelText('Survey export (CSV or Excel .xlsx)'), { target: { files: [SCHOOL()] } });
    await screen.findByRole('table', { name: 'Classes in the file' });
    await fireEvent.change(screen.getByLabelText('Class column'), { target: { value: '' } });
    await waitFor(() => expect(screen.queryByRole('table', { name: 'Classes in the file' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Save the class' })).toBeTruthy();
  });
});
