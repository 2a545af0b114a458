import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../App.svelte';
import { Locale } from '../lib/i18n/locale.svelte.ts';
import { localDate } from '../lib/local-date.ts';
import { AppState } from '../lib/state/app-state.svelte.ts';
import type { StoredClass, StoredWave } from '../lib/storage/stored-class.ts';

let databases = 0;
const wave = (id: string, names: readonly string[]): StoredWave => {
  const pupils = names.map((name, i) => ({ id: `p${i}`, name, attributes: {} }));
  return { id, label: id, date: '2026-09-01', file: null, importIssues: [], survey: { pupils, questions: [{ id: 'q', label: 'Venner', kind: 'positive', limit: 3 }], nominations: [], respondents: { q: pupils.map((p) => p.id) } } };
};
/** Measures on the class's first two pupils, both evaluated on a date already past. */
const due = (c: StoredClass, evaluation = '2026-09-20'): StoredClass => ({
  ...c,
  followUps: Object.fromEntries(c.waves.at(-1)!.survey.pupils.slice(0, 2).map(({ id: p }, i) => [p, { measures: [{ id: `m-${c.id}-${p}`, text: `Tiltak p${i}`, responsible: 'Kari', start: '2026-09-02', evaluation, notes: '', status: 'active' as const }], log: [] }])),
});

async function start() {
  const app = new AppState(`due-${++databases}`);
  render(App, { props: { app, locale: new Locale('en') } });
  await waitFor(() => expect(app.loaded).toBe(true));
  return app;
}
const dueList = () => screen.getByRole('heading', { level: 3, name: 'Evaluations due' }).nextElementSibling!.parentElement!;

describe('<DueEvaluations>', () => {
  it('with one class lists each due measure with its pupil', async () => {
    const app = await start();
    const demo = app.allClasses[0]!;
    await app.saveClass(demo.id, due);
    const first = demo.waves.at(-1)!.survey.pupils[0]!.name;
    await waitFor(() => expect(screen.getByText(new RegExp(`${first} \\(Demo 7B\\) — Tiltak p0`))).toBeTruthy());
  });

  it('with more than one class gives the count per class and no pupil name', async () => {
    const app = await start();
    const a = await app.addWave({ name: '7A' }, wave('a', ['Hemmelig Ås', 'Hemmelig Bø', 'Hemmelig Ek']));
    await app.saveClass(a.id, due);
    await app.addWave({ name: '7B' }, wave('b', ['Skjult Dal']));
    app.view = { name: 'start' };
    await screen.findByRole('heading', { level: 3, name: 'School overview' });
    // 20 Sept 2026 has passed: overdue, not "due".
    expect(await screen.findByText('7A: 2 evaluations due, the first overdue since 20 Sept 2026')).toBeTruthy();
    expect(screen.queryByText(/^7B:/)).toBeNull();
    expect(dueList().textContent).toContain('Number per class');
    expect(document.body.textContent).not.toMatch(/Hemmelig|Skjult|Tiltak p0/);
  });

  it('says an evaluation due today falls due, not that it is overdue', async () => {
    const app = await start();
    const a = await app.addWave({ name: '7A' }, wave('a', ['Hemmelig Ås']));
    await app.saveClass(a.id, (c) => due(c, localDate()));
    await app.addWave({ name: '7B' }, wave('b', ['Skjult Dal']));
    app.view = { name: 'start' };
    expect(await screen.findByText(/^7A: 1 evaluation due \(from \d/)).toBeTruthy();
    expect(screen.queryByText(/overdue/)).toBeNull();
  });
});
