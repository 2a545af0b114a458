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
