/** `sociogram import <file>`: imports a survey and prints it as JSON (--json) or as a readable summary. */
import { own, type ImportResult, type SchoolClass, type Survey } from '@sociogram/core';
import { formatIssues } from '../format-issues.ts';
import { loadSurvey, type SurveyArgs } from '../load-survey.ts';
import { EXIT, type Io } from '../io.ts';
import type { MessageLang } from '@sociogram/core/messages';
import { CLI_WORDS } from '../cli-words.ts';
import { outputLang } from '../output-lang.ts';
import { pupilNames } from '../pupil-names.ts';

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

/** The readable summary of an import in `lang`: the file, the classes, pupils and questions found, and the issues. */
export function importSummary(file: string, result: ImportResult, lang: MessageLang = 'en'): string {
  const words = CLI_WORDS[lang];
  const { survey, issues, detected } = result;
  const source = detected.source.kind === 'csv'
    ? words.csvSource(detected.source.encoding, JSON.stringify(detected.source.delimiter))
    : words.xlsxSource(detected.source.sheet);
  const answered = new Set(Object.values(survey.respondents).flat());
  let out = `${file}: ${words.fileSummary(detected.format, source, detected.rowCount)}\n`;
  if (result.school) out += classesSummary(result, lang);
  out += `${words.pupilsSummary(survey.pupils.length, answered.size)}\n`;
  out += `${words.questions}\n`;
  for (const q of survey.questions) {
    const count = survey.nominations.filter((n) => n.question === q.id).length;
    out += `  ${q.id}  [${words.kinds[q.kind]}, ${words.limit(q.limit)}]  ${words.questionSummary(count, own(survey.respondents, q.id)?.length ?? 0)}\n    ${words.quote(q.label)}\n`;
  }
  return `${out}\n${formatIssues(issues, lang, pupilNames(survey.pupils))}`;
}

/** For a file holding several classes: one line per class, and the count of nominations across classes. */
function classesSummary({ school, detected }: ImportResult, lang: MessageLang): string {
  const words = CLI_WORDS[lang];
  const classes = school!.classes;
  let out = `${words.classesSummary(classes.length, detected.classColumn || null)}\n`;
  for (const { name, survey } of classes) {
    const answered = new Set(Object.values(survey.respondents).flat()).size;
    out += `  ${name}: ${words.classSummary(survey.pupils.length, answered, survey.nominations.length)}\n`;
  }
  return `${out}${words.crossClassKept(school!.crossClass.length)}\n${words.wholeFileColon}\n`;
}

export async function importCommand(file: string, args: SurveyArgs & { json?: boolean; lang?: string }, io: Io): Promise<number> {
  const lang = outputLang(args.lang);
  const result = await loadSurvey(file, args, io.cwd);
  io.stdout(args.json ? JSON.stringify(importJson(result), null, 2) : importSummary(file, result, lang));
  return EXIT.ok;
}
