/**
 * The sentences core's results stand for: every message code with the facts its sentence is built from, each
 * fact tagged with its kind. The types of `Message` and of the catalogues come from this one table, so a
 * sentence can only use facts its code declares and a code cannot be missing from a catalogue.
 */
import type { ApartReason } from '../plan/group-model.ts';
import type { SeatPlace } from '../plan/room-layout.ts';
import { ISSUE_SEVERITY, type IssueCode } from '../survey/survey-issue.ts';

/** What each fact tag holds. */
export interface FactKinds {
  /** A name or other text as it stands (a pupil's displayed name, a roster value). */
  readonly text: string;
  /** A text, or null when there is none (an issue without a file or column). */
  readonly maybeText: string | null;
  /** A whole number. */
  readonly count: number;
  /** A whole number, or null when there is none (a place without a number). */
  readonly maybeCount: number | null;
  /** A number with decimals, written as the language writes decimals. */
  readonly decimal: number;
  /** Names, written as a list ("Ada, Bo og Cato"). */
  readonly names: readonly string[];
  /** Numbers, written with commas ("1, 2"). */
  readonly numbers: readonly number[];
  readonly flag: boolean;
  /** A group (groups, seating islands) or a class (class planning). */
  readonly unit: 'group' | 'class';
  /** How far a Coie–Dodge status is past its cut-off: clearly, or so near that one or two answers could change it. */
  readonly certainty: 'clear' | 'uncertain';
  /** A roster gender as core reads it (pupil-gender.ts); `other` keeps the roster's own value in a `text` fact. */
  readonly genderKind: 'girl' | 'boy' | 'other';
  /** Why two pupils are kept apart. */
  readonly apartReasons: readonly ApartReason[];
  /** The part of the room a seat is in. */
  readonly area: SeatPlace['area'];
  /** The reasons of a power position, comma-joined (`star,chosenByStars,nominatedPopular,namedAsBullying`). */
  readonly powerReasons: string;
}

/** The kind of a fact: a key of FactKinds. */
export type FactKind = keyof FactKinds;

const CERTAINTY = { certainty: 'certainty', strength: 'decimal' } as const;
const POWER = {
  name: 'text', reasons: 'powerReasons', received: 'count', eligible: 'count', expected: 'decimal', starsChoosing: 'count', stars: 'count',
  popularNominators: 'maybeCount', popularEligible: 'maybeCount', bullyNominators: 'maybeCount', bullyEligible: 'maybeCount',
} as const;
const PAIR = { a: 'text', b: 'text' } as const;
const IN_GROUP = { unit: 'unit', group: 'count' } as const;

/** A survey issue's code as a message code: `ISSUE_` and the issue's code (`ISSUE_NAME_FUZZY_MATCH`). */
export type IssueMessageCode = `ISSUE_${IssueCode}`;

/** The sentence of each survey issue code, one per code, in general words that need no facts. */
const ISSUE_TITLES = Object.fromEntries(Object.keys(ISSUE_SEVERITY).map((code) => [`ISSUE_${code}`, {}])) as { readonly [C in IssueMessageCode]: {} };

/** Every message code and the facts (name → kind) its sentence uses. */
export const MESSAGE_FACTS = {
  // Indicators (analyse/indicator.ts): the indicator's own facts and the pupil's displayed name.
  ISOLATED: { name: 'text', eligible: 'count' },
  NO_MUTUAL_FRIEND: { name: 'text', received: 'count', given: 'count' },
  CHOSEN_ONLY_BY_ISOLATED: { name: 'text', received: 'count' },
  REJECTED: { name: 'text', manyNegative: 'flag', ll: 'count', eligibleNegative: 'count', lm: 'count', eligible: 'count', ...CERTAINTY },
  NEGLECTED: { name: 'text', lm: 'count', eligible: 'count', ll: 'count', eligibleNegative: 'count', ...CERTAINTY },
  REPORTED_VICTIM: { name: 'text', nominators: 'count', eligible: 'count', proportion: 'decimal' },
  VICTIM_MENTIONED: { name: 'text', nominators: 'count', eligible: 'count' },
  REPORTED_BULLY: { name: 'text', nominators: 'count', eligible: 'count', proportion: 'decimal' },
  BULLY_VICTIM: { name: 'text' },
  POWER_POSITION: POWER,
  GAVE_NO_NOMINATIONS: { name: 'text' },
  NON_RESPONDENT: { name: 'text' },
  // The reasons of a power position, one phrase each (joined into POWER_POSITION).
  POWER_STAR: { received: 'count', eligible: 'count', expected: 'decimal' },
  POWER_CHOSEN_BY_STARS: { starsChoosing: 'count', stars: 'count' },
  POWER_NOMINATED_POPULAR: { popularNominators: 'maybeCount', popularEligible: 'maybeCount' },
  POWER_NAMED_AS_BULLYING: { bullyNominators: 'maybeCount', bullyEligible: 'maybeCount' },

  // Rule checks of a group or class plan (plan/score-groups.ts). RULE_SIZES: `actual` the size of each group in
  // board order, `expected` the sizes the plan should have, largest first.
  RULE_SIZES: { unit: 'unit', actual: 'numbers', expected: 'numbers' },
  RULE_APART_SPLIT: { ...PAIR, unit: 'unit', reasons: 'apartReasons' },
  RULE_APART_SHARED: { ...PAIR, unit: 'unit', reasons: 'apartReasons' },
  RULE_TOGETHER_MET: PAIR,
  RULE_TOGETHER_SPLIT: { ...PAIR, unit: 'unit' },
  RULE_LOCK_MET: PAIR,
  RULE_LOCK_TOGETHER_SPLIT: { ...PAIR, unit: 'unit' },
  RULE_LOCK_APART_SHARED: { ...PAIR, unit: 'unit' },
  RULE_GENDER_BALANCE: { ...IN_GROUP, count: 'count', genderKind: 'genderKind', gender: 'text', size: 'count', min: 'count', max: 'count' },
  RULE_SUPPORT_CAP: { ...IN_GROUP, count: 'count', cap: 'count' },
  RULE_LEVEL_BALANCE: { ...IN_GROUP, off: 'decimal', tolerance: 'decimal' },
  RULE_PREVIOUS_CLASS_CAP: { ...IN_GROUP, count: 'count', previousClass: 'text', cap: 'count' },
  RULE_POWERFUL_CAP: { ...IN_GROUP, count: 'count', cap: 'count' },
  RULE_FRIEND_MET: { name: 'text', friends: 'names' },
  RULE_FRIEND_UNMET: { name: 'text', unit: 'unit' },

  // Rule checks of a seating plan (plan/score-seating.ts).
  SEAT_APART_ADJACENT: PAIR,
  SEAT_APART_MET: PAIR,
  SEAT_FRIEND_MET: { name: 'text', friends: 'names' },
  SEAT_FRIEND_UNMET: { name: 'text' },
  SEAT_FRONT_ROWS: { name: 'text', row: 'count' },
  SEAT_LOCK_MET: { name: 'text' },
  SEAT_LOCK_UNMET: { name: 'text', seat: 'count' },

  // Conflicts: why no plan can meet every rule (plan/group-conflicts.ts, plan-groups.ts, plan-seating.ts).
  CONFLICT_TOGETHER_TOO_LARGE: { names: 'names', unit: 'unit', maxSize: 'count' },
  CONFLICT_TOGETHER_APART: { ...PAIR, reasons: 'apartReasons' },
  CONFLICT_LOCKED_APART: { names: 'names', unit: 'unit', locks: 'numbers' },
  CONFLICT_TOO_MANY_LOCKS: { locks: 'count', unit: 'unit', groups: 'count' },
  CONFLICT_APART_FROM_TOO_MANY: { name: 'text', apart: 'count', others: 'count', unit: 'unit', minSize: 'count' },
  CONFLICT_POWER_LEAVES_NO_ROOM: { powerful: 'names', spread: 'count', groups: 'count', vulnerable: 'names', room: 'count' },
  CONFLICT_GENDER_IMPOSSIBLE: { gender: 'text', unit: 'unit' },
  CONFLICT_FRIEND_UNREACHABLE: { name: 'text', friends: 'names', unit: 'unit' },
  CONFLICT_NO_PLAN_FOUND: {},
  CONFLICT_NO_SEATING_FOUND: {},
  CONFLICT_TOO_FEW_SEATS: { pupils: 'count', seats: 'count' },
  CONFLICT_TOO_FEW_FRONT_SEATS: { pupils: 'count', seats: 'count' },
  CONFLICT_SEAT_MISSING: { name: 'text', seat: 'count' },
  CONFLICT_SEAT_SHARED: { names: 'names', seat: 'count' },

  // Notices: what stops no plan but the teacher should know (plan/group-conflicts.ts).
  NOTICE_CHOSE_NOBODY: { name: 'text' },
  NOTICE_FRIENDS_POWERFUL: { name: 'text', friends: 'names', unit: 'unit' },
  NOTICE_FRIENDS_APART: { name: 'text', friends: 'names', unit: 'unit' },

  // Why a classmate is suggested for a support group (plan/suggest-support-group.ts).
  SUPPORT_MUTUAL_FRIEND: { pupil: 'text', classmate: 'text' },
  SUPPORT_CHOSEN_BY_PUPIL: { pupil: 'text', classmate: 'text' },
  SUPPORT_CHOSE_PUPIL: { pupil: 'text', classmate: 'text' },
  SUPPORT_WELL_LIKED: { classmate: 'text', chosenBy: 'count' },

  // A seat's place in the room (plan/room-layout.ts): "Rad 2, pult 3, plass 1", and its area alone ("Rad 2").
  SEAT_PLACE: { area: 'area', number: 'maybeCount', desk: 'maybeCount', seat: 'count' },
  SEAT_AREA: { area: 'area', number: 'maybeCount' },

  // Survey issues (survey/survey-issue.ts): what each code means (ISSUE_<code>) and where it was found.
  ...ISSUE_TITLES,
  ISSUE_WHERE: { file: 'maybeText', class: 'maybeText', row: 'maybeCount', column: 'maybeText' },
} as const satisfies Readonly<Record<string, Readonly<Record<string, FactKind>>>>;

/** A sentence core's results stand for. */
export type MessageCode = keyof typeof MESSAGE_FACTS;

/** The facts of one message code, typed by their kinds. */
export type FactsOf<C extends MessageCode> = { readonly [K in keyof (typeof MESSAGE_FACTS)[C]]: FactKinds[(typeof MESSAGE_FACTS)[C][K] & FactKind] };

/** A sentence as data: its code and the facts it is built from; `formatMessage` writes it in a language. */
export type Message = { readonly [C in MessageCode]: { readonly code: C; readonly facts: FactsOf<C> } }[MessageCode];

/** A message from its code and facts (type-checked against MESSAGE_FACTS). */
export function message<C extends MessageCode>(code: C, facts: FactsOf<C>): Message {
  return { code, facts } as Message;
}
