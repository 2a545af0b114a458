/**
 * compareWaves(before, after): what changed for each pupil between two waves of the same class, matching
 * pupils by id. One wave is not a label and a change between two is not proof of a cause: the comparison
 * states the figures, before → after. Every change says whether it rests on negative or bullying answers
 * (`sensitive`), so a view shows it only when such answers are opened: gained and lost indicators are the
 * indicators themselves (each with its `sensitive`), and the Coie–Dodge status always rests on negative ones.
 */
import type { Analysis, StatusGroup } from './analysis.ts';
import type { Indicator } from './indicator.ts';

export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

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
}

export interface WaveComparison {
  /** Pupils in both waves, in the order of the later wave. */
  readonly pupils: readonly PupilWaveChange[];
  /** Ids only in the later wave (joined the class) and only in the earlier (left). */
  readonly joined: readonly string[];
  readonly left: readonly string[];
}

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
    });
  }
  return {
    pupils,
    joined: after.pupils.filter((p) => !earlier.has(p.id)).map((p) => p.id),
    left: before.pupils.filter((p) => !later.has(p.id)).map((p) => p.id),
  };
}
