import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOutcome } from './import-outcome.ts';

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '../../../../fixtures', path));

describe('importOutcome(bytes, options)', () => {
  it('returns the import, or the issues of a file that cannot be used, as data', () => {
    const good = importOutcome(fixture('demo/klasse-7b.csv'), { file: 'klasse-7b.csv' });
    expect(good.ok && good.result.survey.pupils.length).toBeGreaterThan(20);
    const bad = importOutcome(fixture('invalid/BINARY_FILE.csv'), { file: 'BINARY_FILE.csv' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.code)).toContain('BINARY_FILE');
  });
});
