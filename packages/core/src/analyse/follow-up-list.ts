/**
 * The follow-up list: every pupil with at least one high or medium indicator, ordered by transparent rules,
 * in this order (each only breaks ties of the one before):
 *   1. a dual role (bullied and bullying) first;
 *   2. more high indicators first;
 *   3. more medium indicators first;
 *   4. fewer positive nominations received first;
 *   5. fewer mutual friends first;
 *   6. roster order.
 * There is no combined risk score: the reasons are listed with each pupil.
 */
import type { FollowUpEntry, PupilAnalysis } from './analysis.ts';
import { SEVERITY_ORDER } from './indicator.ts';

/**
 * The follow-up list of the pupils with a high or medium indicator, ordered by the rules above (dual role, high,
 * medium, fewer received, fewer mutual friends, roster order).
 */
export function followUpList(pupils: readonly PupilAnalysis[]): FollowUpEntry[] {
  const count = (pupil: PupilAnalysis, severity: 'high' | 'medium') => pupil.indicators.filter((i) => i.severity === severity).length;
  const listed = pupils
    .map((pupil, order) => ({ pupil, order }))
    .filter(({ pupil }) => count(pupil, 'high') + count(pupil, 'medium') > 0);
  listed.sort(
    (a, b) =>
      Number(b.pupil.bullyVictim) - Number(a.pupil.bullyVictim) ||
      count(b.pupil, 'high') - count(a.pupil, 'high') ||
      count(b.pupil, 'medium') - count(a.pupil, 'medium') ||
      a.pupil.positive.received - b.pupil.positive.received ||
      a.pupil.positive.mutual - b.pupil.positive.mutual ||
      a.order - b.order,
  );
  return listed.map(({ pupil }, index) => ({
    rank: index + 1,
    pupil: pupil.id,
    name: pupil.name,
    reasons: pupil.indicators
      .filter((i) => i.severity !== 'low')
      .sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity])
      .map((i) => i.code),
  }));
}
