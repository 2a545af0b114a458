/**
 * Group sizes for n pupils and target size k (planning.md): m = ⌈n/k⌉ groups; start from m groups of k
 * and take one pupil from the last (m·k − n) groups. n = 30, k = 4 → [4, 4, 4, 4, 4, 4, 3, 3].
 */
import { InvalidOptionError } from '../survey/invalid-option-error.ts';

/**
 * The group sizes for `n` pupils and target size `k`: ⌈n/k⌉ groups, the last ones one smaller (30, 4 → 4, 4, 4, 4, 4,
 * 4, 3, 3).
 */
export function groupSizes(n: number, k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new InvalidOptionError('groupSize', 'must be a whole number ≥ 1');
  if (n === 0) return [];
  const m = Math.ceil(n / k);
  const short = m * k - n;
  if (short > m) throw new InvalidOptionError('groupSize', `${n} pupils cannot be split into groups of ${k} and ${k - 1}`);
  return Array.from({ length: m }, (_, g) => (g >= m - short ? k - 1 : k));
}
