import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from './App.svelte';
import { Locale } from './lib/i18n/locale.svelte.ts';
import { ServiceWorkerState } from './lib/pwa/service-worker.svelte.ts';
import { StoragePersistence } from './lib/pwa/storage-persistence.svelte.ts';
import { AppState } from './lib/state/app-state.svelte.ts';

let databases = 0;
async function start(lang: 'nb' | 'en' = 'en') {
  const app = new AppState(`test-${++databases}`);
  const view = render(App, { props: { app, locale: new Locale(lang) } });
  await waitFor(() => expect(app.loaded).toBe(true));
  return { app, ...view };
}

async function openDemo() {
  await fireEvent.click(screen.getByRole('button', { name: 'Open: Demo 7B' }));
  await screen.findByRole('heading', { level: 2, name: 'Demo 7B' });
}

describe('<App>', () => {
  it('shows whether the browser keeps the data, with a backup reminder and a request button when it may not', async () => {
    let granted = false;
    const persistence = new StoragePersistence({ persisted: async () => granted, persist: async () => (granted = true) });
    render(App, { props: { app: new AppState(`test-${++databases}`), locale: new Locale('en'), persistence } });
    await screen.findByText(/Keep an encrypted backup/);
    await fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep the data' }));
    await screen.findByText('The browser keeps the stored data (persistent storage).');
    expect(screen.queryByText(/Keep an encrypted backup/)).toBeNull();
  });

  it('offers a waiting new version without switching to it, and can put it off', async () => {
    const serviceWorker = new ServiceWorkerState();
    render(App, { props: { app: new AppState(`test-${++databases}`), locale: new Locale('nb'), serviceWorker } });
    expect(screen.queryByText('En ny versjon av Sociogram er klar.')).toBeNull();
    serviceWorker.updateAvailable = true;
    await screen.findByText('En ny versjon av Sociogram er klar.');
    expect(screen.getByRole('button', { name: 'Oppdater nå' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Senere' }));
    expect(screen.queryByText('En ny versjon av Sociogram er klar.')).toBeNull();
  });

  it('opens on the class list with the demo class, in bokmål by default', async () => {
    await start('nb');
    expect(screen.getByRole('heading', { level: 2, name: 'Klasser' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /Demo 7B/ })).toBeTruthy();
    expect(screen.getByText('Alt blir i denne nettleseren. Ingenting sendes noe sted.')).toBeTruthy();
  });

  it('switches language', async () => {
    await start('nb');
    await fireEvent.change(screen.getByLabelText('Språk'), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Classes' })).toBeTruthy();
  });

  it('shows who needs attention, with bullying reports hidden until opened for a purpose', async () => {
    const { app } = await start();
    await openDemo();
    await fireEvent.click(screen.getByRole('tab', { name: 'Who needs attention' }));
    await waitFor(() => expect(screen.getByRole('tabpanel').textContent).toContain('Nobody chose Selma Rønning as someone to be with (0 of 23 classmates who answered).'));
    expect(document.body.textContent).not.toContain('is bullied');
    expect(screen.getByText(/indicators rest on negative or bullying answers and are hidden/)).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Show them for a purpose …' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByRole('alert').textContent).toBe('Write the purpose first.');
    await fireEvent.input(screen.getByLabelText(/Why do you need to see them/), { target: { value: 'Resource team meeting about Per' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText(/7 of 23 classmates who answered \(30 %\) said Per Ødegård is bullied/)).toBeTruthy();
    expect(app.log.map((entry) => [entry.className, entry.purpose])).toEqual([['Demo 7B', 'Resource team meeting about Per']]);
  });

  it('replaces every name with a pseudonym, in the table and in the sentences', async () => {
    const { app } = await start();
    await openDemo();
    app.pseudonymMode = true;
    await fireEvent.click(screen.getByRole('tab', { name: 'Pupil table' }));
    const table = await screen.findByRole('table');
    expect(within(table).queryByText('Selma Rønning')).toBeNull();
    const shown = within(table).getAllByText(/^Pupil \d\d$/).map((cell) => cell.textContent);
    expect(new Set(shown).size).toBe(25);
    // Numbered in an order drawn for the session, not by class-list position (the list would decode them).
    const survey = app.allClasses[0]!.waves[0]!.survey;
    const byList = survey.pupils.map((p) => app.nameFor(survey, 'Pupil')(p.id));
    expect(byList).not.toEqual(byList.map((_, i) => `Pupil ${String(i + 1).padStart(2, '0')}`));
    expect(new Set(byList).size).toBe(survey.pupils.length);
    await fireEvent.click(screen.getByRole('tab', { name: 'Who needs attention' }));
    await waitFor(() => expect(document.body.textContent).toMatch(/Nobody chose Pupil \d\d as someone to be with/));
    expect(document.body.textContent).not.toContain('Rønning');
  });

  it('sorts the pupil table and opens a pupil panel', async () => {
    await start();
    await openDemo();
    await fireEvent.click(screen.getByRole('tab', { name: 'Pupil table' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Sort by Chosen by' }));
    const firstRow = screen.getAllByRole('row')[1]!;
    expect(within(firstRow).getByRole('button').textContent).toBe('Mathias Berg');
    await fireEvent.click(within(firstRow).getByRole('button'));
    expect(await screen.findByRole('heading', { level: 3, name: 'Mathias Berg' })).toBeTruthy();
  });

  it('renders a hostile name as text', async () => {
    const { app } = await start();
    const evil = '<img src=x onerror=alert(1)>';
    const stored = await app.addWave({ name: evil }, {
      id: 'w1', label: 'Autumn', date: '2026-09-01', file: null, importIssues: [],
      survey: { pupils: [{ id: 'a', name: evil, attributes: {} }, { id: 'b', name: 'Bo', attributes: {} }], questions: [{ id: 'q', label: 'Friends', kind: 'positive', limit: 2 }], nominations: [{ from: 'b', to: 'a', question: 'q' }], respondents: { q: ['a', 'b'] } },
    });
    app.open(stored.id);
    await screen.findByRole('heading', { level: 2, name: evil });
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain(evil);
  });

  it('deletes all stored data after confirmation, keeping the built-in demo', async () => {
    const { app } = await start();
    await app.addWave({ name: '7A' }, { id: 'w', label: 'A', date: '2026-09-01', file: null, importIssues: [], survey: { pupils: [{ id: 'a', name: 'A', attributes: {} }], questions: [], nominations: [], respondents: {} } });
    app.view = { name: 'start' };
    expect(await screen.findByRole('button', { name: 'Open: 7A' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Open: 7A' })).toBeNull());
    expect(screen.getByRole('heading', { level: 3, name: /Demo 7B/ })).toBeTruthy();
    expect(app.classes).toEqual([]);
  });
});
