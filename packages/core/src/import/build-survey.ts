/**
 * RawSurvey (+ roster, + question mapping) → Survey: reconciles every typed name with the roster, applies
 * question kinds and limits, and drops — always with an issue — self-nominations, duplicates, nominations over
 * the limit, and names that cannot be matched safely. Documented rules:
 * - wide/matrix: a respondent who appears twice keeps the last row (forms append later submissions);
 *   long: rows of the same respondent are merged.
 * - over the limit: the first `limit` names in column/row order are kept.
 * - without a roster the respondents are the roster; names typed by others that match no respondent become
 *   pupils who did not answer.
 */
import type { Nomination, Pupil, Question, Survey } from '../survey/survey.ts';
import { surveyIssue, type IssueCode, type SurveyIssue } from '../survey/survey-issue.ts';
import { detectQuestionKind } from './detect-kind.ts';
import { createNameMatcher, type NameMatch, type NameMatcher } from './name-matcher.ts';
import { normaliseName } from './normalise-name.ts';
import { findMapping, type QuestionMapping } from './question-mapping.ts';
import type { RawChoice, RawResponse, RawSurvey } from './raw-survey.ts';
import { uniqueSlug } from './slugify.ts';
import { dictionary, own } from '../survey/own.ts';

export interface BuildSurveyOptions {
  readonly roster?: readonly Pupil[];
  readonly questions?: readonly QuestionMapping[];
  readonly file?: string;
  /** Corrections: a typed name → the pupil id it means (from the import wizard). Always wins, never reported. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Questions already built for the whole file (one class of several): used as they are, no issues repeated. */
  readonly builtQuestions?: ReadonlyMap<string, Question>;
  /**
   * The pupils of the file's other classes. A name that matches nobody in this class is looked up here; a
   * match becomes a cross-class nomination (not a nomination of this survey), an ambiguous one an issue.
   */
  readonly elsewhere?: Elsewhere;
}

/** The other classes' pupils, for names that match nobody in the respondent's class. */
export interface Elsewhere {
  readonly matcher: NameMatcher;
  /** How to show a matched key in a message, e.g. "Kari Berg (7B)". */
  describe(key: string): string;
}

/** A pupil named on a question who is in another class: `to` is the key the Elsewhere matcher returned. */
export interface OutsideNomination {
  readonly from: string;
  readonly to: string;
  readonly question: string;
}

export interface BuiltSurvey {
  readonly survey: Survey;
  readonly issues: readonly SurveyIssue[];
  /** Nominations of pupils in other classes (only with `elsewhere`); empty otherwise. */
  readonly outside: readonly OutsideNomination[];
}

const MATCH_ISSUE: Readonly<Partial<Record<NameMatch['kind'], IssueCode>>> = Object.freeze({
  normalised: 'NAME_NORMALISED',
  initial: 'NAME_INITIAL_MATCH',
  'first-name': 'NAME_FIRST_NAME_MATCH',
  fuzzy: 'NAME_FUZZY_MATCH',
  ambiguous: 'NAME_AMBIGUOUS',
});

/** The questions of a raw survey, by raw key, with the mapping applied; kinds guessed (and reported) when not mapped. */
export function buildQuestions(raw: Pick<RawSurvey, 'questions'>, mappings: readonly QuestionMapping[], file: string | undefined, issues: SurveyIssue[]): Map<string, Question> {
  const taken = new Set<string>();
  const used = new Set<QuestionMapping>();
  const questions = new Map<string, Question>();
  for (const rawQuestion of raw.questions) {
    const mapping = findMapping(mappings, rawQuestion.key);
    if (mapping) used.add(mapping);
    const label = mapping?.label ?? rawQuestion.label;
    let kind = mapping?.kind ?? detectQuestionKind(label);
    if (!kind) {
      kind = 'positive';
      issues.push(surveyIssue('QUESTION_KIND_ASSUMED', `The wording of "${label}" does not say what it asks; it is treated as a positive (friendship) question. Set its kind in the import wizard or a mapping file.`, { column: rawQuestion.column, file }, { text: label }));
    }
    const id = mapping?.id && !taken.has(mapping.id) ? mapping.id : uniqueSlug(label, taken);
    taken.add(id);
    const limit = mapping && mapping.limit !== undefined ? mapping.limit : rawQuestion.limit;
    questions.set(rawQuestion.key, { id, label, kind, limit });
  }
  for (const mapping of mappings) {
    if (!used.has(mapping)) issues.push(surveyIssue('MAPPING_UNMATCHED', `The mapping entry "${mapping.match}" matched no question in the file.`, { file }, { text: mapping.match }));
  }
  return questions;
}

/** Marks a resolved name as a key of the Elsewhere matcher (a pupil in another class). */
const OUTSIDE = '\u0000outside\u0000';

export function buildSurvey(raw: RawSurvey, options: BuildSurveyOptions = {}): BuiltSurvey {
  const file = options.file;
  const issues: SurveyIssue[] = [...raw.issues];
  const questions = options.builtQuestions ? new Map(options.builtQuestions) : buildQuestions(raw, options.questions ?? [], file, issues);
  const pupils: Pupil[] = [...(options.roster ?? [])];
  const hasRoster = options.roster !== undefined;
  const matcher = createNameMatcher(pupils);
  const names = new Map<string, string>(pupils.map((pupil) => [pupil.id, pupil.name]));
  const byFolded = new Map<string, string>();
  const addPupil = (text: string): string => {
    const id = text.trim();
    pupils.push({ id, name: id, attributes: {} });
    names.set(id, id);
    matcher.add({ id, name: id });
    byFolded.set(normaliseName(id), id);
    return id;
  };
  const nameOf = (id: string): string => names.get(id) ?? (id.startsWith(OUTSIDE) ? options.elsewhere!.describe(id.slice(OUTSIDE.length)) : id);

  const reported = new Set<string>();
  const report = (code: IssueCode, key: string, make: () => SurveyIssue): void => {
    if (reported.has(`${code}\u0000${key}`)) return;
    reported.add(`${code}\u0000${key}`);
    issues.push(make());
  };
  /** Resolves a typed name to a pupil id, reporting every non-exact match once per distinct text. */
  const resolve = (text: string, at: { readonly row: number; readonly column: string }, role: 'respondent' | 'nominee'): string | null => {
    const alias = own(options.aliases, text.trim());
    if (alias !== undefined && names.has(alias)) return alias;
    const match = matcher.match(text);
    const where = { row: at.row, column: at.column, file };
    if (match.kind === 'exact') return match.id;
    if (match.kind === 'unknown' && role === 'nominee' && options.elsewhere) {
      const other = options.elsewhere.matcher.match(text);
      if (other.kind === 'ambiguous') {
        const who = other.candidates.map((key) => options.elsewhere!.describe(key)).join(', ');
        report('NAME_AMBIGUOUS', text, () => surveyIssue('NAME_AMBIGUOUS', `"${text}" is in no pupil's name in this class and could be ${who}; it was skipped. Write the full name.`, where, { text }));
        return null;
      }
      if (other.kind !== 'unknown') return `${OUTSIDE}${other.id}`;
    }
    if (match.kind === 'unknown') {
      if (!hasRoster && role === 'nominee') return addPupil(text);
      const code: IssueCode = role === 'respondent' ? 'RESPONDENT_UNKNOWN' : 'NAME_UNKNOWN';
      report(code, text, () => surveyIssue(code, role === 'respondent'
        ? `"${text}" is not on the roster; this pupil's answers were skipped. Add them to the roster or correct the name.`
        : `"${text}" matches no pupil on the roster; the nomination was skipped. Correct the name or add the pupil.`, where, { text }));
      return null;
    }
    if (match.kind === 'ambiguous') {
      const who = match.candidates.map(nameOf).join(', ');
      report('NAME_AMBIGUOUS', text, () => surveyIssue('NAME_AMBIGUOUS', `"${text}" could be ${who}; it was skipped. Write the full name.`, where, { text, candidates: match.candidates }));
      return null;
    }
    const code = MATCH_ISSUE[match.kind]!;
    report(code, text, () => surveyIssue(code, `"${text}" was read as ${nameOf(match.id)}.${match.kind === 'fuzzy' ? ' Check that this is right.' : ''}`, where, { text, pupil: match.id }));
    return match.id;
  };

  if (!hasRoster) {
    // The respondents are the roster: same name after folding = same pupil.
    for (const response of raw.responses) {
      const folded = normaliseName(response.respondent);
      if (!byFolded.has(folded)) addPupil(response.respondent);
    }
    for (const mention of raw.mentioned) resolve(mention.text, mention, 'nominee');
  }

  // Resolve respondents; keep one response per (pupil, question).
  const kept = new Map<string, { from: string; question: Question; response: RawResponse; choices: RawChoice[] }>();
  for (const response of raw.responses) {
    const question = questions.get(response.question);
    if (!question) continue;
    const from = hasRoster
      ? resolve(response.respondent, response, 'respondent')
      : (byFolded.get(normaliseName(response.respondent)) ?? null);
    if (from === null) continue;
    const key = `${from}\u0000${question.id}`;
    const earlier = kept.get(key);
    if (earlier && raw.format === 'long') {
      for (const choice of response.choices) earlier.choices.push(choice);
      continue;
    }
    if (earlier) {
      issues.push(surveyIssue('DUPLICATE_RESPONDENT', `${nameOf(from)} answered "${question.label}" twice (rows ${earlier.response.row} and ${response.row}); the later row ${response.row} was used.`, { row: response.row, column: response.column, file }, { pupil: from }));
    }
    kept.set(key, { from, question, response, choices: [...response.choices] });
  }

  const nominations: Nomination[] = [];
  const outside: OutsideNomination[] = [];
  const answered = new Map<string, Set<string>>([...questions.values()].map((q) => [q.id, new Set<string>()]));
  for (const { from, question, choices } of kept.values()) {
    answered.get(question.id)!.add(from);
    const named = new Set<string>();
    for (const choice of choices) {
      const to = resolve(choice.text, choice, 'nominee');
      if (to === null) continue;
      const where = { row: choice.row, column: choice.column, file };
      if (to === from) {
        issues.push(surveyIssue('SELF_NOMINATION', `${nameOf(from)} named themself on "${question.label}"; that was dropped.`, where, { text: choice.text, pupil: from }));
        continue;
      }
      if (named.has(to)) {
        issues.push(surveyIssue('DUPLICATE_NOMINATION', `${nameOf(from)} named ${nameOf(to)} twice on "${question.label}"; counted once.`, where, { text: choice.text, ...(to.startsWith(OUTSIDE) ? {} : { pupil: to }) }));
        continue;
      }
      if (question.limit !== null && named.size >= question.limit) {
        issues.push(surveyIssue('OVER_LIMIT', `${nameOf(from)} named more than ${question.limit} on "${question.label}"; ${nameOf(to)} (and any after) was dropped.`, where, { text: choice.text, ...(to.startsWith(OUTSIDE) ? {} : { pupil: to }) }));
        continue;
      }
      named.add(to);
      if (to.startsWith(OUTSIDE)) {
        outside.push({ from, to: to.slice(OUTSIDE.length), question: question.id });
        issues.push(surveyIssue('CROSS_CLASS_NOMINATION', `${nameOf(from)} named ${nameOf(to)}, in another class, on "${question.label}"; kept for class composition, left out of this class's sociogram.`, where, { text: choice.text, pupil: from }));
        continue;
      }
      nominations.push({ from, to, question: question.id });
    }
  }

  const finalPupils: readonly Pupil[] = pupils;
  const order = new Map(finalPupils.map((pupil, index) => [pupil.id, index]));
  const respondents = dictionary<readonly string[]>();
  for (const [id, set] of answered) respondents[id] = [...set].sort((a, b) => order.get(a)! - order.get(b)!);
  const everAnswered = new Set([...answered.values()].flatMap((set) => [...set]));
  for (const pupil of finalPupils) {
    if (!everAnswered.has(pupil.id)) {
      issues.push(surveyIssue('NON_RESPONDENT', `${pupil.name} did not answer the survey. They can still be chosen by others, but "chose nobody" is not assumed.`, { file }, { pupil: pupil.id }));
    }
  }

  return {
    survey: { pupils: finalPupils, questions: [...questions.values()], nominations, respondents },
    issues,
    outside,
  };
}
