/** Runs the CLI in-process from the repository root and captures what it prints. */
import { fileURLToPath } from 'node:url';
import { run } from './main.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: ROOT });
  return { code, stdout, stderr };
}
