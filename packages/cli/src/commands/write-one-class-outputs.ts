/** Writes the one-class outputs that one-class-outputs.test.ts compares byte for byte (see one-class-outputs.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../run-cli.test-helper.ts';
import { ONE_CLASS_OUTPUTS, ONE_CLASS_RUNS } from './one-class-outputs.ts';

mkdirSync(join(ROOT, ONE_CLASS_OUTPUTS), { recursive: true });
for (const run of ONE_CLASS_RUNS) {
  const { code, stdout } = await runCli(...run.args);
  if (code !== 0) throw new Error(`${run.name}: exit ${code}`);
  writeFileSync(join(ROOT, ONE_CLASS_OUTPUTS, run.name), stdout);
}
