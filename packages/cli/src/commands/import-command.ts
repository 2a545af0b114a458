/** `sociogram import <file>`: imports a survey and prints it as JSON (--json) or as a readable summary. */
import { own, type ImportResult } from '@sociogram/core';
import { formatIssues } from '../format-issues.ts';
import { loadSurvey, type SurveyArgs } from '../load-survey.ts';
import { EXIT, type Io } from '../io.ts';

/** The public JSON shape of `import --json` (documented in docs/cli.md). */
export function importJson(result: ImportResult): unknown {
  const { survey, issues, detected } = result;
  return {
    pupils: survey.pupils.map((pupil) => ({ ...pupil.attributes, id: pupil.id, name: pupil.name })),
    questions: survey.questions,
    nominations: survey.nominations,
    respondents: survey.respondents,
    issues,
    detected,
  };
}

export function importSummary(file: string, result: ImportResult): string {
  const { survey, issues, detected } = result;
  const source = detected.source.kind === 'csv'
    ? `CSV (${detected.source.encoding}, delimiter ${JSON.stringify(detected.source.delimiter)})`
    : `Excel sheet "${detected.source.sheet}"`;
  const answered = new Set(Object.values(survey.respondents).flat());
  let out = `${file}: ${detected.format} format, ${source}, ${detected.rowCount} data rows\n`;
  out += `Pupils: ${survey.pupils.length} (${answered.size} answered, ${survey.pupils.length - answered.size} did not)\n`;
  out += 'Questions:\n';
  for (const q of survey.questions) {
    const count = survey.nominations.filter((n) => n.question === q.id).length;
    const limit = q.limit === null ? 'no limit' : `limit ${q.limit}`;
    out += `  ${q.id}  [${q.kind}, ${limit}]  ${count} nominations from ${own(survey.respondents, q.id)?.length ?? 0} respondents\n    "${q.label}"\n`;
  }
  return `${out}\n${formatIssues(issues)}`;
}

export async function importCommand(file: string, args: SurveyArgs & { json?: boolean }, io: Io): Promise<number> {
  const result = await loadSurvey(file, args, io.cwd);
  io.stdout(args.json ? JSON.stringify(importJson(result), null, 2) : importSummary(file, result));
  return EXIT.ok;
}
