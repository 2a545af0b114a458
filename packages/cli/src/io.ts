/** Where a command writes: injectable so tests run commands in-process. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
};

/** Exit codes: 0 ok (warnings allowed), 1 usage error, 2 unusable input, 3 infeasible plan. */
export const EXIT = Object.freeze({ ok: 0, usage: 1, input: 2, infeasible: 3 });

/** A usage error: wrong or missing arguments. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
