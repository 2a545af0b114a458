/**
 * `sociogram plan groups|seating|support|classes`: plans from a planning problem (--problem p.json) or a
 * survey file. JSON (--json) is a public contract (docs/cli.md); exit code 3 when the rules cannot all hold.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  audienceShows,
  AUDIENCES,
  visibleTo,
  type Audience,
  createRoomLayout,
  planClasses,
  planGroups,
  planSeating,
  seatingByArea,
  suggestSupportGroup,
  type GroupPlan,
  type PlanConflict,
  type PlanningProblem,
  type PlanNotice,
  type RoomLayoutSpec,
} from '@sociogram/core';
import { areaMessage, formatMessage, type MessageLang } from '@sociogram/core/messages';
import { EXIT, UsageError, type Io } from '../io.ts';
import { withTexts } from '../json-texts.ts';
import { outputLang } from '../output-lang.ts';
import { CLI_WORDS } from '../cli-words.ts';
import { pupilNames } from '../pupil-names.ts';
import { loadProblem, type ProblemArgs } from '../load-problem.ts';
import { planInParallel } from '../plan/plan-in-parallel.ts';

export interface PlanArgs extends ProblemArgs {
  readonly json?: boolean;
  readonly size?: string;
  readonly seed?: string;
  readonly 'time-limit'?: string;
  readonly iterations?: string;
  readonly workers?: string;
  readonly rotation?: boolean;
  readonly layout?: string;
  readonly pupil?: string;
  readonly classes?: string;
  readonly lang?: string;
  readonly audience?: string;
}

/** Who the readable output is for (docs/outputs.md); the CLI's user holds the data, so the screen sees everything. */
function audienceOf(args: PlanArgs): Audience {
  const audience = (args.audience ?? 'screen') as Audience;
  if (!AUDIENCES.includes(audience)) throw new UsageError('--audience must be classroom, meeting or screen');
  return audience;
}

/** Notes as the audience may read them, with a count of those left out. */
function notesFor(audience: Audience, notices: readonly PlanNotice[], lang: MessageLang): string {
  if (!audienceShows(audience, 'rules')) return '';
  const shown = visibleTo(audience, 'rules', notices, audience === 'screen');
  const hidden = notices.length - shown.length;
  const words = CLI_WORDS[lang];
  return shown.map((n) => `\n${words.note}: ${formatMessage(n.message, lang)}`).join('') + (hidden ? `\n${words.hiddenNotes(hidden)}` : '');
}

function whole(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}`);
  return number;
}

function searchOptions(args: PlanArgs) {
  const seed = whole(args.seed, 'seed', 0);
  const timeLimit = whole(args['time-limit'], 'time-limit', 1);
  const maxIterations = whole(args.iterations, 'iterations', 1);
  return { ...(seed === undefined ? {} : { seed }), ...(timeLimit === undefined ? {} : { timeLimit }), ...(maxIterations === undefined ? {} : { maxIterations }) };
}

/** A pupil's name in `problem` ('–' for an empty seat). */
const nameOf = (problem: PlanningProblem) => {
  const name = pupilNames(problem.pupils);
  return (id: string | null) => (id === null ? '–' : name(id));
};

function infeasible(io: Io, json: boolean | undefined, conflicts: readonly PlanConflict[], notices: readonly PlanNotice[], lang: MessageLang, audience: Audience = 'screen'): number {
  if (json) io.stdout(JSON.stringify(withTexts({ infeasible: true, conflicts, notices }), null, 2));
  else if (!audienceShows(audience, 'rules')) io.stdout(`${CLI_WORDS[lang].noPlan}.`);
  else {
    const shown = visibleTo(audience, 'rules', conflicts, audience === 'screen');
    const hidden = conflicts.length - shown.length;
    io.stdout(`${CLI_WORDS[lang].noPlan}:\n${shown.map((c) => `  - ${formatMessage(c.message, lang)}`).join('\n')}${hidden ? `\n  ${CLI_WORDS[lang].hiddenConflicts(hidden)}` : ''}${notesFor(audience, notices, lang)}`);
  }
  return EXIT.infeasible;
}

function groupReport(plan: Extract<GroupPlan, { infeasible: false }>, problem: PlanningProblem, unit: 'group' | 'class', lang: MessageLang, audience: Audience): string {
  const name = nameOf(problem);
  const words = CLI_WORDS[lang];
  let out = plan.groups.map((g, k) => `${words[unit]} ${k + 1}: ${g.map(name).join(', ')}`).join('\n');
  if (audienceShows(audience, 'score')) out += `\n\n${words.groupScore(plan.score, plan.evaluation.pairScore, plan.evaluation.covered, plan.evaluation.checks.length)}`;
  return out + notesFor(audience, plan.notices, lang);
}

export async function planCommand(kind: string | undefined, surveyFile: string | undefined, args: PlanArgs, io: Io): Promise<number> {
  const lang = outputLang(args.lang);
  const audience = audienceOf(args);
  if (kind === 'groups') {
    const groupSize = whole(args.size, 'size', 1);
    const workers = whole(args.workers, 'workers', 1) ?? 1;
    const problem = await loadProblem(surveyFile, args, io.cwd);
    const options = { ...searchOptions(args), ...(groupSize === undefined ? {} : { groupSize }), rotation: Boolean(args.rotation) };
    const plan = workers > 1 ? await planInParallel({ kind: 'groups', problem, options }, workers) : planGroups(problem, options);
    if (plan.infeasible) return infeasible(io, args.json, plan.conflicts, plan.notices, lang, audience);
    io.stdout(args.json
      ? JSON.stringify(withTexts({ infeasible: false, groups: plan.groups, score: plan.score, violations: plan.evaluation.violations, notices: plan.notices, pupils: plan.evaluation.pupils, repeatedPairs: plan.evaluation.repeatedPairs, stats: plan.stats }), null, 2)
      : groupReport(plan, problem, 'group', lang, audience));
    return EXIT.ok;
  }
  if (kind === 'classes') {
    const classCount = whole(args.classes, 'classes', 1);
    const workers = whole(args.workers, 'workers', 1) ?? 1;
    const problem = await loadProblem(surveyFile, args, io.cwd);
    const options = { ...searchOptions(args), ...(classCount === undefined ? {} : { classCount }) };
    const plan = workers > 1 ? await planInParallel({ kind: 'classes', problem, options }, workers) : planClasses(problem, options);
    if (plan.infeasible) return infeasible(io, args.json, plan.conflicts, plan.notices, lang, audience);
    io.stdout(args.json
      ? JSON.stringify(withTexts({ infeasible: false, classes: plan.classes, score: plan.score, violations: plan.evaluation.violations, guarantees: plan.guarantees, notices: plan.notices, pupils: plan.evaluation.pupils, stats: plan.stats }), null, 2)
      : audience === 'classroom' ? groupReport(plan, problem, 'class', lang, audience) : `${groupReport(plan, problem, 'class', lang, audience)}\n${CLI_WORDS[lang].guarantees(plan.guarantees)}`);
    return EXIT.ok;
  }
  if (kind === 'seating') {
    if (args.layout === undefined) throw new UsageError('plan seating needs --layout <layout.json>');
    let spec: RoomLayoutSpec;
    try {
      spec = JSON.parse(readFileSync(resolve(io.cwd, args.layout), 'utf8')) as RoomLayoutSpec;
    } catch (error) {
      throw new UsageError(`cannot read the layout ${args.layout}: ${(error as Error).message}`);
    }
    const layout = createRoomLayout(spec);
    const problem = await loadProblem(surveyFile, args, io.cwd);
    const plan = planSeating(problem, layout, searchOptions(args));
    if (plan.infeasible) return infeasible(io, args.json, plan.conflicts, plan.notices, lang, audience);
    const seats = layout.seats.map((seat, s) => ({ seat: seat.id, row: seat.row, desk: seat.desk, place: seat.place, pupil: plan.seats[s] ?? null }));
    const name = nameOf(problem);
    io.stdout(args.json
      ? JSON.stringify(withTexts({ infeasible: false, seats, score: plan.score, violations: plan.evaluation.violations, notices: plan.notices, pupils: plan.evaluation.pupils, stats: plan.stats }), null, 2)
      : `${seatingByArea(layout, plan.seats).map(({ place, desks }) => `${formatMessage(areaMessage(place), lang)}: ${desks.map((desk) => desk.map(name).join(', ')).join(' | ')}`).join('\n')}${audienceShows(audience, 'score') ? `\n\n${CLI_WORDS[lang].seatingScore(plan.score)}` : ''}${notesFor(audience, plan.notices, lang)}`);
    return EXIT.ok;
  }
  if (kind === 'support') {
    if (args.pupil === undefined) throw new UsageError('plan support needs --pupil <id>');
    const size = whole(args.size, 'size', 1);
    const problem = await loadProblem(surveyFile, args, io.cwd);
    const result = suggestSupportGroup(problem, args.pupil, size === undefined ? {} : { size });
    io.stdout(args.json ? JSON.stringify(withTexts(result), null, 2) : `${CLI_WORDS[lang].supportGroup(nameOf(problem)(args.pupil))}\n${result.suggestions.map((s, k) => `  ${k + 1}. ${s.name} — ${formatMessage(s.message, lang)}`).join('\n')}`);
    return EXIT.ok;
  }
  throw new UsageError('plan takes groups, seating, support or classes');
}
