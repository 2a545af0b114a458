import { describe, expect, it } from 'vitest';
import { coieDodge } from './coie-dodge.ts';

describe('coieDodge(lm, ll)', () => {
  it('classifies a hand-computed class of four', () => {
    // LM = [1,0,0,0]: mean .25, sample SD .5 → zLM = [1.5, −.5, −.5, −.5]; LL mirrored for pupil 1.
    // SP = [2, −2, 0, 0], SD √(8/3) → zSP = [1.2247, −1.2247, 0, 0]; SI = [1, 1, −1, −1] → zSI = ±0.8660.
    const result = coieDodge([1, 0, 0, 0], [0, 1, 0, 0]);
    expect(result.classified).toBe(true);
    if (!result.classified) return;
    const [a, b, c] = result.scores;
    expect(a).toMatchObject({ group: 'popular', zLM: 1.5, zLL: -0.5 });
    expect(a!.zSP).toBeCloseTo(1.224745, 6);
    expect(a!.zSI).toBeCloseTo(0.866025, 6);
    expect(a!.strength).toBeCloseTo(0.224745, 6); // min(zSP − 1, zLM, −zLL)
    expect(b).toMatchObject({ group: 'rejected' });
    expect(b!.strength).toBeCloseTo(0.224745, 6);
    expect(c).toMatchObject({ group: 'average', strength: null });
    expect(c!.zSI).toBeCloseTo(-0.866025, 6); // not below −1: average, not neglected
  });

  it('finds neglected and controversial pupils', () => {
    // Pupils 0 and 1 are named often on both, pupil 2 on neither. Independently computed:
    // pupil 0: zLM 1.3653, zLL 1.9094, zSP −1.5253 (but zLM > 0: not rejected), zSI 1.6640 → controversial;
    // pupil 2: zLM −1.7554, zLL −1.1456, zSI −1.4742 → neglected (strength min(.4742, 1.7554, 1.1456)).
    const lm = [0.8, 0.8, 0, 0.4, 0.4, 0.4, 0.4, 0.4];
    const ll = [0.8, 0.6, 0, 0.2, 0.2, 0.2, 0.2, 0.2];
    const result = coieDodge(lm, ll);
    if (!result.classified) throw new Error('expected classification');
    expect(result.scores.map((s) => s.group)).toEqual(['controversial', 'controversial', 'neglected', 'average', 'average', 'average', 'average', 'average']);
    expect(result.scores[0]!.zSP).toBeCloseTo(-1.525297, 5);
    expect(result.scores[2]!.strength).toBeCloseTo(0.47417, 5);
  });

  it('leaves the class unclassified when a standard deviation is zero', () => {
    expect(coieDodge([0.5, 0.5, 0.5], [0, 1, 0])).toEqual({ classified: false, reason: 'zero-variance', variable: 'LM' });
    expect(coieDodge([0, 1, 0], [0, 0, 0])).toEqual({ classified: false, reason: 'zero-variance', variable: 'LL' });
    // zLM = zLL → SP ≡ 0.
    expect(coieDodge([0, 1, 0], [0, 1, 0])).toEqual({ classified: false, reason: 'zero-variance', variable: 'SP' });
  });
});
