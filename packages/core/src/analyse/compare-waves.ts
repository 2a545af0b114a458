/**
 * compareWaves(before, after): what changed for each pupil between two waves of the same class, matching
 * pupils by id. One wave is not a label and a change between two is not proof of a cause: the comparison
 * states the figures, before → after. Every change says whether it rests on negative or bullying answers
 * (`sensitive`), so a view shows it only when such answers are opened: gained and lost indicators are the
 * indicators themselves (each with its `sensitive`), and the Coie–Dodge status always rests on negative ones.
 * An indicator that rests on a class-relative threshold (power position, Coie–Dodge rejected/neglected, peer
 * reports) can come and go with a change of one or two nominations; such a change is listed in `withinNoise`
 * when the count behind it did not change more than chance would: the exact conditional test for two Poisson
 * counts a, b (given a + b, a is Binomial(a + b, ½)), two-sided p ≥ .05 — e.g. 3 → 4 or 2 → 6 is within
 * noise, 1 → 9 is not.
 */
import type { Analysis, StatusGroup } from './analysis.ts';
import type { Indicator, IndicatorCode } from './indicator.ts';
import type { PupilAnalysis } from './analysis.ts';

/** A value in the earlier and the later wave. */
export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

/** What changed for one pupil between two waves; `sensitive` parts rest on negative or bullying answers. */
export interface PupilWaveChange {
  readonly id: string;
  readonly name: string;
  /** Positive nominations received (distinct choosers), and after − before. */
  readonly received: Change<number> & { readonly change: number };
  readonly mutualFriends: Change<number> & { readonly change: number };
  /** Had no mutual friend before and has one after. */
  readonly gainedMutualFriend: boolean;
  readonly isolated: Change<boolean>;
  /** Rests on negative nominations (LL), so always `sensitive`. */
  readonly coieDodge: Change<StatusGroup | null> & { readonly sensitive: true };
  /** Indicators of the later wave whose code the earlier wave did not have. */
  readonly indicatorsGained: readonly Indicator[];
  /** Indicators of the earlier wave whose code the later wave does not have. */
  readonly indicatorsLost: readonly Indicator[];
  /** Codes among those gained and lost whose underlying count changed no more than chance would. */
  readonly withinNoise: readonly IndicatorCode[];
}

/** The result of `compareWaves`: the pupils in both waves, and those who joined or left. */
export interface WaveComparison {
  /** Pupils in both waves, in the order of the later wave. */
  readonly pupils: readonly PupilWaveChange[];
  /** Ids only in the later wave (joined the class) and only in the earlier (left). */
  readonly joined: readonly string[];
  readonly left: readonly string[];
}

/** Two-sided p of the conditional test that counts a and b come from the same Poisson rate. */
export function poissonChangeP(a: number, b: number): number {
  const n = a + b;
  if (n === 0) return 1;
  const k = Math.max(a, b);
  let tail = 0;
  let term = 0.5 ** n; // P(X = n)
  for (let x = n; x >= k; x--) {
    tail += term;
    term = (term * x) / (n - x + 1); // P(X = x − 1) from P(X = x)
  }
  return Math.min(1, 2 * tail);
}

/** The count each threshold-based indicator rests on; null for indicators that state a fact. */
function countBehind(code: IndicatorCode, p: PupilAnalysis): number | null {
  switch (code) {
    case 'POWER_POSITION': return p.positive.received;
    case 'REJECTED': return p.negative?.received ?? 0;
    case 'NEGLECTED': return p.positive.received + (p.negative?.received ?? 0);
    case 'REPORTED_VICTIM':
    case 'VICTIM_MENTIONED': return p.victim?.nominators ?? 0;
    case 'REPORTED_BULLY': return p.bully?.nominators ?? 0;
    default: return null;
  }
}

/**
 * What changed for each pupil between two analyses of the same class (pupils matched by id), with the indicator
 * changes that are within chance marked in `withinNoise`.
 */
export function compareWaves(before: Analysis, after: Analysis): WaveComparison {
  const earlier = new Map(before.pupils.map((p) => [p.id, p]));
  const later = new Set(after.pupils.map((p) => p.id));
  const pupils: PupilWaveChange[] = [];
  for (const now of after.pupils) {
    const then = earlier.get(now.id);
    if (!then) continue;
    const codesThen = new Set(then.indicators.map((i) => i.code));
    const codesNow = new Set(now.indicators.map((i) => i.code));
    pupils.push({
      id: now.id,
      name: now.name,
      received: { before: then.positive.received, after: now.positive.received, change: now.positive.received - then.positive.received },
      mutualFriends: { before: then.positive.mutual, after: now.positive.mutual, change: now.positive.mutual - then.positive.mutual },
      gainedMutualFriend: then.positive.mutual === 0 && now.positive.mutual > 0,
      isolated: { before: then.isolated, after: now.isolated },
      coieDodge: { before: then.status.coieDodge, after: now.status.coieDodge, sensitive: true },
      indicatorsGained: now.indicators.filter((i) => !codesThen.has(i.code)),
      indicatorsLost: then.indicators.filter((i) => !codesNow.has(i.code)),
      withinNoise: [...now.indicators.filter((i) => !codesThen.has(i.code)), ...then.indicators.filter((i) => !codesNow.has(i.code))]
        .map((i) => i.code)
        .filter((code) => {
          const a = countBehind(code, then), b = countBehind(code, now);
          return a !== null && b !== null && poissonChangeP(a, b) >= 0.05;
        }),
    });
  }
  return {
    pupils,
    joined: after.pupils.filter((p) => !earlier.has(p.id)).map((p) => p.id),
    left: before.pupils.filter((p) => !later.has(p.id)).map((p) => p.id),
  };
}
