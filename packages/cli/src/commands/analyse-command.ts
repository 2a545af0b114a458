/** `sociogram analyse <file>` (alias `analyze`): the full analysis as JSON (--json) or a readable class report. */
import { analyseSurvey, type Analysis, type ImportResult } from '@sociogram/core';
import { loadSurvey, type SurveyArgs } from '../load-survey.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { formatIssues } from '../format-issues.ts';
import { indicatorJson } from '../json-texts.ts';
import { outputLang } from '../output-lang.ts';
import { CLI_WORDS } from '../cli-words.ts';
import { pupilNames } from '../pupil-names.ts';
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

/** The readable class report in `lang`: figures per pupil and question, then the follow-up list with each indicator's sentence. */
export function analyseReport(imported: ImportResult, analysis: Analysis, lang: MessageLang): string {
  const words = CLI_WORDS[lang];
  const table = words.table;
  let width = 4;
  for (const p of analysis.pupils) width = Math.max(width, p.name.length);
  const widths = [Math.max(4, table.received.length), Math.max(4, table.given.length), Math.max(6, table.mutual.length), Math.max(13, table.status.length, ...Object.values(words.statuses).map((s) => s.length))] as const;
  const row = (cells: readonly (string | number)[], flags: string) => `${[pad(cells[0]!, width), ...widths.map((w, k) => pad(cells[k + 1]!, w)), flags].join('  ')}\n`;
  let out = row([table.pupil, table.received, table.given, table.mutual, table.status], table.flags);
  for (const p of analysis.pupils) {
    const flags = p.indicators.map((i) => i.code).join(' ');
    out += row([p.name, p.positive.received, p.respondent ? p.positive.given : '–', p.positive.mutual, p.status.coieDodge === null ? '–' : words.statuses[p.status.coieDodge]], flags);
  }
  out += `\n${words.questions}\n`;
  for (const q of Object.values(analysis.questions)) {
    const reciprocity = q.reciprocity === null ? '–' : words.decimal(q.reciprocity, 2);
    const modularity = q.modularity === null ? '–' : words.decimal(q.modularity, 2);
    out += `  ${q.id} [${words.kinds[q.kind]}]: ${words.questionFigures({ m: q.m, density: words.decimal(q.density, 3), reciprocity, modularity, respondents: q.respondents, n: q.n })}\n`;
  }
  out += `\n${words.followUp(analysis.followUp.length)}\n`;
  for (const entry of analysis.followUp) {
    const pupil = analysis.pupils.find((p) => p.id === entry.pupil)!;
    out += `  ${entry.rank}. ${entry.name}\n`;
    for (const indicator of pupil.indicators.filter((i) => entry.reasons.includes(i.code))) out += `     - ${formatMessage(indicatorMessage(indicator, pupil.name), lang)}\n`;
  }
  return `${out}\n${formatIssues([...imported.issues.filter((i) => i.severity !== 'info'), ...analysis.issues], lang, pupilNames(imported.survey.pupils))}`;
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
  const words = CLI_WORDS[lang];
  let out = '';
  for (const { name, own, analysis } of classes) out += `${words.classHeading(name)}\n${analyseReport(own, analysis, lang)}\n`;
  return `${out}${words.wholeFileHeading}\n${words.crossClass(school.crossClass.length)}\n${formatIssues(fileIssues.filter((i) => i.severity !== 'info'), lang, pupilNames(imported.survey.pupils))}`;
}
