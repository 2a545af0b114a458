/**
 * The classes of a whole-grade or whole-school export (see split-by-class.ts), and schoolSurvey: all of
 * them as one Survey of the file — every pupil with a `class` attribute, the nominations within classes and
 * across them — for a caller that wants the whole file at once (class composition).
 */
import type { Nomination, Pupil, Survey } from '../survey/survey.ts';
import type { SurveyIssue } from '../survey/survey-issue.ts';
import { dictionary } from '../survey/own.ts';

/** One class of the file: its own Survey (pupil ids as in a one-class import) and its issues. */
export interface SchoolClass {
  readonly name: string;
  readonly survey: Survey;
  /** This class's issues; each carries `class: name`. */
  readonly issues: readonly SurveyIssue[];
}

/** A nomination of a pupil in another class: pupil ids are those of the two class surveys. */
export interface CrossClassNomination {
  readonly from: string;
  readonly fromClass: string;
  readonly to: string;
  readonly toClass: string;
  readonly question: string;
}

/** The split of a file holding several classes. */
export interface SchoolImport {
  /** The header of the class column, or null when the classes came from the roster. */
  readonly classColumn: string | null;
  readonly classes: readonly SchoolClass[];
  readonly crossClass: readonly CrossClassNomination[];
}

/** Pupil ids of the whole file: a class survey's id, or `class/id` when another class uses the same id. */
export function schoolPupilId(school: Pick<SchoolImport, 'classes'>): (className: string, id: string) => string {
  const count = new Map<string, number>();
  for (const { survey } of school.classes) for (const pupil of survey.pupils) count.set(pupil.id, (count.get(pupil.id) ?? 0) + 1);
  return (className, id) => ((count.get(id) ?? 0) > 1 ? `${className}/${id}` : id);
}

/** The whole file as one Survey: pupils with a `class` attribute, nominations within and across classes. */
export function schoolSurvey(school: Pick<SchoolImport, 'classes' | 'crossClass'>): Survey {
  const idOf = schoolPupilId(school);
  const pupils: Pupil[] = [];
  const nominations: Nomination[] = [];
  const respondents = new Map<string, string[]>();
  for (const { name, survey } of school.classes) {
    for (const pupil of survey.pupils) pupils.push({ ...pupil, id: idOf(name, pupil.id), attributes: { ...pupil.attributes, class: name } });
    for (const n of survey.nominations) nominations.push({ from: idOf(name, n.from), to: idOf(name, n.to), question: n.question });
    for (const [question, ids] of Object.entries(survey.respondents)) {
      const list = respondents.get(question) ?? [];
      for (const id of ids) list.push(idOf(name, id));
      respondents.set(question, list);
    }
  }
  for (const n of school.crossClass) nominations.push({ from: idOf(n.fromClass, n.from), to: idOf(n.toClass, n.to), question: n.question });
  const questions = school.classes[0]?.survey.questions ?? [];
  const byQuestion = dictionary<readonly string[]>();
  for (const question of questions) byQuestion[question.id] = respondents.get(question.id) ?? [];
  return { pupils, questions, nominations, respondents: byQuestion };
}
