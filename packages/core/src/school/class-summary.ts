/**
 * classSummary(input): one class's row of the school overview for the resource group — the latest wave's date
 * and figures (`classFigures`: response rate, isolated pupils, pupils without a mutual friend), the change of
 * those figures since the previous wave, the pupils under follow-up (at least one measure planned or active in
 * the living list) and the evaluations due (a planned or active measure whose evaluation date is on or before
 * `dueBy` — the same rule as the start page's list of due evaluations).
 *
 * Every figure rests on positive answers or on the school's own measures, never on negative or bullying
 * answers, so the row may go on any meeting-audience output. It holds no pupil's name or id: only counts.
 */
import type { Analysis } from '../analyse/analysis.ts';
import { classFigures, type ClassFigures } from '../analyse/class-figures.ts';

/** A measure of the living list, as far as the overview needs it. */
export interface SummaryMeasure {
  readonly status: 'planned' | 'active' | 'done' | 'stopped';
  /** Evaluation date `YYYY-MM-DD` (empty when none was set). */
  readonly evaluation: string;
}

/**
 * The input of `classSummary`: one class's latest wave, its previous wave, its living list of measures and the date
 * evaluations are due by.
 */
export interface ClassSummaryInput {
  /** The latest wave: its date (`YYYY-MM-DD`) and analysis. */
  readonly latest: { readonly date: string; readonly analysis: Analysis };
  /** The wave before it, when the class has one. */
  readonly previous?: { readonly date: string; readonly analysis: Analysis } | null;
  /** The class's living list: each pupil's measures, by pupil id. */
  readonly followUps?: Readonly<Record<string, { readonly measures: readonly SummaryMeasure[] }>>;
  /** Evaluations on or before this day (`YYYY-MM-DD`) are due. */
  readonly dueBy: string;
}

/** The change of the figures since the previous wave (later − earlier); response rate in percentage points. */
export interface SummaryChange {
  readonly previousDate: string;
  readonly responseRate: number;
  readonly isolated: number;
  readonly noMutualFriend: number;
}

/** One class's row of the school overview (`classSummary`): counts only, nothing from negative or bullying answers. */
export interface ClassSummary {
  readonly waveDate: string;
  readonly figures: ClassFigures;
  /** Pupils with at least one planned or active measure. */
  readonly underFollowUp: number;
  /** Planned or active measures whose evaluation date is on or before `dueBy`. */
  readonly evaluationsDue: number;
  /** Null when the class has one wave. */
  readonly change: SummaryChange | null;
}

const open = (m: SummaryMeasure) => m.status === 'planned' || m.status === 'active';

/** Whether a measure's evaluation is due by `dueBy` (`YYYY-MM-DD`): planned or active, with a date on or before it. */
export function evaluationDue(m: SummaryMeasure, dueBy: string): boolean {
  return open(m) && m.evaluation !== '' && m.evaluation <= dueBy;
}

/**
 * One class's row of the school overview: the latest wave's date and figures, the change since the previous wave (null
 * with one wave), the pupils under follow-up and the evaluations due by `input.dueBy`.
 */
export function classSummary(input: ClassSummaryInput): ClassSummary {
  const figures = classFigures(input.latest.analysis);
  const lists = Object.values(input.followUps ?? {});
  const before = input.previous ? classFigures(input.previous.analysis) : null;
  return {
    waveDate: input.latest.date,
    figures,
    underFollowUp: lists.filter((l) => l.measures.some(open)).length,
    evaluationsDue: lists.reduce((n, l) => n + l.measures.filter((m) => evaluationDue(m, input.dueBy)).length, 0),
    change: before
      ? {
          previousDate: input.previous!.date,
          responseRate: Math.round((figures.responseRate - before.responseRate) * 100),
          isolated: figures.isolated - before.isolated,
          noMutualFriend: figures.noMutualFriend - before.noMutualFriend,
        }
      : null,
  };
}
