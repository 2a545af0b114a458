/**
 * Writes fixtures/planning/groups/*.json: generated classes of 20–32 pupils (and the demo class) with their
 * proven optimum from the exact integer program (HiGHS), the solver's status and run time, so the benchmark's
 * "% of optimum" is reproducible. Slow (seconds to minutes per class): run by hand,
 * `pnpm --filter @sociogram/bench reference-optima [n …]`; existing files are kept.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseSurvey, derivePlanningProblem, generateClassProblem, importSurvey, scoreGroups, type PlanningProblem } from '@sociogram/core';
import { HIGHS_VERSION, solveGroupsExactly } from './exact/exact-groups.ts';

export const REFERENCE_DIR = fileURLToPath(new URL('../../../fixtures/planning/groups/', import.meta.url));
export const REFERENCE_SIZES = [20, 24, 28, 32] as const;
export const REFERENCE_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
/** Larger classes take HiGHS minutes each: fewer instances (each benchmarked with two seeds). */
const SEEDS_FOR = (n: number) => (n >= 28 ? REFERENCE_SEEDS.slice(0, 6) : REFERENCE_SEEDS);
const GROUP_SIZE = 4;
const TIME_LIMIT = 900;

export interface ReferenceInstance {
  readonly name: string;
  readonly source: string;
  readonly groupSize: number;
  readonly problem: PlanningProblem;
  readonly solver: { readonly name: 'highs'; readonly version: string; readonly timeLimitSeconds: number; readonly formulation: string };
  readonly status: string;
  readonly optimum: number | null;
  readonly groups: readonly (readonly string[])[] | null;
  readonly seconds: number;
}

function demoProblem(): PlanningProblem {
  const root = fileURLToPath(new URL('../../../fixtures/demo/', import.meta.url));
  const { survey } = importSurvey(readFileSync(`${root}klasse-7b.csv`), { roster: readFileSync(`${root}klasse-7b-roster.csv`) });
  return derivePlanningProblem(survey, analyseSurvey(survey), { groupSize: GROUP_SIZE });
}

async function write(name: string, source: string, problem: PlanningProblem): Promise<void> {
  const file = `${REFERENCE_DIR}${name}.json`;
  if (existsSync(file)) return;
  const result = await solveGroupsExactly(problem, GROUP_SIZE, TIME_LIMIT);
  if (result.groups && scoreGroups(problem, result.groups, GROUP_SIZE).score !== result.optimum) throw new Error(`${name}: solver plan does not rescore to its objective`);
  const record: ReferenceInstance = {
    name, source, groupSize: GROUP_SIZE, problem,
    solver: { name: 'highs', version: HIGHS_VERSION, timeLimitSeconds: TIME_LIMIT, formulation: 'pair variables with triangle inequalities (planning.md)' },
    status: result.status, optimum: result.optimum, groups: result.groups, seconds: Math.round(result.seconds * 10) / 10,
  };
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
  console.log(`${name}: ${result.status} ${result.optimum ?? ''} in ${result.seconds.toFixed(1)} s`);
}

async function main(): Promise<void> {
  mkdirSync(REFERENCE_DIR, { recursive: true });
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  await write('demo-7b', 'fixtures/demo/klasse-7b.csv (derived problem)', demoProblem());
  for (const n of sizes.length ? sizes : REFERENCE_SIZES) {
    for (const seed of SEEDS_FOR(n)) {
      await write(`class-n${n}-s${seed}`, `generateClassProblem({ n: ${n}, seed: ${seed} })`, generateClassProblem({ n, seed, groupSize: GROUP_SIZE }));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
