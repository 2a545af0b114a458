/**
 * The dashboard's state: stored classes, the current view, pseudonym mode, and whether sensitive answers are
 * open (for which purpose). Every write goes through the store (lib/storage/store.ts) in one transaction; the
 * state changes only when the write committed. A failed write is kept in `failure` (shown by the app) and
 * changes nothing. When another tab changes the store, this tab re-reads it (and locks when it was locked).
 */
import { createRng, pseudonyms, shuffled, type Survey } from '@sociogram/core';
import { demoClass } from '../demo-class.ts';
import { acceptableIterations, deriveKey, EncryptedFileError, fromBase64, PBKDF2_ITERATIONS, seal, toBase64, unseal } from '../crypto/encrypted-file.ts';
import { Store, StoreError, deleteStore, type StoreContents, type StoreLock } from '../storage/store.ts';
import { openContents, resealLogRecord, sealClass, sealLog, type Quarantined } from '../storage/records.ts';
import type { AccessLogEntry, StoredClass, StoredWave } from '../storage/stored-class.ts';
import { validateStoredClass } from '../storage/validate-class.ts';
import type { ClassEdit } from './class-edits.ts';

export type View =
  | { readonly name: 'start' }
  | { readonly name: 'import' }
  | { readonly name: 'manual'; readonly classId?: string; readonly waveId?: string }
  | { readonly name: 'log' }
  | { readonly name: 'nextClasses' }
  | { readonly name: 'class'; readonly classId: string; readonly waveId: string; /** Opened on the class's living list (from the school overview). */ readonly panel?: 'followUps' };

export interface SensitiveAccess {
  readonly classId: string;
  readonly purpose: string;
}

/** What a failed write was doing. */
export type WriteAction = 'save' | 'saveClasses' | 'import' | 'lock' | 'unlock' | 'log' | 'delete' | 'rename' | 'deleteWave' | 'deleteClass' | 'moveWave';

/** A write that did not happen: what it was, and why (a StoreError code, or the browser's message). */
export interface WriteFailure {
  readonly action: WriteAction;
  readonly code: 'STALE' | 'WRITE_FAILED' | 'UNAVAILABLE' | 'OUTDATED';
  readonly detail: string;
}

/** An imported class file that does not match the stored-class schema; nothing was stored. */
export class InvalidClassError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'InvalidClassError';
  }
}

const LOCK_CHECK = 'sociogram-lock';

export class AppState {
  classes = $state.raw<readonly StoredClass[]>([]);
  log = $state.raw<readonly AccessLogEntry[]>([]);
  /** Stored records that failed the schema (or could not be opened): kept, not shown, listed with why. */
  quarantined = $state.raw<readonly Quarantined[]>([]);
  view = $state.raw<View>({ name: 'start' });
  pseudonymMode = $state(false);
  sensitive = $state.raw<SensitiveAccess | null>(null);
  /**
   * Projector mode: larger type and marks for the back of a room, and the meeting audience's rule on screen —
   * negative and bullying answers closed and kept closed while it is on (docs/outputs.md).
   */
  projector = $state(false);
  loaded = $state(false);
  loadError = $state<string | null>(null);
  /** The last write that failed (nothing was changed); null once dismissed or after a write succeeds. */
  failure = $state.raw<WriteFailure | null>(null);
  /** The store is locked with a passphrase and not yet unlocked. */
  locked = $state(false);
  /** A passphrase lock is set (unlocked or not). */
  hasLock = $state(false);
  /**
   * A newer version of the app (in another tab, after an update) has written the store: this tab runs an
   * older build, writes nothing any more, and asks to be reloaded.
   */
  outdated = $state(false);
  private store: Store | null = null;
  private key: CryptoKey | null = null;
  /** Log records that could not be opened, carried over unchanged by a rewrite. */
  private unreadableLog: readonly Record<string, unknown>[] = [];
  private refreshing: Promise<void> | null = null;
  private again: Promise<void> | null = null;
  private readonly demo = demoClass();

  /**
   * @param databaseName the store's name (tests use their own)
   * @param iterations PBKDF2 iterations for a new lock (tests use the accepted minimum, to run fast)
   */
  constructor(
    private readonly databaseName = 'sociogram',
    private readonly iterations = PBKDF2_ITERATIONS,
  ) {}

  /** Every class: the demo first (its stored copy once planned in), then the stored ones. */
  get allClasses(): readonly StoredClass[] {
    const storedDemo = this.classes.find((c) => c.id === this.demo.id);
    return [storedDemo ?? this.demo, ...this.classes.filter((c) => c.id !== this.demo.id)];
  }

  async load(): Promise<void> {
    try {
      await this.refresh();
    } catch (error) {
      this.loadError = (error as Error).message;
    }
    this.loaded = true;
  }

  /**
   * Re-reads the store (after another tab changed it, or a write found this tab behind). A request that
   * comes while a re-read runs gets one more re-read after it, so the last change is never missed.
   */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.again ??= this.refreshing.catch(() => undefined).then(() => {
        this.again = null;
        return this.refresh();
      });
      return this.again;
    }
    this.refreshing = this.reread().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async reread(): Promise<void> {
    if (!this.store || this.store.closed) {
      try {
        this.store = await Store.open(this.databaseName);
      } catch (error) {
        if (error instanceof StoreError && error.code === 'OUTDATED') this.outdated = true;
        throw error;
      }
      this.store.onchange = () => void this.refresh().catch((error: Error) => (this.loadError = error.message));
    }
    const store = this.store;
    const contents = await store.read();
    if (store.outdated) this.outdated = true;
    await this.apply(contents);
    store.adopt(contents.stamp ?? 0);
  }

  private async apply(contents: StoreContents): Promise<void> {
    this.hasLock = contents.lock !== undefined;
    if (contents.lock && !(this.key && (await this.fits(this.key, contents.lock)))) {
      this.key = null;
      this.locked = true;
      this.classes = this.log = this.quarantined = [];
      this.unreadableLog = [];
      this.sensitive = null;
      return;
    }
    if (!contents.lock) this.key = null;
    const opened = await openContents(contents, this.key);
    this.classes = opened.classes;
    this.log = opened.log;
    this.quarantined = opened.quarantined;
    this.unreadableLog = opened.unreadableLog;
    this.locked = false;
    const view = this.view;
    if ((view.name === 'class' || view.name === 'manual') && view.classId && !this.findClass(view.classId)?.waves.some((w) => w.id === view.waveId || view.waveId === undefined)) this.view = { name: 'start' };
    if (this.sensitive && !this.findClass(this.sensitive.classId)) this.sensitive = null;
  }

  private async fits(key: CryptoKey, lock: StoreLock): Promise<boolean> {
    try {
      return (await unseal<string>(key, lock.check)) === LOCK_CHECK;
    } catch {
      return false;
    }
  }

  /**
   * Runs one write; on failure records it in `failure`, re-reads the store when this tab was behind, and
   * rethrows. Nothing in the state changes unless the write committed.
   */
  private async writing<T>(action: WriteAction, write: (store: Store) => Promise<T>): Promise<T> {
    try {
      // A locked tab holds no key: anything it wrote would be clear text in a locked store.
      if (this.locked) throw new StoreError('STALE', 'locked');
      if (this.outdated || this.store?.outdated) throw new StoreError('OUTDATED');
      if (!this.store || this.store.closed) throw new StoreError('STALE');
      const result = await write(this.store);
      this.failure = null;
      return result;
    } catch (error) {
      const code = error instanceof StoreError ? error.code : 'WRITE_FAILED';
      this.failure = { action, code, detail: error instanceof StoreError ? error.detail : (error as Error)?.message ?? String(error) };
      if (code === 'OUTDATED') this.outdated = true;
      if (code === 'STALE') await this.refresh().catch(() => undefined);
      throw error instanceof StoreError ? error : new StoreError('WRITE_FAILED', this.failure.detail);
    }
  }

  private put(next: StoredClass): Promise<void> {
    return this.putAll([next], 'save');
  }

  /** Saves classes whole in one transaction: all of them, or (on any failure) none. */
  private putAll(all: readonly StoredClass[], action: WriteAction): Promise<void> {
    return this.writing(action, async (store) => {
      const version = store.version; // `all` was computed from the state of this version
      const sealed = [];
      for (const next of all) {
        const checked = validateStoredClass(JSON.parse(JSON.stringify(next)));
        if (!checked.ok) throw new StoreError('WRITE_FAILED', `${next.name}: ${checked.problems.join('; ')}`);
        sealed.push(await sealClass(checked.value, this.key));
      }
      await store.write({ classes: sealed }, version);
    }).then(() => {
      let classes = this.classes;
      for (const next of all) classes = classes.some((c) => c.id === next.id) ? classes.map((c) => (c.id === next.id ? next : c)) : [...classes, next];
      this.classes = classes;
    });
  }

  /** Changes one class (plans, follow-up …) and saves it whole; null (and `failure` set) when the save failed. */
  async saveClass(classId: string, change: (stored: StoredClass) => StoredClass): Promise<StoredClass | null> {
    const current = this.findClass(classId);
    if (!current) return null;
    const next = change(current);
    try {
      await this.put(next);
      return next;
    } catch {
      return null;
    }
  }

  /** Replaces one wave's answers (manual entry edited later), saving the class whole. Throws when the save failed. */
  async replaceWave(classId: string, wave: StoredWave): Promise<StoredClass> {
    const current = this.findClass(classId);
    if (!current) throw new StoreError('STALE', `no class ${classId}`);
    const next = { ...current, waves: current.waves.map((w) => (w.id === wave.id ? wave : w)) };
    await this.put(next);
    return next;
  }

  /**
   * Stores a class read from an exported file, after checking it against the stored-class schema (an
   * InvalidClassError, and nothing stored, when it does not match). A class with the same id is kept and
   * the import gets a new id.
   */
  async importClass(value: unknown): Promise<StoredClass> {
    const checked = validateStoredClass(value);
    if (!checked.ok) throw new InvalidClassError(checked.problems);
    const stored = checked.value;
    const clash = this.findClass(stored.id) !== undefined || this.quarantined.some((q) => q.id === stored.id);
    const next: StoredClass = clash ? { ...stored, id: crypto.randomUUID(), name: `${stored.name} (2)`, demo: false } : { ...stored, demo: false };
    await this.writing('import', async (store) => store.write({ classes: [await sealClass(next, this.key)] }));
    this.classes = [...this.classes, next];
    return next;
  }

  /** Saves a new class, or adds a wave to an existing one, in one write. The state changes only on success. */
  async addWave(target: { readonly classId: string } | { readonly name: string }, wave: StoredWave): Promise<StoredClass> {
    const existing = 'classId' in target ? this.findClass(target.classId) : undefined;
    if ('classId' in target && !existing) throw new StoreError('STALE', `no class ${target.classId}`);
    const stored: StoredClass = existing
      ? { ...existing, waves: [...existing.waves, wave] }
      : { id: crypto.randomUUID(), name: 'name' in target ? target.name : 'Class', createdAt: new Date().toISOString(), waves: [wave] };
    await this.put(stored);
    return stored;
  }

  /**
   * Class and wave management (class-edits.ts): computes the edit from the classes of the store version this tab
   * shows and writes it — records put and deleted — in one transaction. Throws (and sets `failure`) when it
   * failed; then nothing changed, here or in the store. Other tabs re-read through the store's change signal.
   */
  async editClasses(action: WriteAction, edit: (classes: readonly StoredClass[]) => ClassEdit): Promise<void> {
    edit(this.classes); // an edit that cannot be made throws its ClassEditError here, before anything is tried
    const done = await this.writing(action, async (store) => {
      const version = store.version;
      const change = edit(this.classes);
      const records = [];
      for (const next of change.put) {
        const checked = validateStoredClass(JSON.parse(JSON.stringify(next)));
        if (!checked.ok) throw new StoreError('WRITE_FAILED', checked.problems.join('; '));
        records.push(await sealClass(checked.value, this.key));
      }
      await store.write({ classes: records, remove: change.remove }, version);
      return change;
    });
    const replaced = new Map(done.put.map((c) => [c.id, c]));
    this.classes = this.classes.filter((c) => !done.remove.includes(c.id)).map((c) => replaced.get(c.id) ?? c);
    if (this.sensitive && !this.findClass(this.sensitive.classId)) this.sensitive = null;
  }

  /**
   * Saves several waves at once — the classes of one school file — each as a new class or a new wave of an
   * existing one, in one transaction: every class is saved, or (on any failure, StoreError thrown) none is.
   * Several waves for the same existing class are added in order.
   */
  async addWaves(entries: readonly { readonly target: { readonly classId: string } | { readonly name: string }; readonly wave: StoredWave }[]): Promise<StoredClass[]> {
    const next = new Map<string, StoredClass>();
    const order: string[] = [];
    for (const { target, wave } of entries) {
      const existing = 'classId' in target ? (next.get(target.classId) ?? this.findClass(target.classId)) : undefined;
      if ('classId' in target && !existing) throw new StoreError('STALE', `no class ${target.classId}`);
      const stored: StoredClass = existing
        ? { ...existing, waves: [...existing.waves, wave] }
        : { id: crypto.randomUUID(), name: 'name' in target ? target.name : 'Class', createdAt: new Date().toISOString(), waves: [wave] };
      if (!next.has(stored.id)) order.push(stored.id);
      next.set(stored.id, stored);
    }
    const all = order.map((id) => next.get(id)!);
    await this.putAll(all, all.length > 1 ? 'saveClasses' : 'save');
    return all;
  }

  /** Unlocks a locked store; a wrong passphrase throws EncryptedFileError and changes nothing. */
  async unlock(passphrase: string): Promise<void> {
    if (!this.store || this.store.closed) await this.refresh();
    const lock = await this.store?.readLock();
    if (!this.store || !lock) return;
    if (!acceptableIterations(lock.iterations) || typeof lock.salt !== 'string') throw new EncryptedFileError('UNSAFE_PARAMETERS');
    const key = await deriveKey(passphrase, fromBase64(lock.salt), lock.iterations);
    if (!(await this.fits(key, lock))) throw new EncryptedFileError('WRONG_PASSPHRASE_OR_CHANGED');
    this.key = key;
    const store = this.store;
    const contents = await store.read();
    await this.apply(contents);
    store.adopt(contents.stamp ?? 0);
  }

  /**
   * Encrypts everything stored with a passphrase — a new lock or a changed passphrase — or, with null, removes
   * the lock. Everything is written into a fresh database in one transaction and the old one is deleted, so
   * no copy under the old key (or in clear) stays behind. Throws when it failed; then nothing changed.
   */
  async setLock(passphrase: string | null): Promise<void> {
    const key = await this.writing(passphrase === null ? 'unlock' : 'lock', async (store) => {
      // What is rewritten is the state of this version; a write of this tab meanwhile makes the rewrite stale.
      const version = store.version;
      const { classes: current, quarantined, log: entries, unreadableLog } = this;
      let next: CryptoKey | null = null;
      let lock: StoreLock | undefined;
      if (passphrase !== null) {
        const salt = crypto.getRandomValues(new Uint8Array(16));
        next = await deriveKey(passphrase, salt, this.iterations);
        lock = { key: 'lock', salt: toBase64(salt), iterations: this.iterations, check: await seal(next, LOCK_CHECK) };
      }
      const classes = await Promise.all([...current.map((c) => sealClass(c, next)), ...quarantined.map((q) => q.reseal(next))]);
      const log = await Promise.all([...entries.map((e) => sealLog(e, next)), ...unreadableLog.map((r) => resealLogRecord(r, next))]);
      await store.rewrite({ lock, classes, log }, version);
      return next;
    });
    this.key = key;
    this.hasLock = key !== null;
  }

  findClass(id: string): StoredClass | undefined {
    return this.allClasses.find((c) => c.id === id);
  }

  open(classId: string, waveId?: string, panel?: 'followUps'): void {
    const found = this.findClass(classId);
    if (!found) return;
    if (this.sensitive && this.sensitive.classId !== classId) this.sensitive = null;
    this.view = { name: 'class', classId, waveId: waveId ?? found.waves.at(-1)!.id, ...(panel ? { panel } : {}) };
  }

  /**
   * Deletes every stored class, log entry and the lock (every database of the store), then opens a fresh,
   * empty store. Works even when the store could not be opened.
   */
  async deleteAll(): Promise<void> {
    const store = this.store;
    this.store = null;
    try {
      await (store ? store.deleteAll() : deleteStore(this.databaseName));
    } catch (error) {
      this.failure = { action: 'delete', code: 'WRITE_FAILED', detail: (error as Error)?.message ?? String(error) };
      throw error;
    }
    this.key = null;
    this.hasLock = false;
    this.locked = false;
    this.classes = this.log = this.quarantined = [];
    this.unreadableLog = [];
    this.sensitive = null;
    this.loadError = null;
    this.failure = null;
    this.view = { name: 'start' };
    await this.refresh().catch((error: Error) => (this.loadError = error.message));
  }

  /** Opens negative and bullying answers for a stated purpose, after the access-log entry is stored. Throws when it could not be stored. */
  async openSensitive(classId: string, purpose: string): Promise<void> {
    if (this.projector) throw new Error('negative and bullying answers stay closed in projector mode');
    const entry: AccessLogEntry = { at: new Date().toISOString(), classId, className: this.findClass(classId)?.name ?? classId, purpose: purpose.trim() };
    await this.writing('log', async (store) => store.write({ log: [await sealLog(entry, this.key)] }));
    this.log = [...this.log, entry];
    this.sensitive = { classId, purpose: entry.purpose };
  }

  closeSensitive(): void {
    this.sensitive = null;
  }

  /** Turns projector mode on (closing negative and bullying answers) or off. */
  setProjector(on: boolean): void {
    this.projector = on;
    if (on) this.sensitive = null;
  }

  /** Closes the store (the page is going away, or a test is done). */
  close(): void {
    this.store?.close();
    this.store = null;
  }

  /** The name to show for a pupil: a pseudonym ("Elev 07") in pseudonym mode. */
  /**
   * Pseudonyms are numbered in an order drawn once per session, not by class-list position: someone who saw a
   * printed class list or a wall copy cannot decode "Elev 12" from the order of names. Within a session the
   * same pupil keeps the same pseudonym, so a meeting can talk about "Elev 12".
   */
  private readonly pseudonymSeed = Math.floor(Math.random() * 2 ** 31) + 1;

  nameFor(survey: Survey, word: string): (id: string) => string {
    const names = new Map(survey.pupils.map((p) => [p.id, p.name]));
    const masks = this.pseudonymMode ? pseudonyms(shuffled(createRng(this.pseudonymSeed), survey.pupils), word) : null;
    return (id) => masks?.get(id) ?? names.get(id) ?? id;
  }
}
