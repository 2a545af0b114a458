/**
 * splitByClass(table, options): one export of a whole grade or school → one Survey per class. Each row's
 * class comes from the survey's class column, or — without one — from the roster's class column via the
 * respondent's name. Names are reconciled within the respondent's class first (the same full name in two
 * classes is two pupils; a first name unique in the class resolves there even when the grade has several);
 * a name found only in another class is a cross-class nomination: reported, left out of the class survey,
 * and returned for class composition. Every issue of a class carries its `class`.
 */
import type { Pupil, Question } from '../survey/survey.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import { append } from '../survey/append.ts';
import { compareClassNames } from '../school/compare-class-names.ts';
import { buildQuestions, buildSurvey, type Elsewhere } from './build-survey.ts';
import { classOfCells, type ClassColumn } from './detect-class-column.ts';
import { createNameMatcher, type NameEntry, type NameMatcher } from './name-matcher.ts';
import { normaliseName } from './normalise-name.ts';
import type { QuestionMapping } from './question-mapping.ts';
import type { ColumnOptions, RawQuestion, RawSurvey, SurveyFormat } from './raw-survey.ts';
import { readLong } from './read-long.ts';
import { readWide } from './read-wide.ts';
import { resolveColumn } from './resolve-column.ts';
import type { Table } from './table.ts';
import type { CrossClassNomination, SchoolClass } from './school-import.ts';

export interface SplitByClassOptions {
  readonly format: Exclude<SurveyFormat, 'matrix'>;
  /** The survey's class column; null when the classes come from the roster. */
  readonly classColumn: ClassColumn | null;
  /** The roster with each pupil's class (`classOf[pupil.id]`); absent without a roster. */
  readonly roster?: { readonly pupils: readonly Pupil[]; readonly classOf: ReadonlyMap<string, string> };
  readonly columns?: ColumnOptions;
  readonly wave?: string;
  readonly file?: string;
  readonly questions?: readonly QuestionMapping[];
  readonly aliases?: Readonly<Record<string, string>>;
  /** Called after each class is built: `done` of `total` classes. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ClassSplit {
  readonly classes: readonly SchoolClass[];
  readonly crossClass: readonly CrossClassNomination[];
  /** Issues of the whole file (question kinds, rows without a class …), with no `class`. */
  readonly issues: readonly SurveyIssue[];
  /** The raw survey of each class, in the order of `classes` (for the detected columns and size limits). */
  readonly raws: readonly RawSurvey[];
}

/** The class of each data row, by row number; rows that have none are reported once per respondent. */
function classOfRows(table: Table, options: SplitByClassOptions, issues: SurveyIssue[]): Map<number, string> {
  const { file } = options;
  const respondentIndex = resolveColumn(table.header, 'respondent', options.columns?.respondent, file);
  const byRow = new Map<number, string>();
  const rosterMatcher = options.classColumn === null && options.roster ? createNameMatcher(options.roster.pupils) : null;
  const reported = new Set<string>();
  for (const { row, cells } of table.rows) {
    const respondent = respondentIndex >= 0 ? (cells[respondentIndex] ?? '') : '';
    let name = '';
    if (options.classColumn) name = classOfCells(cells, options.classColumn);
    else if (rosterMatcher && respondent !== '') {
      const match = rosterMatcher.match(respondent);
      if ('id' in match) name = options.roster!.classOf.get(match.id) ?? '';
    }
    if (name !== '') {
      byRow.set(row, name);
      continue;
    }
    if (respondent === '' || reported.has(respondent)) continue;
    reported.add(respondent);
    const column = options.classColumn ? (table.header[options.classColumn.index] ?? null) : (table.header[respondentIndex] ?? null);
    issues.push(surveyIssue('CLASS_MISSING', options.classColumn
      ? `Row ${row} (${respondent}) has no class in "${column}"; the row was skipped. Fill in the class.`
      : `${respondent} (row ${row}) is not on the roster, or is there in more than one class; the row was skipped. Correct the name or the roster.`, { row, column, file }, { text: respondent }));
  }
  return byRow;
}

/** The pupils of a class as the other classes will look them up: the roster's, or its respondents'. */
function classPupils(raw: RawSurvey, roster: readonly Pupil[] | undefined): NameEntry[] {
  if (roster) return roster.map((pupil) => ({ id: pupil.id, name: pupil.name }));
  const seen = new Map<string, NameEntry>();
  for (const response of raw.responses) {
    const folded = normaliseName(response.respondent);
    if (!seen.has(folded)) seen.set(folded, { id: response.respondent.trim(), name: response.respondent.trim() });
  }
  return [...seen.values()];
}

/** Every pupil of the file under the key `<class index>\t<id>`, with the name shown in messages. */
interface SchoolIndex {
  readonly described: ReadonlyMap<string, string>;
  /** Keys by folded full name, built on first use. */
  readonly byFolded: () => ReadonlyMap<string, readonly string[]>;
}

function schoolIndex(names: readonly string[], pupils: readonly (readonly NameEntry[])[]): SchoolIndex {
  const described = new Map<string, string>();
  pupils.forEach((list, i) => list.forEach((pupil) => described.set(`${i}\t${pupil.id}`, `${pupil.name} (${names[i]})`)));
  let folded: Map<string, string[]> | null = null;
  const byFolded = () => {
    if (folded) return folded;
    const made = new Map<string, string[]>();
    pupils.forEach((list, i) => {
      for (const pupil of list) {
        const key = normaliseName(pupil.name);
        made.set(key, [...(made.get(key) ?? []), `${i}\t${pupil.id}`]);
      }
    });
    return (folded = made);
  };
  return { described, byFolded };
}

/**
 * Matches names against every class but one, built on first use (most classes never need it). With a
 * roster every rule of the name matcher applies (the class's roster is complete, so a name that fits
 * nobody in it is nobody of the class). Without one, only the full name (folded) counts: a first name or a
 * typo that fits nobody who answered in the class is more likely a classmate who did not answer.
 */
function elsewhereFor(classIndex: number, index: SchoolIndex, strict: boolean): Elsewhere {
  const own = `${classIndex}\t`;
  let matcher: NameMatcher | null = null;
  const build = (): NameMatcher => {
    if (strict) {
      return {
        add: () => undefined,
        match: (text) => {
          const keys = (index.byFolded().get(normaliseName(text)) ?? []).filter((key) => !key.startsWith(own));
          if (keys.length > 1) return { kind: 'ambiguous', candidates: keys };
          return keys.length === 1 ? { kind: 'exact', id: keys[0]! } : { kind: 'unknown' };
        },
      };
    }
    const entries: NameEntry[] = [];
    for (const [key, shown] of index.described) if (!key.startsWith(own)) entries.push({ id: key, name: shown.slice(0, shown.lastIndexOf(' (')) });
    return createNameMatcher(entries);
  };
  return {
    get matcher() {
      return (matcher ??= build());
    },
    describe: (key) => index.described.get(key) ?? key,
  };
}

/**
 * Splits `table` into its classes and builds each class's Survey. Returns null when the rows name fewer
 * than two classes: the caller then reads the file as one class, exactly as without a class column.
 */
export function splitByClass(table: Table, options: SplitByClassOptions): ClassSplit | null {
  const issues: SurveyIssue[] = [];
  const byRow = classOfRows(table, options, issues);
  const rosterClasses = options.roster ? [...options.roster.classOf.values()] : [];
  const names = [...new Set([...byRow.values(), ...rosterClasses])].sort(compareClassNames);
  if (names.length < 2) return null;

  const { file } = options;
  const raws = names.map((name): RawSurvey => {
    const rows = table.rows.filter((row) => byRow.get(row.row) === name);
    const classTable: Table = { ...table, rows };
    return options.format === 'long'
      ? readLong(classTable, { columns: options.columns, wave: options.wave, file })
      : readWide(classTable, { columns: options.columns, file });
  });
  const rosters = names.map((name) => options.roster?.pupils.filter((pupil) => options.roster!.classOf.get(pupil.id) === name));

  // One set of questions for the whole file, so every class has the same question ids.
  const rawQuestions = new Map<string, RawQuestion>();
  for (const raw of raws) for (const question of raw.questions) if (!rawQuestions.has(question.key)) rawQuestions.set(question.key, question);
  const questions: ReadonlyMap<string, Question> = buildQuestions({ questions: [...rawQuestions.values()] }, options.questions ?? [], file, issues);

  const index = schoolIndex(names, raws.map((raw, i) => classPupils(raw, rosters[i])));
  const classes: SchoolClass[] = [];
  const crossClass: CrossClassNomination[] = [];
  raws.forEach((raw, i) => {
    const name = names[i]!;
    const built = buildSurvey(raw, { roster: rosters[i], builtQuestions: questions, file, aliases: options.aliases, elsewhere: elsewhereFor(i, index, !options.roster) });
    const classIssues = built.issues.map((issue): SurveyIssue => ({ ...issue, class: name }));
    classes.push({ name, survey: built.survey, issues: classIssues });
    for (const nomination of built.outside) {
      const tab = nomination.to.indexOf('\t');
      crossClass.push({ from: nomination.from, fromClass: name, to: nomination.to.slice(tab + 1), toClass: names[Number(nomination.to.slice(0, tab))]!, question: nomination.question });
    }
    options.onProgress?.(i + 1, names.length);
  });
  return { classes, crossClass, issues: append([], issues), raws };
}
