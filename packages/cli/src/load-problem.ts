/** Reads a planning problem (--problem p.json) or derives one from a survey file, for the plan commands. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseSurvey, byteText, DEFAULT_IMPORT_LIMITS, derivePlanningProblem, parsePlanningProblem, PlanningProblemError, type PlanningProblem } from '@sociogram/core';
import { loadSurvey, type SurveyArgs } from './load-survey.ts';
import { UsageError } from './io.ts';

export interface ProblemArgs extends SurveyArgs {
  readonly problem?: string;
  readonly 'write-problem'?: string;
}

export async function loadProblem(surveyFile: string | undefined, args: ProblemArgs, cwd: string): Promise<PlanningProblem> {
  if ((args.problem === undefined) === (surveyFile === undefined)) throw new UsageError('give either --problem <p.json> or a survey file');
  let problem: PlanningProblem;
  if (args.problem !== undefined) {
    let text: string;
    try {
      const size = statSync(resolve(cwd, args.problem)).size;
      if (size > DEFAULT_IMPORT_LIMITS.maxFileBytes) throw new PlanningProblemError([{ path: '', message: `the file is ${byteText(size)}; the limit is ${byteText(DEFAULT_IMPORT_LIMITS.maxFileBytes)}` }]);
      text = readFileSync(resolve(cwd, args.problem), 'utf8');
    } catch (error) {
      if (error instanceof PlanningProblemError) throw error;
      throw new UsageError(`cannot read ${args.problem}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${args.problem} is not valid JSON: ${(error as Error).message}`);
    }
    problem = parsePlanningProblem(json);
  } else {
    const imported = await loadSurvey(surveyFile!, args, cwd);
    problem = derivePlanningProblem(imported.survey, analyseSurvey(imported.survey, { importIssues: imported.issues }));
  }
  if (args['write-problem'] !== undefined) writeFileSync(resolve(cwd, args['write-problem']), `${JSON.stringify(problem, null, 2)}\n`);
  return problem;
}
