/**
 * A seeded pseudo-random number generator (mulberry32, Tommy Ettinger 2017): returns a function giving
 * floats in [0, 1), like Math.random. All randomness in Sociogram goes through one of these.
 */
export type Rng = () => number;

/** A seeded random number generator (mulberry32) giving floats in [0, 1), like `Math.random`. */
export function createRng(seed: number): Rng {
  // The state lives in a typed array: a uint32 kept in a closure variable would be boxed on every call.
  const state = Int32Array.of(seed | 0);
  return () => {
    const s = (state[0] = (state[0]! + 0x6d2b79f5) | 0);
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** A new array with the items in random order (Fisher–Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
