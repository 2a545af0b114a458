/**
 * suggestSupportGroup(problem, pupil): 5–6 classmates for a support group around one pupil (planning.md
 * § Support group), each with the reason they were suggested, in this order:
 *   1. mutual friends of the pupil;  2. pupils the pupil chose;  3. pupils who chose the pupil;
 *   4. pupils who are well liked (chosen more than the class median) and not in a power position (the reason
 *      says only "well liked": a power position may rest on bullying reports, and the reason is printed).
 * Within a tier, the more often chosen first, then roster order. Never suggested: pupils in the apart set with
 * the pupil (negative choices either way, reported bullying, kept apart, a power position when the pupil is
 * vulnerable), and the mutual friends of a pupil reported as bullying the pupil who also named the pupil
 * negatively (allies). The excluded are listed with their reason, so the choice can be explained.
 */
import { InvalidOptionError } from '../survey/invalid-option-error.ts';
import { compileGroupModel, pairKey } from './group-model.ts';
import { checkPlanSize } from './plan-size.ts';
import type { PlanningProblem } from './planning-problem.ts';
import { message, type Message } from '../messages/message-facts.ts';

/** Why a classmate is suggested: a mutual friend, chosen by the pupil, chose the pupil, or well liked. */
export type SupportReason = 'MUTUAL_FRIEND' | 'CHOSEN_BY_PUPIL' | 'CHOSE_PUPIL' | 'WELL_LIKED';
/** Why a classmate is never suggested: kept apart, bullying, an ally of a pupil who bullies, or a power position. */
export type SupportExclusion = 'APART' | 'BULLYING' | 'ALLY_OF_BULLY' | 'POWERFUL';

/** One suggested classmate with the reason (`reason`, and `message` for the sentence). */
export interface SupportSuggestion {
  readonly pupil: string;
  readonly name: string;
  readonly reason: SupportReason;
  /** Positive nominations the classmate received. */
  readonly chosenBy: number;
  /** The reason as a message (SUPPORT_<reason>). */
  readonly message: Message;
}

/** What `suggestSupportGroup` returns: the suggestions, further candidates and the excluded with their reasons. */
export interface SupportGroupSuggestion {
  readonly pupil: string;
  readonly suggestions: readonly SupportSuggestion[];
  /** Candidates left after the suggestions, in rank order, to add by hand. */
  readonly more: readonly SupportSuggestion[];
  readonly excluded: readonly { readonly pupil: string; readonly reason: SupportExclusion }[];
}

/** Options of `suggestSupportGroup`. */
export interface SupportGroupOptions {
  /** How many to suggest (5–6 by default 6). */
  readonly size: number;
}

/**
 * Classmates for a support group around one pupil (docs/planning.md § Support group), ranked with their reasons, and
 * the classmates never suggested with theirs. Throws `InvalidOptionError` for an unknown pupil.
 */
export function suggestSupportGroup(problem: PlanningProblem, pupilId: string, options: Partial<SupportGroupOptions> = {}): SupportGroupSuggestion {
  const size = options.size ?? 6;
  if (!Number.isInteger(size) || size < 1) throw new InvalidOptionError('size', 'must be a whole number ≥ 1');
  checkPlanSize(problem.pupils.length, 'support');
  const model = compileGroupModel(problem);
  const p = model.index.get(pupilId);
  if (p === undefined) throw new InvalidOptionError('pupil', `unknown pupil id "${pupilId}"`);
  const { n, pupils, positive } = model;
  const name = (i: number) => pupils[i]!.name;
  const received = pupils.map((_, j) => pupils.reduce((sum, __, i) => sum + positive[i * n + j]!, 0));
  const sorted = [...received].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const bullies = (problem.bullying ?? []).filter(([, v]) => v === pupilId).map(([b]) => model.index.get(b)!);
  const namedPupilNegatively = new Set((problem.negative ?? []).filter(([, to]) => to === pupilId).map(([from]) => model.index.get(from)!));
  const allies = new Set(bullies.flatMap((b) => pupils.map((_, j) => j).filter((j) => positive[b * n + j] && positive[j * n + b] && namedPupilNegatively.has(j))));

  const excluded: { pupil: string; reason: SupportExclusion }[] = [];
  const candidates: SupportSuggestion[] = [];
  for (let j = 0; j < n; j++) {
    if (j === p) continue;
    const reasons = model.apartReasons.get(pairKey(n, p, j)) ?? [];
    if (bullies.includes(j) || reasons.includes('bullying')) {
      excluded.push({ pupil: pupils[j]!.id, reason: 'BULLYING' });
      continue;
    }
    if (allies.has(j)) {
      excluded.push({ pupil: pupils[j]!.id, reason: 'ALLY_OF_BULLY' });
      continue;
    }
    if (reasons.length > 0) {
      excluded.push({ pupil: pupils[j]!.id, reason: reasons.every((r) => r === 'vulnerable-powerful') ? 'POWERFUL' : 'APART' });
      continue;
    }
    const chose = positive[p * n + j]!;
    const chosen = positive[j * n + p]!;
    let reason: SupportReason | null = null;
    if (chose && chosen) reason = 'MUTUAL_FRIEND';
    else if (chose) reason = 'CHOSEN_BY_PUPIL';
    else if (chosen) reason = 'CHOSE_PUPIL';
    else if (received[j]! > median && !pupils[j]!.powerful) reason = 'WELL_LIKED';
    if (!reason) continue;
    const said = reason === 'WELL_LIKED'
      ? message('SUPPORT_WELL_LIKED', { classmate: name(j), chosenBy: received[j]! })
      : message(`SUPPORT_${reason}`, { pupil: name(p), classmate: name(j) });
    candidates.push({ pupil: pupils[j]!.id, name: name(j), reason, chosenBy: received[j]!, message: said });
  }
  const tier: Record<SupportReason, number> = { MUTUAL_FRIEND: 0, CHOSEN_BY_PUPIL: 1, CHOSE_PUPIL: 2, WELL_LIKED: 3 };
  const order = new Map(pupils.map((q, i) => [q.id, i]));
  candidates.sort((a, b) => tier[a.reason] - tier[b.reason] || b.chosenBy - a.chosenBy || order.get(a.pupil)! - order.get(b.pupil)!);
  return { pupil: pupilId, suggestions: candidates.slice(0, size), more: candidates.slice(size), excluded };
}
