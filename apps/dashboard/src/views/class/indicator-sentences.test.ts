import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../App.svelte';
import { Locale } from '../../lib/i18n/locale.svelte.ts';
import { AppState } from '../../lib/state/app-state.svelte.ts';

let databases = 0;

describe('indicator sentences on screen (written by core/messages)', () => {
  it('the attention list and the pupil panel show each sentence in the chosen language', async () => {
    const app = new AppState(`indicator-sentences-${++databases}`);
    const locale = new Locale('nb');
    render(App, { props: { app, locale } });
    await waitFor(() => expect(app.loaded).toBe(true));
    await fireEvent.click(screen.getByRole('button', { name: 'Åpne: Demo 7B' }));
    await screen.findByRole('heading', { level: 2, name: 'Demo 7B' });
    await fireEvent.click(screen.getByRole('tab', { name: 'Hvem trenger oppfølging' }));
    const sentence = 'Ingen valgte Selma Rønning som en å være sammen med (0 av 23 klassekamerater som svarte).';
    await waitFor(() => expect(screen.getByRole('tabpanel').textContent).toContain(sentence));
    await locale.set('en');
    await waitFor(() => expect(screen.getByRole('tabpanel').textContent).toContain('Nobody chose Selma Rønning as someone to be with (0 of 23 classmates who answered).'));
    await fireEvent.click(screen.getByRole('tab', { name: 'Pupil table' }));
    await fireEvent.click(within(await screen.findByRole('table')).getByRole('button', { name: 'Selma Rønning' }));
    const panel = (await screen.findByRole('heading', { level: 3, name: 'Selma Rønning' })).closest('section')!;
    expect(panel.textContent).toContain('Nobody chose Selma Rønning as someone to be with (0 of 23 classmates who answered).');
  });
});
