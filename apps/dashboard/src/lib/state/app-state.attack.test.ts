/**
 * The store under attack (fast-check, fake-indexeddb): random sequences of saves, edits, imports, access-log
 * entries, class renames, class deletes, wave moves, locks, passphrase changes, unlocks, reloads and deletes, run by two tabs on one store — one after
 * the other or interleaved, also two changes at once in one tab — with failures injected at random `put`/`add`/`delete` calls. After every step:
 * - every class whose save resolved is stored, with every edit that resolved (nothing committed is lost) and
 *   the name of its last rename that resolved, and nothing is stored that no save committed (a deleted class,
 *   or one whose only wave was moved away, is gone);
 * - while a lock is set, no clear text (pupil names, class names, purposes) is anywhere in any database.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_PBKDF2_ITERATIONS } from '../crypto/encrypted-file.ts';
import { dumpStore } from '../storage/dump-store.ts';
import type { StoredClass } from '../storage/stored-class.ts';
import { AppState } from './app-state.svelte.ts';
import { deleteClass, moveWave, renameClass } from './class-edits.ts';

/** Every secret written contains this word; it must never be readable under a lock. */
const SECRET = 'Hemmelig';
const PASSPHRASES = ['passord-nummer-en', 'passord-nummer-to'];

function wave(tag: string) {
  return {
    id: `w-${tag}`,
    label: 'Høst',
    date: '2026-09-01',
    file: null,
    importIssues: [],
    survey: { pupils: [{ id: 'a', name: `${SECRET} Åse ${tag}`, attributes: {} }, { id: 'b', name: `${SECRET} Per ${tag}`, attributes: {} }], questions: [{ id: 'q', label: 'Venner', kind: 'positive', limit: 3 }], nominations: [{ from: 'a', to: 'b', question: 'q' }], respondents: { q: ['a'] } },
  } as const;
}

/** An edit adds a token to the class's follow-up log; a lost update loses a token. */
const addToken = (token: string) => (c: StoredClass): StoredClass => {
  const record = c.followUps?.a ?? { measures: [], log: [] };
  return { ...c, followUps: { ...(c.followUps ?? {}), a: { ...record, log: [...record.log, { at: '2026-10-01', text: token }] } } };
};

type Op =
  | { readonly t: 'save' | 'import' | 'importBad' | 'log' | 'reload' | 'removeLock' | 'unlock'; readonly tab: number }
  | { readonly t: 'edit' | 'rename' | 'deleteClass' | 'moveWave'; readonly tab: number; readonly pick: number }
  | { readonly t: 'lock'; readonly tab: number; readonly pass: number }
  | { readonly t: 'delete'; readonly tab: number };

const tab = fc.integer({ min: 0, max: 1 });
const writeOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constantFrom('save', 'import', 'importBad', 'log'), tab }) as fc.Arbitrary<Op>,
  fc.record({ t: fc.constant('edit' as const), tab, pick: fc.nat(5) }),
  fc.record({ t: fc.constantFrom('rename' as const, 'deleteClass' as const, 'moveWave' as const), tab, pick: fc.nat(5) }),
);
const stateOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constantFrom('reload', 'removeLock', 'unlock'), tab }) as fc.Arbitrary<Op>,
  fc.record({ t: fc.constant('lock' as const), tab, pass: fc.nat(1) }),
);
type Step = { readonly one: Op } | { readonly both: readonly [Op, Op] };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ one: fc.oneof({ weight: 3, arbitrary: writeOp }, { weight: 2, arbitrary: stateOp }) }) },
  // Two at once: a write in one tab while the other tab (or the same one, from another view) writes, locks,
  // changes or removes the lock.
  { weight: 3, arbitrary: fc.tuple(writeOp, fc.oneof(writeOp, stateOp), fc.boolean()).map(([a, b, same]) => ({ both: [{ ...a, tab: 0 }, { ...b, tab: same ? 0 : 1 }] as const })) },
  { weight: 1, arbitrary: fc.record({ one: fc.record({ t: fc.constant('delete' as const), tab }) }) },
);

/** Injected failures: the put/add calls (counted from the start of a run) that throw. */
const failing = new Set<number>();
let calls = 0;
const proto = globalThis.IDBObjectStore.prototype;
const realPut = proto.put;
const realAdd = proto.add;
const realDelete = proto.delete;
function inject(): void {
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (failing.has(calls++) && ++figures.hit) throw new DOMException('injected failure', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
  proto.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    if (failing.has(calls++) && ++figures.hit) throw new DOMException('injected failure', 'QuotaExceededError');
    return realAdd.apply(this, args);
  };
  proto.delete = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['delete']>) {
    if (failing.has(calls++) && ++figures.hit) throw new DOMException('injected failure', 'QuotaExceededError');
    return realDelete.apply(this, args);
  };
}
afterEach(() => {
  proto.put = realPut;
  proto.add = realAdd;
  proto.delete = realDelete;
});

/** What has been committed: classes (id → tokens of committed edits), their names, and the passphrase of the lock. */
interface Model {
  classes: Map<string, Set<string>>;
  names: Map<string, string>;
  pass: string | null;
}

let runs = 0;
const figures = { sequences: 0, steps: 0, injected: 0, hit: 0, failedWrites: 0, staleWrites: 0, lost: 0, clearUnderLock: 0 };

async function runSequence(steps: readonly Step[], failures: readonly number[]): Promise<void> {
  const base = `attack-${++runs}`;
  failing.clear();
  calls = 0;
  const tabs = [new AppState(base, MIN_PBKDF2_ITERATIONS), new AppState(base, MIN_PBKDF2_ITERATIONS)];
  await tabs[0]!.load();
  await tabs[1]!.load();
  for (const f of failures) failing.add(calls + f);
  figures.injected += failures.length;
  const model: Model = { classes: new Map(), names: new Map(), pass: null };
  let counter = 0;

  async function run(op: Op): Promise<() => void> {
    const app = tabs[op.tab]!;
    const tag = `${op.tab}-${++counter}`;
    const ok = <T>(promise: Promise<T>) =>
      promise.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => {
          figures.failedWrites++;
          if ((error as { code?: string })?.code === 'STALE') figures.staleWrites++;
          return { ok: false as const };
        },
      );
    switch (op.t) {
      case 'save': {
        const result = await ok(app.addWave({ name: `${SECRET} klasse ${tag}` }, wave(tag)));
        return () => result.ok && model.classes.set(result.value.id, new Set()) && model.names.set(result.value.id, result.value.name);
      }
      case 'import': {
        const value = { id: `imported-${tag}`, name: `${SECRET} import ${tag}`, createdAt: '2026-01-01', waves: [wave(tag)] };
        const result = await ok(app.importClass(value));
        return () => result.ok && model.classes.set(result.value.id, new Set()) && model.names.set(result.value.id, result.value.name);
      }
      case 'importBad': {
        const bad = { id: `bad-${tag}`, name: `${SECRET} bad`, createdAt: '2026-01-01', waves: counter % 2 ? [] : [{ ...wave(tag), survey: null }] };
        await expect(app.importClass(bad)).rejects.toMatchObject({ name: 'InvalidClassError' });
        return () => undefined;
      }
      case 'edit': {
        const target = app.classes[op.pick % Math.max(1, app.classes.length)];
        if (!target) return () => undefined;
        const token = `token-${tag}`;
        const saved = await app.saveClass(target.id, addToken(token));
        if (!saved) figures.failedWrites++;
        return () => saved && model.classes.get(target.id)?.add(token);
      }
      case 'rename': {
        const target = app.classes[op.pick % Math.max(1, app.classes.length)];
        if (!target) return () => undefined;
        const name = `${SECRET} omdøpt ${tag}`;
        const result = await ok(app.editClasses('rename', (c) => renameClass(c, target.id, name)));
        return () => result.ok && model.names.set(target.id, name);
      }
      case 'deleteClass': {
        const target = app.classes[op.pick % Math.max(1, app.classes.length)];
        if (!target) return () => undefined;
        const result = await ok(app.editClasses('deleteClass', (c) => deleteClass(c, target.id)));
        return () => result.ok && model.classes.delete(target.id) && model.names.delete(target.id);
      }
      case 'moveWave': {
        // The latest wave of one class into the next; the source goes when that was its only wave.
        const from = app.classes[op.pick % Math.max(1, app.classes.length)];
        const to = app.classes[(op.pick + 1) % Math.max(1, app.classes.length)];
        if (!from || !to || from.id === to.id) return () => undefined;
        const emptied = from.waves.length === 1;
        const result = await ok(app.editClasses('moveWave', (c) => moveWave(c, from.id, from.waves.at(-1)!.id, to.id)));
        return () => result.ok && emptied && model.classes.delete(from.id) && model.names.delete(from.id);
      }
      case 'log': {
        const target = app.classes[0];
        if (!target) return () => undefined;
        await ok(app.openSensitive(target.id, `${SECRET} formål ${tag}`));
        return () => undefined;
      }
      case 'lock': {
        const pass = PASSPHRASES[op.pass]!;
        const result = await ok(app.setLock(pass));
        return () => result.ok && (model.pass = pass);
      }
      case 'removeLock': {
        if (!app.hasLock) return () => undefined;
        const result = await ok(app.setLock(null));
        return () => result.ok && (model.pass = null);
      }
      case 'unlock': {
        if (app.locked && model.pass) await app.unlock(model.pass).catch(() => undefined);
        return () => undefined;
      }
      case 'reload': {
        app.close();
        tabs[op.tab] = new AppState(base, MIN_PBKDF2_ITERATIONS);
        await tabs[op.tab]!.load();
        return () => undefined;
      }
      case 'delete': {
        const result = await ok(app.deleteAll());
        return () => {
          if (!result.ok) return;
          model.classes.clear();
          model.names.clear();
          model.pass = null;
        };
      }
    }
  }

  async function check(where: string): Promise<void> {
    const raw = await dumpStore(base);
    const reader = new AppState(base, MIN_PBKDF2_ITERATIONS);
    failing.clear(); // the reader is not attacked
    await reader.load();
    expect(reader.loadError, where).toBeNull();
    expect(reader.hasLock, where).toBe(model.pass !== null);
    if (model.pass) {
      if (raw.includes(SECRET)) figures.clearUnderLock++;
      expect(raw.includes(SECRET), `${where}: clear text under the lock`).toBe(false);
      await reader.unlock(model.pass);
    }
    const stored = new Map(reader.classes.map((c) => [c.id, new Set(c.followUps?.a?.log.map((e) => e.text) ?? [])]));
    for (const [id, tokens] of model.classes) {
      const found = stored.get(id);
      if (!found || [...tokens].some((t) => !found.has(t))) figures.lost++;
      expect(found, `${where}: class ${id} lost`).toBeDefined();
      for (const token of tokens) expect(found!.has(token), `${where}: edit ${token} of ${id} lost`).toBe(true);
    }
    expect([...stored.keys()].sort(), `${where}: stored classes`).toEqual([...model.classes.keys()].sort());
    for (const c of reader.classes) expect(c.name, `${where}: name of ${c.id}`).toBe(model.names.get(c.id));
    expect(reader.quarantined, where).toEqual([]);
    reader.close();
  }

  inject();
  try {
    for (const [i, s] of steps.entries()) {
      figures.steps++;
      if ('one' in s) (await run(s.one))();
      else for (const apply of await Promise.all(s.both.map(run))) apply();
      // Let re-reads triggered by the other tab settle, as they would between two clicks.
      await Promise.all(tabs.map((t) => t.refresh().catch(() => undefined)));
      const saved = new Set(failing);
      await check(`step ${i} ${JSON.stringify(s)}`);
      for (const f of saved) failing.add(f);
    }
  } finally {
    figures.sequences++;
    for (const t of tabs) t.close();
  }
}

describe('the store under attack', () => {
  it('two tabs, random saves, edits, imports, renames, deletes and moves, locks and unlocks, failures at random puts and deletes: nothing committed is lost, no clear text under a lock', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), fc.uniqueArray(fc.nat(24), { maxLength: 4 }), (steps, failures) => runSequence(steps, failures)),
      { numRuns: Number(process.env.ATTACK_RUNS ?? 30), seed: process.env.ATTACK_SEED ? Number(process.env.ATTACK_SEED) : undefined },
    );
    console.log(`store attack: ${figures.sequences} sequences, ${figures.steps} steps, ${figures.injected} failures planned, ${figures.hit} injected at a put/add/delete, ${figures.failedWrites} writes refused (${figures.staleWrites} stale), ${figures.lost} committed changes lost, ${figures.clearUnderLock} times clear text under a lock`);
    expect(figures.lost).toBe(0);
  }, 600_000);
});
