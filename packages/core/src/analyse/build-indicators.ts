/** Turns a pupil's figures into indicators (codes, severities and facts are listed in docs/methods.md). */
import type { CoieDodgeScore } from './coie-dodge.ts';
import type { Indicator, IndicatorCode, IndicatorSeverity } from './indicator.ts';
import { indicatorText } from './indicator-text.ts';
import type { PupilAnalysis } from './analysis.ts';

type Figures = Omit<PupilAnalysis, 'indicators'>;

const round = (value: number) => Math.round(value * 100) / 100;

export function buildIndicators(pupil: Figures): Indicator[] {
  const out: Indicator[] = [];
  const add = (code: IndicatorCode, severity: IndicatorSeverity, facts: Indicator['facts'], sensitive = false) =>
    out.push({ code, severity, pupil: pupil.id, facts, text: indicatorText(code, pupil.name, facts), sensitive });
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
    const facts = { lm: p.received, eligible: p.eligible, ll: pupil.negative?.received ?? 0, eligibleNegative: pupil.negative?.eligible ?? 0, zLM: round(cd.zLM), zLL: round(cd.zLL), strength: round(cd.strength ?? 0) };
    add(cd.group === 'rejected' ? 'REJECTED' : 'NEGLECTED', cd.group === 'rejected' ? 'medium' : 'low', facts, true);
  }
  if (pupil.bully?.flagged && !pupil.bullyVictim) {
    add('REPORTED_BULLY', 'medium', { nominators: pupil.bully.nominators, eligible: pupil.bully.eligible, proportion: round(pupil.bully.proportion) }, true);
  }
  if (pupil.power.powerful) {
    const reasons = (['star', 'chosenByStars', 'nominatedPopular', 'namedAsBullying'] as const).filter((key) => pupil.power[key]);
    const nb = { star: 'valgt av svært mange', chosenByStars: 'valgt av flere av de mest valgte', nominatedPopular: 'nevnt som populær', namedAsBullying: 'nevnt som en som mobber' };
    const en = { star: 'chosen by very many', chosenByStars: 'chosen by several of the most chosen', nominatedPopular: 'named as popular', namedAsBullying: 'named as bullying others' };
    add('POWER_POSITION', 'low', { reasons: reasons.join(','), reasonsNb: reasons.map((r) => nb[r]).join(', '), reasonsEn: reasons.map((r) => en[r]).join(', '), received: p.received }, reasons.includes('namedAsBullying'));
  }
  if (pupil.gaveNoNominations) add('GAVE_NO_NOMINATIONS', 'low', { given: 0 });
  if (!pupil.respondent) add('NON_RESPONDENT', 'low', { respondent: false });
  return out;
}
