/**
 * The dashboard's state: stored classes, the current view, pseudonym mode, and whether sensitive answers are
 * open (for which purpose). Storage failures leave the state as it was and are reported.
 */
import { pseudonyms, type Survey } from '@sociogram/core';
import { demoClass } from '../demo-class.ts';
import { deriveKey, EncryptedFileError, fromBase64, PBKDF2_ITERATIONS, seal, toBase64, unseal } from '../crypto/encrypted-file.ts';
import { appendLog, deleteEverything, loadClasses, loadLock, loadLog, openDatabase, rewriteStore, saveClass, type Database, type StoreLock } from '../storage/database.ts';
import type { AccessLogEntry, StoredClass, StoredWave } from '../storage/stored-class.ts';

export type View =
  | { readonly name: 'start' }
  | { readonly name: 'import' }
  | { readonly name: 'manual'; readonly classId?: string; readonly waveId?: string }
  | { readonly name: 'log' }
  | { readonly name: 'class'; readonly classId: string; readonly waveId: string };

export interface SensitiveAccess {
  readonly classId: string;
  readonly purpose: string;
}

export class AppState {
  classes = $state.raw<readonly StoredClass[]>([]);
  log = $state.raw<readonly AccessLogEntry[]>([]);
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
  /** The store is locked with a passphrase and not yet unlocked. */
  locked = $state(false);
  /** A passphrase lock is set (unlocked or not). */
  hasLock = $state(false);
  private db: Database | null = null;
  private key: CryptoKey | null = null;
  private readonly demo = demoClass();

  constructor(private readonly databaseName = 'sociogram') {}

  /** Every class: the demo first (its stored copy once planned in), then the stored ones. */
  get allClasses(): readonly StoredClass[] {
    const storedDemo = this.classes.find((c) => c.id === this.demo.id);
    return [storedDemo ?? this.demo, ...this.classes.filter((c) => c.id !== this.demo.id)];
  }

  /** Changes one class (plans, follow-up …) and saves it whole; the state changes only when the save succeeds. */
  async updateClass(classId: string, change: (stored: StoredClass) => StoredClass): Promise<StoredClass> {
    if (!this.db) throw new Error('storage is not available');
    const current = this.findClass(classId);
    if (!current) throw new Error(`no class ${classId}`);
    const next = change(current);
    await saveClass(this.db, next, this.key);
    this.classes = this.classes.some((c) => c.id === classId) ? this.classes.map((c) => (c.id === classId ? next : c)) : [...this.classes, next];
    return next;
  }

  /** Replaces one wave's answers (manual entry edited later), saving the class whole. */
  async replaceWave(classId: string, wave: StoredWave): Promise<StoredClass> {
    return this.updateClass(classId, (c) => ({ ...c, waves: c.waves.map((w) => (w.id === wave.id ? wave : w)) }));
  }

  /** Stores a class read from an exported file; a class with the same id is kept and the import gets a new id. */
  async importClass(stored: StoredClass): Promise<StoredClass> {
    if (!this.db) throw new Error('storage is not available');
    const clash = this.findClass(stored.id) !== undefined;
    const next: StoredClass = clash ? { ...stored, id: crypto.randomUUID(), name: `${stored.name} (2)`, demo: false } : { ...stored, demo: false };
    await saveClass(this.db, next, this.key);
    this.classes = [...this.classes, next];
    return next;
  }

  async load(): Promise<void> {
    try {
      this.db = await openDatabase(this.databaseName);
      const lock = await loadLock(this.db);
      this.hasLock = lock !== undefined;
      this.locked = this.hasLock;
      if (!this.locked) {
        this.classes = await loadClasses(this.db);
        this.log = await loadLog(this.db);
      }
    } catch (error) {
      this.loadError = (error as Error).message;
    }
    this.loaded = true;
  }

  /** Unlocks a locked store; a wrong passphrase throws EncryptedFileError and changes nothing. */
  async unlock(passphrase: string): Promise<void> {
    const lock = this.db ? await loadLock(this.db) : undefined;
    if (!this.db || !lock) return;
    const key = await deriveKey(passphrase, fromBase64(lock.salt), lock.iterations);
    if ((await unseal<string>(key, lock.check)) !== 'sociogram-lock') throw new EncryptedFileError('WRONG_PASSPHRASE_OR_CHANGED');
    this.classes = await loadClasses(this.db, key);
    this.log = await loadLog(this.db, key);
    this.key = key;
    this.locked = false;
  }

  /** Encrypts everything stored with a passphrase (or, with null, removes the lock), in one transaction. */
  async setLock(passphrase: string | null): Promise<void> {
    if (!this.db || this.locked) return;
    let key: CryptoKey | null = null;
    let lock: StoreLock | null = null;
    if (passphrase !== null) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
      lock = { key: 'lock', salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, check: await seal(key, 'sociogram-lock') };
    }
    await rewriteStore(this.db, this.classes, this.log, key, lock);
    this.key = key;
    this.hasLock = key !== null;
  }

  findClass(id: string): StoredClass | undefined {
    return this.allClasses.find((c) => c.id === id);
  }

  open(classId: string, waveId?: string): void {
    const found = this.findClass(classId);
    if (!found) return;
    if (this.sensitive && this.sensitive.classId !== classId) this.sensitive = null;
    this.view = { name: 'class', classId, waveId: waveId ?? found.waves.at(-1)!.id };
  }

  /** Saves a new class, or adds a wave to an existing one, in one write. The state changes only on success. */
  async addWave(target: { readonly classId: string } | { readonly name: string }, wave: StoredWave): Promise<StoredClass> {
    if (!this.db) throw new Error('storage is not available');
    const existing = 'classId' in target ? this.findClass(target.classId) : undefined;
    const stored: StoredClass = existing
      ? { ...existing, waves: [...existing.waves, wave] }
      : { id: crypto.randomUUID(), name: 'name' in target ? target.name : 'Class', createdAt: new Date().toISOString(), waves: [wave] };
    await saveClass(this.db, stored, this.key);
    this.classes = this.classes.some((c) => c.id === stored.id) ? this.classes.map((c) => (c.id === stored.id ? stored : c)) : [...this.classes, stored];
    return stored;
  }

  async deleteAll(): Promise<void> {
    if (this.db) await deleteEverything(this.db);
    this.key = null;
    this.hasLock = false;
    this.locked = false;
    this.classes = [];
    this.log = [];
    this.sensitive = null;
    this.view = { name: 'start' };
  }

  /** Opens negative and bullying answers for a stated purpose, writing an access-log entry first. */
  async openSensitive(classId: string, purpose: string): Promise<void> {
    if (this.projector) throw new Error('negative and bullying answers stay closed in projector mode');
    const entry: AccessLogEntry = { at: new Date().toISOString(), classId, className: this.findClass(classId)?.name ?? classId, purpose: purpose.trim() };
    if (this.db) await appendLog(this.db, entry, this.key);
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

  /** The name to show for a pupil: a pseudonym ("Elev 07") in pseudonym mode. */
  nameFor(survey: Survey, word: string): (id: string) => string {
    const names = new Map(survey.pupils.map((p) => [p.id, p.name]));
    const masks = this.pseudonymMode ? pseudonyms(survey.pupils, word) : null;
    return (id) => masks?.get(id) ?? names.get(id) ?? id;
  }
}
