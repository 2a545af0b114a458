import { render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../App.svelte';
import { Locale } from '../lib/i18n/locale.svelte.ts';
import { AppState } from '../lib/state/app-state.svelte.ts';
import type { StoredWave } from '../lib/storage/stored-class.ts';

let databases = 0;
const wave = (id: string): StoredWave => ({ id, label: 'Høst', date: '2026-09-01', file: null, importIssues: [], survey: { pupils: [{ id: 'p', name: 'Ola', attributes: {} }], questions: [], nominations: [], respondents: {} } });

/** Stored classes saved in an order that is neither natural nor by grade. */
async function school() {
  const app = new AppState(`grades-${++databases}`);
  render(App, { props: { app, locale: new Locale('en') } });
  await waitFor(() => expect(app.loaded).toBe(true));
  await app.addWaves(['10A', '7C', 'Musikk', '7B', '9A'].map((name) => ({ target: { name }, wave: wave(name) })));
  return app;
}

describe('class pickers grouped by grade', () => {
  it('next year\'s classes: one group per grade in ascending order, "Other" last, classes in natural order, and a button to take one grade', async () => {
    const app = await school();
    app.view = { name: 'nextClasses' };
    const picker = await screen.findByRole('group', { name: 'Classes to divide (the latest wave of each)' });
    const grades = within(picker).getAllByRole('group', { name: /^(Grade \d+|Other)$/ });
    expect(grades.map((g) => g.querySelector('legend')!.textContent)).toEqual(['Grade 7', 'Grade 9', 'Grade 10', 'Other']);
    expect(within(grades[0]!).getAllByRole('checkbox').map((c) => c.closest('label')!.textContent!.split(' ·')[0]!.trim())).toEqual(['7B', '7C']);
    expect(within(grades[3]!).getAllByRole('checkbox').map((c) => c.closest('label')!.textContent!.split(' ·')[0]!.trim())).toEqual(['Demo 7B (demo class)', 'Musikk']);
    within(grades[0]!).getByRole('button', { name: 'Choose only Grade 7' }).click();
    await waitFor(() => expect(screen.getByText('2 pupils from 2 classes.')).toBeTruthy());
    expect(within(grades[0]!).getAllByRole('checkbox').every((c) => (c as HTMLInputElement).checked)).toBe(true);
    expect(within(grades[2]!).getByRole('checkbox')).toHaveProperty('checked', false);
  });

  it('the class to change on the start page: options grouped under their grade', async () => {
    await school();
    const select = (await screen.findByLabelText('Class to change')) as HTMLSelectElement;
    const groups = [...select.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)]);
    expect(groups).toEqual([['Grade 7', ['7B', '7C']], ['Grade 9', ['9A']], ['Grade 10', ['10A']], ['Other', ['Musikk']]]);
  });
});
