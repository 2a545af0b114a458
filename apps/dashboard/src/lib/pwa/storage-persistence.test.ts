import { describe, expect, it } from 'vitest';
import { StoragePersistence, type PersistenceApi } from './storage-persistence.svelte.ts';

const api = (persisted: boolean, grant: boolean): PersistenceApi & { asked: number } => {
  const fake = { asked: 0, persisted: async () => persisted, persist: async () => (fake.asked++, grant) };
  return fake;
};

describe('StoragePersistence', () => {
  it('check() reads the state without asking', async () => {
    const fake = api(false, true);
    const persistence = new StoragePersistence(fake);
    expect(await persistence.check()).toBe('best-effort');
    expect(fake.asked).toBe(0);
    expect(await new StoragePersistence(api(true, true)).check()).toBe('persistent');
  });

  it('request() asks the browser and keeps its answer', async () => {
    const granted = new StoragePersistence(api(false, true));
    expect(await granted.request()).toBe('persistent');
    expect(granted.requested).toBe(true);
    expect(await new StoragePersistence(api(false, false)).request()).toBe('best-effort');
  });

  it('is unsupported without navigator.storage.persist', async () => {
    expect(await new StoragePersistence({} as PersistenceApi).check()).toBe('unsupported');
  });
});
