/** The sentences in English. */
import type { ApartReason } from '../plan/group-model.ts';
import type { Catalogue } from './catalogue.ts';
import { ISSUES_EN } from './issue-catalogue-en.ts';
import type { FactKinds } from './message-facts.ts';

const UNIT = {
  group: { one: 'group', many: 'groups', title: 'Group', others: 'classmates' },
  class: { one: 'class', many: 'classes', title: 'Class', others: 'other pupils in the cohort' },
} as const;

/** Why a pair is kept apart, in a rule check. */
const RULE_REASON: Readonly<Record<ApartReason, string>> = {
  negative: 'a negative choice', bullying: 'reported bullying', separate: 'kept apart by a teacher', 'vulnerable-powerful': 'a vulnerable pupil and a pupil in a power position',
};
/** Why a pair is kept apart, in a conflict. */
const CONFLICT_REASON: Readonly<Record<ApartReason, string>> = {
  negative: 'a negative choice', bullying: 'reported bullying', separate: "the teacher's choice", 'vulnerable-powerful': 'a vulnerable pupil and a pupil in a power position',
};
const AREA: Readonly<Record<FactKinds['area'], string>> = { row: 'Row', table: 'Table', left: 'Left side', right: 'Right side', back: 'Back' };

const reasons = (list: readonly ApartReason[], words: Readonly<Record<ApartReason, string>>) => list.map((r) => words[r]).join(', ');
const certainty = (f: { certainty: FactKinds['certainty']; strength: number }, w: { decimal(v: number, d: number): string }) =>
  f.certainty === 'clear' ? `clearly (${w.decimal(f.strength, 2)} standard deviations past the cut-off)` : `uncertain: so near the cut-off (${w.decimal(f.strength, 2)} standard deviations) that one or two answers could change it`;
const gender = (f: { genderKind: FactKinds['genderKind']; count: number; gender: string }) =>
  f.genderKind === 'girl' ? (f.count === 1 ? 'girl' : 'girls') : f.genderKind === 'boy' ? (f.count === 1 ? 'boy' : 'boys') : `of gender “${f.gender}”`;
const classmates = (n: number, w: { plural(c: number, one: string, other: string): string }) => w.plural(n, 'classmate', 'classmates');

/** English. */
export const EN: Catalogue = {
  ISOLATED: (f, w) => `Nobody chose ${f.name} as someone to be with (0 of ${f.eligible} ${classmates(f.eligible, w)} who answered).`,
  NO_MUTUAL_FRIEND: (f) => `${f.name} was chosen by ${f.received} and chose ${f.given}, but none of these choices went both ways.`,
  CHOSEN_ONLY_BY_ISOLATED: (f) => `${f.name} was chosen only by pupils whom nobody chose (${f.received}).`,
  REJECTED: (f, w) =>
    `${f.name} was ${f.manyNegative ? 'named by many' : 'named'} on negative questions (${f.ll} of ${f.eligibleNegative}) and chosen by ${f.lm} of ${f.eligible}: named negatively more often, and chosen less often, than most of the class. The Coie–Dodge method calls this “rejected” – ${certainty(f, w)}.`,
  NEGLECTED: (f, w) =>
    `${f.name} was chosen by ${f.lm} of ${f.eligible} and named on negative questions by ${f.ll} of ${f.eligibleNegative}: named less often than most of the class, positively and negatively. The Coie–Dodge method calls this “neglected” – ${certainty(f, w)}.`,
  REPORTED_VICTIM: (f, w) => `${f.nominators} of ${f.eligible} ${classmates(f.eligible, w)} who answered (${w.percent(f.proportion)}) said ${f.name} is bullied.`,
  VICTIM_MENTIONED: (f, w) => `${f.nominators} of ${f.eligible} ${classmates(f.eligible, w)} said ${f.name} is bullied.`,
  REPORTED_BULLY: (f, w) => `${f.nominators} of ${f.eligible} ${classmates(f.eligible, w)} who answered (${w.percent(f.proportion)}) said ${f.name} bullies others.`,
  BULLY_VICTIM: (f) => `${f.name} is reported both as bullied and as bullying others (dual role).`,
  POWER_POSITION: (f, w) => `${f.name} holds a power position in the class: ${w.powerReasons(f)}.`,
  GAVE_NO_NOMINATIONS: (f) => `${f.name} answered but chose nobody on the positive questions.`,
  NON_RESPONDENT: (f) => `${f.name} did not answer; the figures for ${f.name} rest only on what others said.`,
  POWER_STAR: (f, w) => `chosen by ${f.received} of ${f.eligible} – far more than random choices would give (about ${w.decimal(f.expected, 1)})`,
  POWER_CHOSEN_BY_STARS: (f) => `chosen by ${f.starsChoosing} of the class's ${f.stars} most chosen`,
  POWER_NOMINATED_POPULAR: (f) => `named as popular by ${f.popularNominators} of ${f.popularEligible}`,
  POWER_NAMED_AS_BULLYING: (f) => `named as bullying others by ${f.bullyNominators} of ${f.bullyEligible}`,

  RULE_SIZES: (f, w) => `${f.actual.map((n, g) => `${g === 0 ? UNIT[f.unit].title : UNIT[f.unit].one} ${g + 1} has ${n}`).join(', ')} (should be ${w.list(f.expected.map(String))}).`,
  RULE_APART_SPLIT: (f) => `${f.a} and ${f.b} are in different ${UNIT[f.unit].many} (${reasons(f.reasons, RULE_REASON)}).`,
  RULE_APART_SHARED: (f) => `${f.a} and ${f.b} share a ${UNIT[f.unit].one} but must be kept apart (${reasons(f.reasons, RULE_REASON)}).`,
  RULE_TOGETHER_MET: (f) => `${f.a} and ${f.b} are together, as asked.`,
  RULE_TOGETHER_SPLIT: (f) => `${f.a} and ${f.b} should be together but are in different ${UNIT[f.unit].many}.`,
  RULE_LOCK_MET: (f) => `${f.a} and ${f.b} are placed as locked.`,
  RULE_LOCK_TOGETHER_SPLIT: (f) => `${f.a} and ${f.b} are locked together but are in different ${UNIT[f.unit].many}.`,
  RULE_LOCK_APART_SHARED: (f) => `${f.a} and ${f.b} are locked to different ${UNIT[f.unit].many} but share one.`,
  RULE_GENDER_BALANCE: (f) => `${UNIT[f.unit].title} ${f.group} has ${f.count} ${gender(f)} of ${f.size} (the rule: ${f.min}–${f.max}).`,
  RULE_SUPPORT_CAP: (f) => `${UNIT[f.unit].title} ${f.group}: ${f.count} pupils with support needs (at most ${f.cap}).`,
  RULE_LEVEL_BALANCE: (f) => `${UNIT[f.unit].title} ${f.group}: the level sum is ${f.off.toFixed(1)} from the mean (at most ${f.tolerance.toFixed(1)}).`,
  RULE_PREVIOUS_CLASS_CAP: (f) => `${UNIT[f.unit].title} ${f.group}: ${f.count} pupils from ${f.previousClass} (at most ${f.cap}).`,
  RULE_POWERFUL_CAP: (f) => `${UNIT[f.unit].title} ${f.group}: ${f.count} pupils in a power position (at most ${f.cap}).`,
  RULE_FRIEND_MET: (f, w) => `${f.name} is with ${w.list(f.friends)}, whom ${f.name} chose.`,
  RULE_FRIEND_UNMET: (f) => `${f.name} has none of the friends they chose in the ${UNIT[f.unit].one}.`,

  SEAT_APART_ADJACENT: (f) => `${f.a} and ${f.b} sit next to each other but must be kept apart.`,
  SEAT_APART_MET: (f) => `${f.a} and ${f.b} do not sit next to each other.`,
  SEAT_FRIEND_MET: (f, w) => `${f.name} sits by ${w.list(f.friends)}, whom ${f.name} chose.`,
  SEAT_FRIEND_UNMET: (f) => `${f.name} sits by none of the friends they chose.`,
  SEAT_FRONT_ROWS: (f) => `${f.name} sits in row ${f.row} (should be in the first two).`,
  SEAT_LOCK_MET: (f) => `${f.name} sits in their locked seat.`,
  SEAT_LOCK_UNMET: (f) => `${f.name} is locked to seat ${f.seat} but sits elsewhere.`,

  CONFLICT_TOGETHER_TOO_LARGE: (f, w) => `${w.list(f.names)} must be together (kept together or locked), but that is ${f.names.length} pupils and ${UNIT[f.unit].many} hold ${f.maxSize}.`,
  CONFLICT_TOGETHER_APART: (f) => `${f.a} and ${f.b} must be together (kept together or locked) but also kept apart (${reasons(f.reasons, CONFLICT_REASON)}).`,
  CONFLICT_LOCKED_APART: (f, w) => `${w.list(f.names)} are locked to different ${UNIT[f.unit].many} (${f.locks.join(', ')}) but must be together.`,
  CONFLICT_TOO_MANY_LOCKS: (f) => `Pupils are locked to ${f.locks} different ${UNIT[f.unit].many}, but there are only ${f.groups} ${UNIT[f.unit].many}.`,
  CONFLICT_APART_FROM_TOO_MANY: (f) => `${f.name} must be kept apart from ${f.apart} of ${f.others} ${UNIT[f.unit].others}; too few are left for a ${UNIT[f.unit].one} of ${f.minSize}.`,
  CONFLICT_POWER_LEAVES_NO_ROOM: (f, w) =>
    `${f.powerful.length} pupils are in a power position (${w.list(f.powerful)}) and must be spread over ${f.spread} of ${f.groups} groups. ${f.vulnerable.length} vulnerable pupils (${w.list(f.vulnerable)}) may share a group with none of them, but the other groups hold only ${f.room}. Review who is marked vulnerable or in a power position.`,
  CONFLICT_GENDER_IMPOSSIBLE: (f) => `The gender balance for ${f.gender} cannot be met with these ${UNIT[f.unit].one} sizes.`,
  CONFLICT_FRIEND_UNREACHABLE: (f, w) => `${f.name} is vulnerable and needs a chosen friend in the ${UNIT[f.unit].one}, but ${w.list(f.friends)} ${f.friends.length === 1 ? 'is' : 'are'} locked or tied to other ${UNIT[f.unit].many}.`,
  CONFLICT_NO_PLAN_FOUND: () => 'No plan meeting every rule was found. These rules could not all be met in the best attempt:',
  CONFLICT_NO_SEATING_FOUND: () => 'No seating meeting every rule was found. These rules could not all be met:',
  CONFLICT_TOO_FEW_SEATS: (f) => `There are ${f.pupils} pupils but only ${f.seats} seats.`,
  CONFLICT_TOO_FEW_FRONT_SEATS: (f) => `${f.pupils} pupils must sit at the front, but the first two rows have ${f.seats} seats.`,
  CONFLICT_SEAT_MISSING: (f) => `${f.name} is locked to seat ${f.seat}, which does not exist.`,
  CONFLICT_SEAT_SHARED: (f, w) => `${w.list(f.names)} are locked to the same seat (${f.seat}).`,

  NOTICE_CHOSE_NOBODY: (f) => `${f.name} has no chosen friend on record (chose nobody or did not answer), so the plan cannot guarantee ${f.name} a friend they chose.`,
  NOTICE_FRIENDS_POWERFUL: (f, w) => `${f.name}'s only chosen friends (${w.list(f.friends)}) are all in a power position, so none of them can be guaranteed in the ${UNIT[f.unit].one}.`,
  NOTICE_FRIENDS_APART: (f, w) => `${f.name}'s chosen friends (${w.list(f.friends)}) must all be kept apart from ${f.name}, so none of them can be guaranteed in the ${UNIT[f.unit].one}.`,

  SUPPORT_MUTUAL_FRIEND: (f) => `${f.classmate} and ${f.pupil} chose each other.`,
  SUPPORT_CHOSEN_BY_PUPIL: (f) => `${f.pupil} chose ${f.classmate}.`,
  SUPPORT_CHOSE_PUPIL: (f) => `${f.classmate} chose ${f.pupil}.`,
  SUPPORT_WELL_LIKED: (f) => `${f.classmate} is well liked (chosen by ${f.chosenBy}).`,

  SEAT_PLACE: (f) => [`${AREA[f.area]}${f.number === null ? '' : ` ${f.number}`}`, ...(f.desk === null ? [] : [`desk ${f.desk}`]), `seat ${f.seat}`].join(', '),
  SEAT_AREA: (f) => `${AREA[f.area]}${f.number === null ? '' : ` ${f.number}`}`,

  ...ISSUES_EN,
};
