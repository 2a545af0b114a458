/**
 * A class exported as one file encrypted with a passphrase, so a resource team can pass it on without a
 * server: the key comes from PBKDF2 (SHA-256, 600,000 iterations, random 16-byte salt) and the data is sealed
 * with AES-GCM (256-bit, random 12-byte IV), whose tag makes a wrong passphrase or any change to the file fail
 * loudly. WebCrypto only; nothing leaves the machine.
 */

export const PBKDF2_ITERATIONS = 600_000;
/**
 * PBKDF2 iterations accepted in a file or a stored lock. Fewer would make a passphrase cheap to guess; more
 * would let a hostile file keep the page (and the browser's WebCrypto) busy for minutes.
 */
export const MIN_PBKDF2_ITERATIONS = 100_000;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

/** True for a whole number of iterations within MIN_PBKDF2_ITERATIONS … MAX_PBKDF2_ITERATIONS. */
export function acceptableIterations(iterations: unknown): iterations is number {
  return Number.isInteger(iterations) && (iterations as number) >= MIN_PBKDF2_ITERATIONS && (iterations as number) <= MAX_PBKDF2_ITERATIONS;
}
const FORMAT = 'sociogram-encrypted';

export interface EncryptedFile {
  readonly format: typeof FORMAT;
  readonly version: 1;
  readonly kdf: { readonly name: 'PBKDF2'; readonly hash: 'SHA-256'; readonly iterations: number; readonly salt: string };
  readonly cipher: { readonly name: 'AES-GCM'; readonly iv: string };
  readonly data: string;
}

/**
 * Why a file could not be opened: not one of ours, key-derivation parameters outside the accepted range, or
 * the passphrase is wrong / the file was changed.
 */
export class EncryptedFileError extends Error {
  constructor(readonly code: 'NOT_AN_EXPORT' | 'UNSAFE_PARAMETERS' | 'WRONG_PASSPHRASE_OR_CHANGED') {
    super(code);
    this.name = 'EncryptedFileError';
  }
}

export const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
export const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** An AES-GCM key from a passphrase (PBKDF2-SHA-256). */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function chunkedBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

export async function encryptJson(value: unknown, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(JSON.stringify(value))));
  const file: EncryptedFile = {
    format: FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: chunkedBase64(sealed),
  };
  return JSON.stringify(file);
}

export async function decryptJson<T>(text: string, passphrase: string): Promise<T> {
  let file: EncryptedFile;
  try {
    file = JSON.parse(text) as EncryptedFile;
  } catch {
    throw new EncryptedFileError('NOT_AN_EXPORT');
  }
  if (file?.format !== FORMAT || file.version !== 1 || typeof file.data !== 'string' || typeof file.kdf?.salt !== 'string' || typeof file.cipher?.iv !== 'string') throw new EncryptedFileError('NOT_AN_EXPORT');
  if (file.kdf.name !== 'PBKDF2' || file.kdf.hash !== 'SHA-256' || file.cipher.name !== 'AES-GCM' || !acceptableIterations(file.kdf.iterations)) throw new EncryptedFileError('UNSAFE_PARAMETERS');
  try {
    const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), file.kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(file.cipher.iv) as BufferSource }, key, fromBase64(file.data) as BufferSource);
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    throw new EncryptedFileError('WRONG_PASSPHRASE_OR_CHANGED');
  }
}

/** A value sealed with an already derived key (encryption at rest: one key, a fresh IV per record). */
export interface SealedValue {
  readonly iv: string;
  readonly data: string;
}

export async function seal(key: CryptoKey, value: unknown): Promise<SealedValue> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, new TextEncoder().encode(JSON.stringify(value))));
  return { iv: toBase64(iv), data: chunkedBase64(sealed) };
}

export async function unseal<T>(key: CryptoKey, sealed: SealedValue): Promise<T> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) as BufferSource }, key, fromBase64(sealed.data) as BufferSource);
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    throw new EncryptedFileError('WRONG_PASSPHRASE_OR_CHANGED');
  }
}
