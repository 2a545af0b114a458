import { describe, expect, it } from 'vitest';
import { withinLimit } from './within-limit.ts';

describe('withinLimit', () => {
  it('settles like the work when it finishes in time', async () => {
    let expired = 0;
    await expect(withinLimit(Promise.resolve(7), 50, () => (expired++, new Error('late')))).resolves.toBe(7);
    await expect(withinLimit(Promise.reject(new Error('own')), 50, () => (expired++, new Error('late')))).rejects.toThrow('own');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(expired).toBe(0);
  });

  it('rejects with the expiry error when the work never settles', async () => {
    let expired = 0;
    await expect(withinLimit(new Promise(() => {}), 20, () => (expired++, new Error('late')))).rejects.toThrow('late');
    expect(expired).toBe(1);
  });
});
