/** Reads files from the repository's fixtures/ folder in tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + path));
}

export function fixtureText(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

export function fixtureDir(path: string): string[] {
  return readdirSync(FIXTURES + path).sort();
}
