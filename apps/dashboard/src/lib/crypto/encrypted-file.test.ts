import { describe, expect, it } from 'vitest';
import { decryptJson, encryptJson, EncryptedFileError, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './encrypted-file.ts';

const data = { name: '7B', pupils: ['Åse', 'Øystein'] };

describe('encryptJson / decryptJson', () => {
  it('round-trips with the right passphrase and never stores the data in clear', async () => {
    const file = await encryptJson(data, 'riktig passord', MIN_PBKDF2_ITERATIONS);
    expect(file).not.toContain('Øystein');
    expect(JSON.parse(file)).toMatchObject({ format: 'sociogram-encrypted', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_PBKDF2_ITERATIONS }, cipher: { name: 'AES-GCM' } });
    expect(await decryptJson(file, 'riktig passord')).toEqual(data);
  });

  it('refuses a wrong passphrase, a changed file and a file that is not an export', async () => {
    const file = await encryptJson(data, 'riktig passord', MIN_PBKDF2_ITERATIONS);
    await expect(decryptJson(file, 'feil')).rejects.toEqual(new EncryptedFileError('WRONG_PASSPHRASE_OR_CHANGED'));
    const parsed = JSON.parse(file);
    const flipped = parsed.data[10] === 'A' ? 'B' : 'A';
    const tampered = JSON.stringify({ ...parsed, data: parsed.data.slice(0, 10) + flipped + parsed.data.slice(11) });
    await expect(decryptJson(tampered, 'riktig passord')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE_OR_CHANGED' });
    await expect(decryptJson('{"hello": 1}', 'x')).rejects.toMatchObject({ code: 'NOT_AN_EXPORT' });
    await expect(decryptJson('not json', 'x')).rejects.toMatchObject({ code: 'NOT_AN_EXPORT' });
  });

  it('refuses iterations outside 100,000 … 10,000,000 before deriving any key', async () => {
    const file = JSON.parse(await encryptJson(data, 'riktig passord', MIN_PBKDF2_ITERATIONS));
    for (const iterations of [1, MIN_PBKDF2_ITERATIONS - 1, MAX_PBKDF2_ITERATIONS + 1, 2_000_000_000, 1.5e5 + 0.5, '600000', null]) {
      const started = performance.now();
      await expect(decryptJson(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations } }), 'riktig passord')).rejects.toMatchObject({ code: 'UNSAFE_PARAMETERS' });
      expect(performance.now() - started).toBeLessThan(50);
    }
  });
});
