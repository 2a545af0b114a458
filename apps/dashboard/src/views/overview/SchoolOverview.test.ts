import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../App.svelte';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { AppState } from '../../lib/state/app-state.svelte.ts';
import type { StoredWave } from '../../lib/storage/stored-class.ts';

let databases = 0;
/** A wave of pupils whose first `isolated` pupils nobody chose; the others choose the next in a one-way ring (so nobody has a mutual friend). */
function wave(id: string, date: string, n: number, isolated: number): StoredWave {
  const pupils = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `Hemmelig ${id} ${i}`, attributes: {} }));
  const ring = pupils.slice(isolated).map((p) => p.id);
  const nominations = ring.map((from, i) => ({ from, to: ring[(i + 1) % ring.length]!, question: 'q' }));
  return { id, label: id, date, file: null, importIssues: [], survey: { pupils, questions: [{ id: 'q', label: 'Venner', kind: 'positive', limit: 3 }], nominations, respondents: { q: pupils.map((p) => p.id) } } };
}

async function school() {
  const app = new AppState(`overview-${++databases}`);
  render(App, { props: { app, locale: new Locale('en') } });
  await waitFor(() => expect(app.loaded).toBe(true));
  const a = await app.addWave({ name: '7A' }, wave('a1', '2026-09-01', 6, 1));
  await app.addWave({ classId: a.id }, wave('a2', '2027-03-01', 6, 3));
  await app.saveClass(a.id, (c) => ({ ...c, followUps: { p0: { measures: [{ id: 'm', text: 'Tiltak', responsible: 'Kari', start: '2026-09-02', evaluation: '2026-09-20', notes: '', status: 'active' }], log: [] } } }));
  await app.addWave({ name: '10C' }, wave('c1', '2026-09-05', 5, 2));
  app.view = { name: 'start' };
  const table = await screen.findByRole('table');
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4)); // header, demo, 7A, 10C
  return { app, table };
}

const rowNames = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent!.replace(/\s*\(demo class\)/, '').trim());

describe('<SchoolOverview>', () => {
  it('lists every class with its figures and the change since the previous wave, and no pupil name', async () => {
    const { table } = await school();
    const a = within(table).getByRole('rowheader', { name: /7A/ }).closest('tr')!;
    const cells = within(a).getAllByRole('cell').map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.slice(1, 6)).toEqual(['100 % 6 of 6', '3', '6', '1', '1']);
    expect(cells[6]).toContain('isolated ↑ 2');
    expect(cells[6]).toContain('no mutual friend ±0');
    // One change a line: isolated, no mutual friend, answers in percentage points, then since when.
    const changes = [...a.querySelectorAll('td')[6]!.querySelectorAll('.change')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
    expect(changes.slice(0, 3)).toEqual(['isolated ↑ 2', 'no mutual friend ±0', expect.stringMatching(/^answers ([+−]\d+|±0) percentage points$/)]);
    expect(table.textContent).not.toContain('Hemmelig');
    expect(table.textContent).not.toContain('Demo pupil');
  });

  it('sorts by every column from its header button, and says so with aria-sort', async () => {
    const { table } = await school();
    const header = (name: RegExp) => within(table).getByRole('button', { name });
    expect(rowNames(table)).toEqual(['7A', '10C', 'Demo 7B']);
    // The demo mark is a word of its own, read and copied as "Demo 7B (demo class)".
    expect(within(table).getByRole('rowheader', { name: /Demo 7B/ }).textContent!.replace(/\s+/g, ' ').trim()).toBe('Demo 7B (demo class)');
    await fireEvent.click(header(/Sort by Isolated/));
    expect(header(/Sort by Isolated/).closest('th')!.getAttribute('aria-sort')).toBe('descending');
    expect(header(/Sort by Class/).closest('th')!.getAttribute('aria-sort')).toBe('none');
    const isolated = () => within(table).getAllByRole('row').slice(1).map((r) => Number(within(r).getAllByRole('cell')[2]!.textContent));
    expect(isolated()).toEqual([...isolated()].sort((x, y) => y - x));
    await fireEvent.click(header(/Sort by Isolated/));
    expect(header(/Sort by Isolated/).closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(isolated()).toEqual([...isolated()].sort((x, y) => x - y));
  });

  it('opens a class\'s living list from its follow-up count, with names only once the class is open', async () => {
    const { app, table } = await school();
    await fireEvent.click(within(table).getByRole('button', { name: 'Open the follow-up list of 7A (1)' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Pupils under follow-up in 7A' })).toBeTruthy();
    expect(screen.getByText(/Hemmelig a2 0: 1 measure, next evaluation/)).toBeTruthy();
    app.pseudonymMode = true;
    await waitFor(() => expect(screen.queryByText(/Hemmelig a2 0/)).toBeNull());
    await fireEvent.click(screen.getByRole('button', { name: /^Open: Pupil \d+$/ }));
    expect(await screen.findByRole('cell', { name: 'Kari' })).toBeTruthy();
  });
});
