import { describe, expect, it } from 'vitest';
import { newcombBukowski } from './newcomb-bukowski.ts';
import { convolve, lowerTail, poissonBinomialPmf, sumLowerTail, upperTail, withoutTrial } from './poisson-binomial.ts';

// Ten eligible respondents, limit 3 in a class of 16: each names a given pupil with p = 3/15 = 0.2.
const ten = new Array<number>(10).fill(0.2);
const score = (lm: number, ll: number) => newcombBukowski({ lm, ll, pPositive: ten, pNegative: ten });

describe('poissonBinomialPmf(ps)', () => {
  it('equals the binomial when all probabilities are equal', () => {
    const pmf = poissonBinomialPmf(ten);
    expect(pmf[0]).toBeCloseTo(0.8 ** 10, 12);
    expect(pmf[2]).toBeCloseTo(45 * 0.2 ** 2 * 0.8 ** 8, 12);
    expect(pmf.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(upperTail(pmf, 5)).toBeCloseTo(0.0327935, 6); // P(Bin(10, .2) ≥ 5)
    expect(lowerTail(convolve(pmf, pmf), 0)).toBeCloseTo(0.8 ** 20, 12);
  });
});

describe('newcombBukowski(input)', () => {
  it('popular: many positive nominations (p < .05) and negative below the expected 2', () => {
    const s = score(5, 0);
    expect(s).toMatchObject({ group: 'popular', expectedLM: expect.closeTo(2, 9), expectedLL: expect.closeTo(2, 9) });
    expect(s.p).toBeCloseTo(0.0327935, 6);
  });
  it('rejected: many negative nominations and positive below expectation', () => {
    expect(score(0, 6)).toMatchObject({ group: 'rejected', p: expect.closeTo(0.0063694, 6) });
  });
  it('controversial: many of both', () => {
    expect(score(5, 5).group).toBe('controversial');
  });
  it('neglected: social impact lm + ll significantly low (P(Bin(20, .2) ≤ 0) = .0115)', () => {
    expect(score(0, 0)).toMatchObject({ group: 'neglected', p: expect.closeTo(0.8 ** 20, 9) });
    // P(≤ 1) = .0692 is not below .05.
    expect(score(1, 0)).toMatchObject({ group: 'average', p: null, pSI: expect.closeTo(0.0691753, 6) });
  });
  it('respects a stricter alpha', () => {
    expect(newcombBukowski({ lm: 5, ll: 0, pPositive: ten, pNegative: ten }, 0.01).group).toBe('average');
  });
});

describe('withoutTrial(pmf, p) and sumLowerTail(a, b, k)', () => {
  // Probabilities on both sides of ½, including the edges 0 and 1.
  const ps = [0.01, 0.2, 0.5, 0.75, 0.99, 1, 0, 0.3, 0.6, 0.05];
  it('withoutTrial(pmf(ps), ps[i]) equals the pmf of ps without trial i', () => {
    const all = poissonBinomialPmf(ps);
    ps.forEach((p, i) => {
      const expected = poissonBinomialPmf(ps.filter((_, j) => j !== i));
      const got = withoutTrial(all, p);
      expect(got).toHaveLength(expected.length);
      got.forEach((value, k) => expect(value).toBeCloseTo(expected[k]!, 12));
    });
  });
  it('stays exact for 2,000 small probabilities (a large class)', () => {
    const many = Array.from({ length: 2000 }, (_, i) => 0.0015 * (1 + (i % 3)));
    const expected = poissonBinomialPmf(many.slice(1));
    const got = withoutTrial(poissonBinomialPmf(many), many[0]!);
    got.forEach((value, k) => expect(value).toBeCloseTo(expected[k]!, 12));
  });
  it('sumLowerTail(a, b, k) equals lowerTail(convolve(a, b), k)', () => {
    const a = poissonBinomialPmf(ps);
    const b = poissonBinomialPmf(ten);
    for (const k of [-1, 0, 3, 9, 20, 40]) expect(sumLowerTail(a, b, k)).toBeCloseTo(lowerTail(convolve(a, b), k), 12);
  });
});
