import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from './App.svelte';

describe('<App>', () => {
  it('shows the demo class with every pupil as text', () => {
    render(App);
    expect(screen.getByRole('heading', { name: 'Demoklasse 7B' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText('Åse Bjørnstad')).toBeTruthy();
  });
});
