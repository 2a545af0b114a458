import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../run-cli.test-helper.ts';
import { ONE_CLASS_OUTPUTS, ONE_CLASS_RUNS } from './one-class-outputs.ts';

describe('a one-class file prints exactly what it printed before class splitting', () => {
  for (const run of ONE_CLASS_RUNS) {
    it(`sociogram ${run.args.join(' ')} is byte-equal to ${run.name}`, async () => {
      const { code, stdout } = await runCli(...run.args);
      expect(code).toBe(0);
      expect(stdout === readFileSync(join(ROOT, ONE_CLASS_OUTPUTS, run.name), 'utf8')).toBe(true);
    });
  }
});
