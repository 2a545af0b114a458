/** Turns a pupil's figures into indicators (codes, severities and facts are listed in docs/methods.md). */
import type { CoieDodgeScore } from './coie-dodge.ts';
import type { Indicator, IndicatorCode, IndicatorSeverity } from './indicator.ts';
import type { PupilAnalysis } from './analysis.ts';

type Figures = Omit<PupilAnalysis, 'indicators'>;

const round = (value: number) => Math.round(value * 100) / 100;

/** A Coie–Dodge status at least this far past its cut-off (in standard deviations) is "clear"; nearer, "uncertain". */
export const CLEAR_STATUS = 0.5;
/** "Named by many" only when at least this share of those who answered named the pupil (docs/methods.md). */
export const MANY_SHARE = 0.25;

/** The indicators of one pupil, most serious kinds first, each with its code, severity and facts. */
export function buildIndicators(pupil: Figures): Indicator[] {
  const out: Indicator[] = [];
  const add = (code: IndicatorCode, severity: IndicatorSeverity, facts: Indicator['facts'], sensitive = false) =>
    out.push({ code, severity, pupil: pupil.id, facts, sensitive });
  const p = pupil.positive;

  if (pupil.bullyVictim) add('BULLY_VICTIM', 'high', { victimNominators: pupil.victim!.nominators, bullyNominators: pupil.bully!.nominators, eligible: pupil.victim!.eligible }, true);
  if (pupil.victim && pupil.victim.nominators > 0) {
    const facts = { nominators: pupil.victim.nominators, eligible: pupil.victim.eligible, proportion: round(pupil.victim.proportion), z: pupil.victim.z === null ? null : round(pupil.victim.z) };
    add(pupil.victim.flagged ? 'REPORTED_VICTIM' : 'VICTIM_MENTIONED', pupil.victim.flagged ? 'high' : 'medium', facts, true);
  }
  if (pupil.isolated) add('ISOLATED', 'high', { received: 0, eligible: p.eligible, given: p.given });
  else if (pupil.noMutualFriend && p.received > 0) add('NO_MUTUAL_FRIEND', 'medium', { received: p.received, given: p.given, mutual: 0 });
  if (pupil.chosenOnlyByIsolated) add('CHOSEN_ONLY_BY_ISOLATED', 'medium', { received: p.received });
  const cd: CoieDodgeScore | null = pupil.status.coieDodgeScores;
  if (cd && (cd.group === 'rejected' || cd.group === 'neglected')) {
    const ll = pupil.negative?.received ?? 0;
    const eligibleNegative = pupil.negative?.eligible ?? 0;
    const strength = round(cd.strength ?? 0);
    const facts = {
      lm: p.received, eligible: p.eligible, ll, eligibleNegative, zLM: round(cd.zLM), zLL: round(cd.zLL), strength,
      certainty: strength >= CLEAR_STATUS ? 'clear' : 'uncertain',
      manyNegative: eligibleNegative > 0 && ll / eligibleNegative >= MANY_SHARE,
    };
    add(cd.group === 'rejected' ? 'REJECTED' : 'NEGLECTED', cd.group === 'rejected' ? 'medium' : 'low', facts, true);
  }
  if (pupil.bully?.flagged && !pupil.bullyVictim) {
    add('REPORTED_BULLY', 'medium', { nominators: pupil.bully.nominators, eligible: pupil.bully.eligible, proportion: round(pupil.bully.proportion) }, true);
  }
  if (pupil.power.flagged) {
    const w = pupil.power;
    const reasons = (['star', 'chosenByStars', 'nominatedPopular', 'namedAsBullying'] as const).filter((key) => w[key]);
    const facts = {
      reasons: reasons.join(','), received: w.received, eligible: w.eligible, expected: w.expected, starsChoosing: w.starsChoosing, stars: w.stars,
      popularNominators: w.popularNominators, popularEligible: w.popularEligible, bullyNominators: pupil.bully?.nominators ?? null, bullyEligible: pupil.bully?.eligible ?? null,
    };
    add('POWER_POSITION', 'low', facts, reasons.includes('namedAsBullying'));
  }
  if (pupil.gaveNoNominations) add('GAVE_NO_NOMINATIONS', 'low', { given: 0 });
  if (!pupil.respondent) add('NON_RESPONDENT', 'low', { respondent: false });
  return out;
}
