/** Turns a pupil's figures into indicators (codes, severities and facts are listed in docs/methods.md). */
import type { CoieDodgeScore } from './coie-dodge.ts';
import type { Indicator, IndicatorCode, IndicatorSeverity } from './indicator.ts';
import { indicatorText } from './indicator-text.ts';
import type { PupilAnalysis } from './analysis.ts';

type Figures = Omit<PupilAnalysis, 'indicators'>;

const round = (value: number) => Math.round(value * 100) / 100;
const dec = (value: number, nb: boolean) => value.toLocaleString(nb ? 'nb-NO' : 'en-GB', { maximumFractionDigits: 1 });

/** A Coie–Dodge status at least this far past its cut-off (in standard deviations) is "clear"; nearer, "uncertain". */
export const CLEAR_STATUS = 0.5;
/** "Named by many" only when at least this share of those who answered named the pupil (docs/methods.md). */
export const MANY_SHARE = 0.25;

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
    const nb = {
      star: `valgt av ${w.received} av ${w.eligible} – langt flere enn tilfeldige valg ville gitt (omtrent ${dec(w.expected, true)})`,
      chosenByStars: `valgt av ${w.starsChoosing} av klassens ${w.stars} mest valgte`,
      nominatedPopular: `nevnt som populær av ${w.popularNominators} av ${w.popularEligible}`,
      namedAsBullying: `nevnt som en som mobber av ${pupil.bully?.nominators} av ${pupil.bully?.eligible}`,
    };
    const en = {
      star: `chosen by ${w.received} of ${w.eligible} – far more than random choices would give (about ${dec(w.expected, false)})`,
      chosenByStars: `chosen by ${w.starsChoosing} of the class's ${w.stars} most chosen`,
      nominatedPopular: `named as popular by ${w.popularNominators} of ${w.popularEligible}`,
      namedAsBullying: `named as bullying others by ${pupil.bully?.nominators} of ${pupil.bully?.eligible}`,
    };
    const facts = {
      reasons: reasons.join(','), reasonsNb: reasons.map((r) => nb[r]).join('; '), reasonsEn: reasons.map((r) => en[r]).join('; '),
      received: w.received, eligible: w.eligible, expected: w.expected, starsChoosing: w.starsChoosing, stars: w.stars,
    };
    add('POWER_POSITION', 'low', facts, reasons.includes('namedAsBullying'));
  }
  if (pupil.gaveNoNominations) add('GAVE_NO_NOMINATIONS', 'low', { given: 0 });
  if (!pupil.respondent) add('NON_RESPONDENT', 'low', { respondent: false });
  return out;
}
