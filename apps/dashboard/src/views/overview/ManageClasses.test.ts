import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../App.svelte';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { AppState } from '../../lib/state/app-state.svelte.ts';
import { Store } from '../../lib/storage/store.ts';

let databases = 0;
const wave = (id: string, date: string) => ({ id, label: id === 'a1' ? 'Høst' : 'Vår', date, file: null, importIssues: [], survey: { pupils: [{ id: 'a', name: 'Åse', attributes: {} }, { id: 'b', name: 'Per', attributes: {} }], questions: [], nominations: [], respondents: {} } });
const proto = IDBObjectStore.prototype;
const realPut = proto.put;
const realDelete = proto.delete;
afterEach(() => {
  proto.put = realPut;
  proto.delete = realDelete;
});
const failing = () => {
  throw new DOMException('injected failure', 'QuotaExceededError');
};

async function start() {
  const name = `manage-ui-${++databases}`;
  const app = new AppState(name);
  render(App, { props: { app, locale: new Locale('en') } });
  await waitFor(() => expect(app.loaded).toBe(true));
  const a = await app.addWave({ name: '7A' }, wave('a1', '2026-09-15'));
  await app.addWave({ classId: a.id }, wave('a2', '2027-03-01'));
  await app.addWave({ name: '7B' }, wave('b1', '2026-09-10'));
  app.view = { name: 'start' };
  await screen.findByRole('heading', { level: 3, name: 'Change classes and waves' });
  const stored = async () => {
    const store = await Store.open(name);
    const { classes } = await store.read();
    store.close();
    return classes.map((c) => `${c.name as string}: ${(c.waves as unknown[]).length}`).sort();
  };
  return { app, stored };
}

describe('<ManageClasses>', () => {
  it('a rename the browser refuses to store: the app says what failed, and nothing changed', async () => {
    const { app, stored } = await start();
    proto.put = failing as never;
    await fireEvent.input(screen.getByLabelText('New name of the class'), { target: { value: '7A Ås' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The change could not be saved. Nothing was changed.');
    expect(app.classes.map((c) => c.name)).toEqual(['7A', '7B']);
    proto.put = realPut;
    expect(await stored()).toEqual(['7A: 2', '7B: 1']);
  });

  it('deleting a wave asks first, naming the class, wave, date and pupils; a failed delete changes nothing and says so', async () => {
    const { app, stored } = await start();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete the wave: Høst' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete the wave “Høst” (15 Sept 2026, 2 pupils) from 7A? This cannot be undone.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    proto.put = failing as never;
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, delete the wave' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The wave could not be deleted. Nothing was changed.');
    proto.put = realPut;
    expect(app.classes.find((c) => c.name === '7A')!.waves).toHaveLength(2);
    expect(await stored()).toEqual(['7A: 2', '7B: 1']);
  });

  it('deleting a class whose record the browser will not delete: nothing changed, and the app says so', async () => {
    const { app, stored } = await start();
    await fireEvent.change(screen.getByLabelText('Class to change'), { target: { value: app.classes.find((c) => c.name === '7B')!.id } });
    await fireEvent.click(screen.getByRole('button', { name: 'Delete the class' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Delete the class 7B with all its waves (Vår (10 Sept 2026, 2 pupils)), its follow-up and its plans?');
    proto.delete = failing as never;
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete the class' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The class could not be deleted. Nothing was changed.');
    proto.delete = realDelete;
    expect(await stored()).toEqual(['7A: 2', '7B: 1']);
    expect(screen.getByRole('button', { name: 'Open: 7B' })).toBeTruthy();
  });
});
