/**
 * restartSeeds(seed, restarts): the seeds of the restarts behind one request with seed `seed` — seeds
 * (seed − 1)·restarts + 1 … seed·restarts — so the restarts of seed s and of seed s + 1 ("another suggestion")
 * never overlap, and seed 1 always starts with seed 1. Used by the CLI (`--workers`) and the dashboard alike.
 */
export function restartSeeds(seed: number, restarts: number): number[] {
  if (!Number.isInteger(seed) || seed < 1) throw new RangeError('seed must be a whole number ≥ 1');
  if (!Number.isInteger(restarts) || restarts < 1) throw new RangeError('restarts must be a whole number ≥ 1');
  return Array.from({ length: restarts }, (_, k) => (seed - 1) * restarts + 1 + k);
}
