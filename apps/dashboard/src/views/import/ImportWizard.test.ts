import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../App.svelte';
import { Locale, type Lang } from '../../lib/i18n/locale.svelte.ts';
import { AppState } from '../../lib/state/app-state.svelte.ts';

const FIXTURES = join(import.meta.dirname, '../../../../../fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path));

async function startImport(lang: Lang = 'en') {
  const app = new AppState(`wizard-${Math.random()}`);
  render(App, { props: { app, locale: new Locale(lang) } });
  await waitFor(() => expect(app.loaded).toBe(true));
  await fireEvent.click(screen.getAllByRole('button', { name: new Locale(lang).t('nav.import') })[0]!);
  await screen.findByLabelText(new Locale(lang).t('import.survey'));
  return app;
}

describe('<ImportWizard>', () => {
  it('reads a ";"-separated Windows-1252 export, lets the user fix a misspelt name, and saves the class', async () => {
    const app = await startImport();
    const file = new File([fixture('demo/klasse-7b-excel.csv')], 'klasse-7b-excel.csv', { type: 'text/csv' });
    const roster = new File([fixture('demo/klasse-7b-roster.csv')], 'roster.csv', { type: 'text/csv' });
    await fireEvent.change(screen.getByLabelText('Class list (optional)'), { target: { files: [roster] } });
    await fireEvent.change(screen.getByLabelText('Survey export (CSV or Excel .xlsx)'), { target: { files: [file] } });
    expect(await screen.findByText('windows-1252')).toBeTruthy();
    expect(screen.getByText(';')).toBeTruthy();
    expect(screen.getByText('25 pupils, 24 answered, 95 nominations.')).toBeTruthy();

    // "Øystein Li" was read as Øystein Lie despite the typo; the user says it meant Noah Hansen instead.
    const row = screen.getByRole('rowheader', { name: 'Øystein Li' }).closest('tr')!;
    expect(within(row).getByText('Name read despite a typo — check it.')).toBeTruthy();
    await fireEvent.change(within(row).getByRole('combobox'), { target: { value: 'p25' } });
    await waitFor(() => expect(screen.queryByText('Name read despite a typo — check it.')).toBeNull());

    await fireEvent.input(screen.getByLabelText('Class name'), { target: { value: '7B' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save the class' }));
    await waitFor(() => expect(document.querySelector('.notice.error')?.textContent ?? '').toBe(''));
    await screen.findByRole('heading', { level: 2, name: '7B' });
    const saved = app.classes[0]!;
    expect(saved.waves[0]!.survey.nominations).toContainEqual({ from: 'p23', to: 'p25', question: 'hvem-liker-du-a-vaere-sammen-med-i' });
    expect(saved.waves[0]!.survey.pupils.find((p) => p.id === 'p24')!.name).toBe('Øystein Lie');
  });

  it('explains a file it cannot use and stores nothing', async () => {
    const app = await startImport();
    const file = new File([fixture('invalid/NO_NAME_COLUMN.csv')], 'bad.csv', { type: 'text/csv' });
    await fireEvent.change(screen.getByLabelText('Survey export (CSV or Excel .xlsx)'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("No column with the pupils' names was found.");
    expect(alert.textContent).toContain('bad.csv, row 1');
    expect(app.classes).toEqual([]);
  });

  it('words issues in nynorsk and bokmål with the same titles and places as before', async () => {
    await startImport('nn');
    await fireEvent.change(screen.getByLabelText(new Locale('nn').t('import.survey')), { target: { files: [new File([fixture('invalid/NO_NAME_COLUMN.csv')], 'bad.csv', { type: 'text/csv' })] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Fann ingen kolonne med namna til elevane.');
    expect(alert.textContent).toContain('bad.csv, rad 1');
    document.body.innerHTML = '';

    await startImport('nb');
    await fireEvent.change(screen.getByLabelText(new Locale('nb').t('import.roster')), { target: { files: [new File([fixture('demo/klasse-7b-roster.csv')], 'roster.csv', { type: 'text/csv' })] } });
    await fireEvent.change(screen.getByLabelText(new Locale('nb').t('import.survey')), { target: { files: [new File([fixture('demo/klasse-7b-excel.csv')], 'klasse-7b-excel.csv', { type: 'text/csv' })] } });
    const row = (await screen.findByRole('rowheader', { name: 'Øystein Li' })).closest('tr')!;
    expect(within(row).getByText('Navnet ble lest tross en skrivefeil – sjekk det.')).toBeTruthy();
    expect(within(row).getByText('klasse-7b-excel.csv, rad 23, kolonne «Hvem liker du å være sammen med i friminuttet? [1]»')).toBeTruthy();
  });
});
