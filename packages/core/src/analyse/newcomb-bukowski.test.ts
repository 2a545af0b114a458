import { describe, expect, it } from 'vitest';
import { newcombBukowski } from './newcomb-bukowski.ts';
import { convolve, lowerTail, poissonBinomialPmf, upperTail } from './poisson-binomial.ts';

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
