import { describe, expect, it } from 'vitest';
import { dumpStore } from '../storage/dump-store.ts';
import { STORE_FORMAT, Store } from '../storage/store.ts';
import { AppState } from './app-state.svelte.ts';

const wave = { id: 'w1', label: 'Høst', date: '2026-09-01', file: null, importIssues: [], survey: { pupils: [{ id: 'a', name: 'Åse Hemmelig', attributes: {} }], questions: [], nominations: [], respondents: {} } };

describe('AppState storage', () => {
  it('keeps classes across sessions and saves a class whole', async () => {
    const first = new AppState('state-1');
    await first.load();
    const saved = await first.addWave({ name: '7A' }, wave);
    await first.saveClass(saved.id, (c) => ({ ...c, followUps: { a: { measures: [], log: [{ at: '2026-09-02', text: 'x' }] } } }));
    first.close();
    const second = new AppState('state-1');
    await second.load();
    expect(second.classes.map((c) => [c.name, c.waves.length, c.followUps?.a?.log.length])).toEqual([['7A', 1, 1]]);
    second.close();
  });

  it('encrypts everything at rest with a passphrase lock; a wrong passphrase is refused and changes nothing', async () => {
    const app = new AppState('state-2');
    await app.load();
    await app.addWave({ name: 'Syvende B' }, wave);
    await app.openSensitive(app.classes[0]!.id, 'Møte om Åse');
    await app.setLock('et langt passord');
    const raw = await dumpStore('state-2');
    expect(raw).not.toContain('Hemmelig');
    expect(raw).not.toContain('Møte om Åse');
    expect(raw).not.toContain('Syvende');
    app.close();

    const later = new AppState('state-2');
    await later.load();
    expect(later.locked).toBe(true);
    expect(later.classes).toEqual([]);
    await expect(later.unlock('feil passord')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE_OR_CHANGED' });
    expect(later.locked).toBe(true);
    await later.unlock('et langt passord');
    expect(later.locked).toBe(false);
    expect(later.classes[0]!.waves[0]!.survey.pupils[0]!.name).toBe('Åse Hemmelig');
    expect(later.log.map((e) => e.purpose)).toEqual(['Møte om Åse']);
    // New data written while unlocked is encrypted too; removing the lock writes everything back in clear.
    await later.addWave({ name: 'Syvende C' }, wave);
    expect(await dumpStore('state-2')).not.toContain('Syvende');
    await later.setLock(null);
    later.close();
    const open = new AppState('state-2');
    await open.load();
    expect(open.locked).toBe(false);
    expect(open.classes.map((c) => c.name)).toEqual(['Syvende B', 'Syvende C']);
    open.close();
  });

  it('a tab of an older build, once a newer build saved, says so, asks to reload and saves nothing more', async () => {
    const app = new AppState('state-outdated');
    await app.load();
    const saved = await app.addWave({ name: '7A' }, wave);
    expect(app.outdated).toBe(false);
    // The app is updated in another tab, which saves with its newer format.
    const newer = await Store.open('state-outdated', STORE_FORMAT + 1);
    const contents = await newer.read();
    newer.adopt(contents.stamp!);
    await newer.write({ classes: [{ ...contents.classes[0]!, name: '7A (new build)' }] });
    expect(await app.saveClass(saved.id, (c) => ({ ...c, name: '7A (old build)' }))).toBeNull();
    expect(app.failure).toMatchObject({ action: 'save', code: 'OUTDATED' });
    expect(app.outdated).toBe(true);
    await expect(app.addWave({ name: '7B' }, wave)).rejects.toMatchObject({ code: 'OUTDATED' });
    expect((await newer.read()).classes.map((c) => c.name)).toEqual(['7A (new build)']);
    newer.close();
    app.close();
  });
});
