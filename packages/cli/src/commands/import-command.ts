/** `sociogram import <file>`: imports a survey and prints it as JSON (--json) or as a readable summary. */
import { own, type ImportResult, type SchoolClass, type Survey } from '@sociogram/core';
import { formatIssues } from '../format-issues.ts';
import { loadSurvey, type SurveyArgs } from '../load-survey.ts';
import { EXIT, type Io } from '../io.ts';

/** The public JSON shape of `import --json` (documented in docs/cli.md). */
export function importJson(result: ImportResult): unknown {
  const { survey, issues, detected, school } = result;
  return {
    ...surveyJson(survey),
    issues,
    detected,
    // A file holding several classes adds each class and the nominations across classes (docs/cli.md).
    ...(school ? { classes: school.classes.map(classJson), crossClass: school.crossClass.map(({ from, fromClass, to, toClass, question }) => ({ from, to, question, fromClass, toClass })) } : {}),
  };
}

function surveyJson(survey: Survey) {
  return {
    pupils: survey.pupils.map((pupil) => ({ ...pupil.attributes, id: pupil.id, name: pupil.name })),
    questions: survey.questions,
    nominations: survey.nominations,
    respondents: survey.respondents,
  };
}

function classJson(schoolClass: SchoolClass) {
  return { name: schoolClass.name, ...surveyJson(schoolClass.survey), issues: schoolClass.issues };
}

export function importSummary(file: string, result: ImportResult): string {
  const { survey, issues, detected } = result;
  const source = detected.source.kind === 'csv'
    ? `CSV (${detected.source.encoding}, delimiter ${JSON.stringify(detected.source.delimiter)})`
    : `Excel sheet "${detected.source.sheet}"`;
  const answered = new Set(Object.values(survey.respondents).flat());
  let out = `${file}: ${detected.format} format, ${source}, ${detected.rowCount} data rows\n`;
  if (result.school) out += classesSummary(result);
  out += `Pupils: ${survey.pupils.length} (${answered.size} answered, ${survey.pupils.length - answered.size} did not)\n`;
  out += 'Questions:\n';
  for (const q of survey.questions) {
    const count = survey.nominations.filter((n) => n.question === q.id).length;
    const limit = q.limit === null ? 'no limit' : `limit ${q.limit}`;
    out += `  ${q.id}  [${q.kind}, ${limit}]  ${count} nominations from ${own(survey.respondents, q.id)?.length ?? 0} respondents\n    "${q.label}"\n`;
  }
  return `${out}\n${formatIssues(issues)}`;
}

/** For a file holding several classes: one line per class, and the count of nominations across classes. */
function classesSummary({ school, detected }: ImportResult): string {
  const classes = school!.classes;
  let out = `Classes: ${classes.length}, split by ${detected.classColumn ? `column "${detected.classColumn}"` : "the roster's class column"}\n`;
  for (const { name, survey } of classes) {
    const answered = new Set(Object.values(survey.respondents).flat()).size;
    out += `  ${name}: ${survey.pupils.length} pupils (${answered} answered), ${survey.nominations.length} nominations\n`;
  }
  return `${out}Nominations across classes: ${school!.crossClass.length} (kept for class composition, left out of each class's sociogram)\nWhole file:\n`;
}

export async function importCommand(file: string, args: SurveyArgs & { json?: boolean }, io: Io): Promise<number> {
  const result = await loadSurvey(file, args, io.cwd);
  io.stdout(args.json ? JSON.stringify(importJson(result), null, 2) : importSummary(file, result));
  return EXIT.ok;
}
