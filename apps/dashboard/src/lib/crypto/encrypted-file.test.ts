import { describe, expect, it } from 'vitest';
import { decryptJson, encryptJson, EncryptedFileError } from './encrypted-file.ts';

const data = { name: '7B', pupils: ['Åse', 'Øystein'] };

describe('encryptJson / decryptJson', () => {
  it('round-trips with the right passphrase and never stores the data in clear', async () => {
    const file = await encryptJson(data, 'riktig passord', 1000);
    expect(file).not.toContain('Øystein');
    expect(JSON.parse(file)).toMatchObject({ format: 'sociogram-encrypted', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 }, cipher: { name: 'AES-GCM' } });
    expect(await decryptJson(file, 'riktig passord')).toEqual(data);
  });

  it('refuses a wrong passphrase, a changed file and a file that is not an export', async () => {
    const file = await encryptJson(data, 'riktig passord', 1000);
    await expect(decryptJson(file, 'feil')).rejects.toEqual(new EncryptedFileError('WRONG_PASSPHRASE_OR_CHANGED'));
    const parsed = JSON.parse(file);
    const flipped = parsed.data[10] === 'A' ? 'B' : 'A';
    const tampered = JSON.stringify({ ...parsed, data: parsed.data.slice(0, 10) + flipped + parsed.data.slice(11) });
    await expect(decryptJson(tampered, 'riktig passord')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE_OR_CHANGED' });
    await expect(decryptJson('{"hello": 1}', 'x')).rejects.toMatchObject({ code: 'NOT_AN_EXPORT' });
    await expect(decryptJson('not json', 'x')).rejects.toMatchObject({ code: 'NOT_AN_EXPORT' });
  });
});
