/** `sociogram analyse <file>` (alias `analyze`): the full analysis as JSON (--json) or a readable class report. */
import { analyseSurvey, type Analysis, type ImportResult } from '@sociogram/core';
import { loadSurvey, type SurveyArgs } from '../load-survey.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { formatIssues } from '../format-issues.ts';
import { indicatorJson } from '../json-texts.ts';
import { outputLang } from '../output-lang.ts';
import { formatMessage, indicatorMessage, type MessageLang } from '@sociogram/core/messages';

export interface AnalyseArgs extends SurveyArgs {
  readonly json?: boolean;
  readonly seed?: string;
  readonly lang?: string;
}

/**
 * The public JSON shape of `analyse --json` (documented in docs/cli.md): the Analysis, each indicator with its
 * sentence (json-texts.ts), and the import issues first.
 */
export function analyseJson(imported: ImportResult, analysis: Analysis): unknown {
  const pupils = analysis.pupils.map((pupil) => ({ ...pupil, indicators: pupil.indicators.map((indicator) => indicatorJson(indicator, pupil.name)) }));
  return { ...analysis, pupils, issues: [...imported.issues, ...analysis.issues] };
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** The readable class report: figures per pupil and question, then the follow-up list with each indicator's sentence in `lang`. */
export function analyseReport(imported: ImportResult, analysis: Analysis, lang: MessageLang): string {
  let width = 4;
  for (const p of analysis.pupils) width = Math.max(width, p.name.length);
  let out = `${pad('Pupil', width)}  recv  gave  mutual  status         flags\n`;
  for (const p of analysis.pupils) {
    const flags = p.indicators.map((i) => i.code).join(' ');
    out += `${pad(p.name, width)}  ${pad(p.positive.received, 4)}  ${pad(p.respondent ? p.positive.given : '–', 4)}  ${pad(p.positive.mutual, 6)}  ${pad(p.status.coieDodge ?? '–', 13)}  ${flags}\n`;
  }
  out += '\nQuestions:\n';
  for (const q of Object.values(analysis.questions)) {
    const r = q.reciprocity === null ? '–' : q.reciprocity.toFixed(2);
    const mod = q.modularity === null ? '–' : q.modularity.toFixed(2);
    out += `  ${q.id} [${q.kind}]: ${q.m} nominations, density ${q.density.toFixed(3)}, reciprocity ${r}, modularity ${mod}, ${q.respondents}/${q.n} answered\n`;
  }
  out += `\nFollow-up list (${analysis.followUp.length}):\n`;
  for (const entry of analysis.followUp) {
    const pupil = analysis.pupils.find((p) => p.id === entry.pupil)!;
    out += `  ${entry.rank}. ${entry.name}\n`;
    for (const indicator of pupil.indicators.filter((i) => entry.reasons.includes(i.code))) out += `     - ${formatMessage(indicatorMessage(indicator, pupil.name), lang)}\n`;
  }
  return `${out}\n${formatIssues([...imported.issues.filter((i) => i.severity !== 'info'), ...analysis.issues])}`;
}

export async function analyseCommand(file: string, args: AnalyseArgs, io: Io): Promise<number> {
  const seed = args.seed === undefined ? undefined : Number(args.seed);
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
  const lang = outputLang(args.lang);
  const imported = await loadSurvey(file, args, io.cwd);
  if (imported.school) {
    io.stdout(analyseClasses(imported, args.json === true, lang, seed));
    return EXIT.ok;
  }
  const analysis = analyseSurvey(imported.survey, { importIssues: imported.issues, ...(seed === undefined ? {} : { seed }) });
  io.stdout(args.json ? JSON.stringify(analyseJson(imported, analysis), null, 2) : analyseReport(imported, analysis, lang));
  return EXIT.ok;
}

/**
 * A file holding several classes: one analysis per class (its own survey and issues), then the nominations
 * across classes and the issues of the whole file. JSON: `{classes: [{name, ...analysis}], crossClass, issues}`.
 */
export function analyseClasses(imported: ImportResult, json: boolean, lang: MessageLang, seed?: number): string {
  const school = imported.school!;
  const fileIssues = imported.issues.filter((issue) => issue.class === undefined);
  const classes = school.classes.map((schoolClass) => {
    const own: ImportResult = { ...imported, survey: schoolClass.survey, issues: schoolClass.issues, school: undefined };
    return { name: schoolClass.name, own, analysis: analyseSurvey(schoolClass.survey, { importIssues: schoolClass.issues, ...(seed === undefined ? {} : { seed }) }) };
  });
  if (json) {
    return JSON.stringify({
      classes: classes.map(({ name, own, analysis }) => ({ name, ...(analyseJson(own, analysis) as object) })),
      crossClass: school.crossClass.map(({ from, fromClass, to, toClass, question }) => ({ from, to, question, fromClass, toClass })),
      issues: fileIssues,
    }, null, 2);
  }
  let out = '';
  for (const { name, own, analysis } of classes) out += `== Class ${name} ==\n${analyseReport(own, analysis, lang)}\n`;
  return `${out}== Whole file ==\nNominations across classes: ${school.crossClass.length}\n${formatIssues(fileIssues.filter((i) => i.severity !== 'info'))}`;
}
