/**
 * Whether the browser keeps this site's storage (IndexedDB holds the only copy of a school's data): asks for
 * persistent storage (`navigator.storage.persist()`) and remembers the answer. "Best effort" storage may be
 * cleared by the browser when the disk runs low or the site has not been visited for a while.
 */
export type PersistenceState = 'unknown' | 'persistent' | 'best-effort' | 'unsupported';

/** The part of StorageManager used here (injectable for tests). */
export interface PersistenceApi {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

export class StoragePersistence {
  state = $state<PersistenceState>('unknown');
  /** persist() was asked once in this session. */
  requested = $state(false);
  readonly #api: PersistenceApi | undefined;

  constructor(api: Partial<PersistenceApi> | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage) {
    this.#api = typeof api?.persist === 'function' && typeof api.persisted === 'function' ? (api as PersistenceApi) : undefined;
  }

  /** Reads the current state without asking. */
  async check(): Promise<PersistenceState> {
    if (!this.#api) return (this.state = 'unsupported');
    try {
      return (this.state = (await this.#api.persisted()) ? 'persistent' : 'best-effort');
    } catch {
      return (this.state = 'unsupported');
    }
  }

  /** Asks the browser to keep the storage (Firefox asks the user; Chromium decides by itself). */
  async request(): Promise<PersistenceState> {
    if (!this.#api) return (this.state = 'unsupported');
    this.requested = true;
    try {
      return (this.state = (await this.#api.persist()) ? 'persistent' : 'best-effort');
    } catch {
      return (this.state = 'best-effort');
    }
  }
}
