/** Small statistics used by the analysis: mean, sample standard deviation, z-scores, Spearman's rho. */

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Standard deviation with n − 1 in the denominator (the sample SD). NaN for fewer than two values. */
export function sampleSd(values: readonly number[]): number {
  if (values.length < 2) return NaN;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1));
}

/** z-scores with the sample SD; null when the SD is zero or undefined (everyone equal, or one pupil). */
export function standardise(values: readonly number[]): number[] | null {
  const sd = sampleSd(values);
  if (!(sd > 1e-12)) return null;
  const m = mean(values);
  return values.map((value) => (value - m) / sd);
}

/** Average ranks (1-based), ties sharing the mean of their ranks. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    for (let k = i; k <= j; k++) out[order[k]!.index] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Pearson correlation; null when either variable has no spread. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** Spearman's rank correlation (Pearson on average ranks); null without spread. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  return x.length < 3 ? null : pearson(ranks(x), ranks(y));
}
