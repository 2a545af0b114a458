/**
 * The Poisson binomial distribution: the number of successes among independent trials with their own
 * probabilities (a binomial when all are equal). Exact, by dynamic programming.
 */

/** Probability of exactly k successes, for k = 0 … n. */
export function poissonBinomialPmf(probabilities: readonly number[]): number[] {
  let pmf = [1];
  for (const p of probabilities) {
    const next = new Array<number>(pmf.length + 1).fill(0);
    for (let k = 0; k < pmf.length; k++) {
      next[k]! += pmf[k]! * (1 - p);
      next[k + 1]! += pmf[k]! * p;
    }
    pmf = next;
  }
  return pmf;
}

/**
 * The pmf without one of its trials (success probability `p`): the inverse of adding that trial, in O(n).
 * Solved forwards for p ≤ ½ and backwards for p > ½, so that rounding errors shrink instead of growing.
 * With it, "everyone but this pupil" costs O(n) per pupil instead of a new O(n²) pmf (O(n³) for a class).
 */
export function withoutTrial(pmf: readonly number[], p: number): number[] {
  const n = pmf.length - 1;
  if (n < 1) throw new RangeError('withoutTrial: the pmf has no trial to remove');
  const out = new Array<number>(n).fill(0);
  if (p <= 0.5) {
    let previous = 0;
    for (let k = 0; k < n; k++) previous = out[k] = Math.max(0, (pmf[k]! - p * previous) / (1 - p));
  } else {
    let next = 0;
    for (let k = n - 1; k >= 0; k--) next = out[k] = Math.max(0, (pmf[k + 1]! - (1 - p) * next) / p);
  }
  return out;
}

/** P(A + B ≤ k) for two independent counts with pmfs `a` and `b`, in O(n) (no convolution). */
export function sumLowerTail(a: readonly number[], b: readonly number[], k: number): number {
  const cumulative = new Array<number>(b.length);
  let running = 0;
  for (let j = 0; j < b.length; j++) cumulative[j] = running += b[j]!;
  let sum = 0;
  for (let i = 0; i <= Math.min(k, a.length - 1); i++) sum += a[i]! * cumulative[Math.min(k - i, b.length - 1)]!;
  return Math.min(1, sum);
}

/** Distribution of the sum of two independent counts. */
export function convolve(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i + j]! += a[i]! * b[j]!;
  return out;
}

/** P(X ≥ k). */
export function upperTail(pmf: readonly number[], k: number): number {
  let sum = 0;
  for (let i = Math.max(0, k); i < pmf.length; i++) sum += pmf[i]!;
  return Math.min(1, sum);
}

/** P(X ≤ k). */
export function lowerTail(pmf: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i <= Math.min(k, pmf.length - 1); i++) sum += pmf[i]!;
  return Math.min(1, sum);
}

/** E[X]. */
export function expectation(pmf: readonly number[]): number {
  return pmf.reduce((sum, p, k) => sum + p * k, 0);
}
