/**
 * Who an output is for, and what it may hold — one rule for the dashboard and the CLI (docs/outputs.md):
 * - `classroom`: what pupils may see — names, groups, places, the room. Never a flag, a rule, a reason, a
 *   score, a relation, a "protected" mark, or anything derived from negative or bullying answers.
 * - `meeting`: the confidential teacher sheet (marked confidential on every page): everything a teacher may
 *   see, but content that rests on negative or bullying answers only while those answers are opened for a
 *   purpose.
 * - `screen`: the teacher's own view: the meeting's content rule plus the "protected" mark on pupils, without the
 *   confidentiality mark. Projector mode shows the screen with the meeting's rule.
 * Sensitivity lives on the data (`sensitive` on indicators, rule checks, conflicts, notices and wave changes);
 * no view keeps its own list.
 */

/**
 * Who an output is for: pupils (`classroom`), a confidential teacher meeting (`meeting`) or the teacher's own view
 * (`screen`).
 */
export type Audience = 'classroom' | 'meeting' | 'screen';

/** Every audience, from the most restricted (`classroom`) to the teacher's own `screen`. */
export const AUDIENCES: readonly Audience[] = Object.freeze(['classroom', 'meeting', 'screen']);

/** The kinds of content an output can hold. */
export type OutputContent =
  /** Pupils' names (or pseudonyms). */
  | 'names'
  /** Groups, seats, the room, classes. */
  | 'places'
  /** Indicators and the follow-up list. */
  | 'indicators'
  /** Rule checks, conflicts and notices of a plan. */
  | 'rules'
  /** Why a pupil is placed where they are, why a classmate was suggested. */
  | 'reasons'
  /** A plan's score. */
  | 'score'
  /** Who chose whom (ties, the sociogram). */
  | 'relations'
  /** Which pupils a plan protects (vulnerable) or treats as in a power position. */
  | 'protected'
  /** Class figures: response rate, counts of isolated pupils, changes between waves. */
  | 'figures'
  /** Measures under follow-up, responsible adults, evaluation dates. */
  | 'measures';

/** What an audience may see. */
export interface AudienceRules {
  /** The kinds of content the audience may see. */
  readonly content: readonly OutputContent[];
  /** Every page carries the confidentiality line, class, wave, date and page count. */
  readonly confidential: boolean;
  /** Content that rests on negative or bullying answers may be shown once opened for a purpose. */
  readonly sensitiveWhenOpened: boolean;
}

const MEETING: readonly OutputContent[] = Object.freeze(['names', 'places', 'indicators', 'rules', 'reasons', 'score', 'relations', 'figures', 'measures']);

/** The "protected" mark on a pupil is for the teacher's own screen only: never on paper or a projected screen. */
export const AUDIENCE_RULES: Readonly<Record<Audience, AudienceRules>> = Object.freeze({
  classroom: Object.freeze({ content: Object.freeze(['names', 'places'] as const), confidential: false, sensitiveWhenOpened: false }),
  meeting: Object.freeze({ content: MEETING, confidential: true, sensitiveWhenOpened: true }),
  screen: Object.freeze({ content: Object.freeze([...MEETING, 'protected'] as const), confidential: false, sensitiveWhenOpened: true }),
});

/** Whether an output for `audience` may hold this kind of content at all. */
export function audienceShows(audience: Audience, content: OutputContent): boolean {
  return AUDIENCE_RULES[audience].content.includes(content);
}

/** Whether one item may be shown: its kind is allowed and, when it is sensitive, sensitive answers are open. */
export function mayShow(audience: Audience, content: OutputContent, item: { readonly sensitive: boolean }, sensitiveOpen: boolean): boolean {
  if (!audienceShows(audience, content)) return false;
  return !item.sensitive || (sensitiveOpen && AUDIENCE_RULES[audience].sensitiveWhenOpened);
}

/** The items an output for `audience` may show (none when the kind is not allowed; sensitive ones only when open). */
export function visibleTo<T extends { readonly sensitive: boolean }>(audience: Audience, content: OutputContent, items: readonly T[], sensitiveOpen: boolean): T[] {
  return items.filter((item) => mayShow(audience, content, item, sensitiveOpen));
}

/**
 * Every output the dashboard and the CLI make, with its audience. A view prints or exports only through one of
 * these, and what it may hold follows from the audience (`audienceShows`, `mayShow`).
 */
export const OUTPUT_AUDIENCE = Object.freeze({
  /** The groups with names only, for the classroom wall. */
  'groups-classroom': 'classroom',
  /** The groups with why each pupil is there and the rule check. */
  'groups-teacher': 'meeting',
  /** The room with names only, for the classroom wall. */
  'seating-classroom': 'classroom',
  /** The room with each seat's broken rules and the rule check. */
  'seating-teacher': 'meeting',
  /** One pupil's support group: members, contact adult, dates. */
  'support-group': 'meeting',
  /** The class-teacher meeting sheet: figures, sociogram, follow-up list, measures, groups, seating. */
  'meeting-sheet': 'meeting',
  /** The exported sociogram picture (PNG, SVG): isolation and mutual ties are visible in it. */
  'sociogram-picture': 'meeting',
  /** Groups as CSV: group number and name. */
  'groups-csv': 'classroom',
  /** Seating as CSV: place and name. */
  'seating-csv': 'classroom',
  /** Class lists as CSV: class and name. */
  'classes-csv': 'classroom',
  /** Next year's class lists with names only, to hand out or put up. */
  'classes-classroom': 'classroom',
  /** Next year's classes with the per-pupil guarantees, why each protected pupil is where they are, and the rule check. */
  'classes-rationale': 'meeting',
  /** The school overview for the resource group: per class, wave date and figures, follow-up counts, changes — no pupil names. */
  'school-overview': 'meeting',
} as const satisfies Record<string, Audience>);

/** An output of the dashboard or the CLI (a key of `OUTPUT_AUDIENCE`). */
export type OutputId = keyof typeof OUTPUT_AUDIENCE;

/** The audience of an output. */
export function outputAudience(output: OutputId): Audience {
  return OUTPUT_AUDIENCE[output];
}
