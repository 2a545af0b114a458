/**
 * The CLI's own words around core's sentences in its readable output (headings, table headers, summary lines),
 * in bokmål, nynorsk and English, chosen by `--lang`. The sentences themselves (indicators, rules, conflicts,
 * survey issues) come from `@sociogram/core/messages`. A word missing in one language does not typecheck.
 */
import type { QuestionKind, Severity, StatusGroup } from '@sociogram/core';
import type { MessageLang } from '@sociogram/core/messages';

/** A question's figures in the analysis report (numbers already written as the language writes them). */
export interface QuestionFigureWords {
  readonly m: number;
  readonly density: string;
  readonly reciprocity: string;
  readonly modularity: string;
  readonly respondents: number;
  readonly n: number;
}

/** What a class plan promises its vulnerable pupils (`plan classes`). */
export interface GuaranteeWords {
  readonly vulnerable: number;
  readonly withChosenFriend: number;
  readonly withAdmissibleFriend: number;
  readonly withMutualFriend: number;
  readonly withMutualFriendInCohort: number;
}

/** Every word of the CLI's readable output in one language. */
export interface CliWords {
  /** A decimal with exactly `digits` decimals: 0,118 / 0.118. */
  decimal(value: number, digits: number): string;
  /** A text from the file, quoted the language's way: «Ola N» / "Ola N". */
  quote(text: string): string;

  // Survey issues (format-issues.ts, main.ts).
  readonly noIssues: string;
  readonly severities: Readonly<Record<Severity, string>>;
  moreIssues(count: number): string;
  readonly surveyUnreadable: string;

  // `import` (import-command.ts).
  fileSummary(format: string, source: string, rows: number): string;
  csvSource(encoding: string, delimiter: string): string;
  xlsxSource(sheet: string): string;
  pupilsSummary(pupils: number, answered: number): string;
  readonly questions: string;
  /** A question's kind in brackets: [positive, limit 3] / [positivt, grense 3]. */
  readonly kinds: Readonly<Record<QuestionKind, string>>;
  limit(limit: number | null): string;
  questionSummary(nominations: number, respondents: number): string;
  classesSummary(classes: number, column: string | null): string;
  classSummary(pupils: number, answered: number, nominations: number): string;
  crossClassKept(count: number): string;
  readonly wholeFileColon: string;

  // `analyse` (analyse-command.ts).
  readonly table: { readonly pupil: string; readonly received: string; readonly given: string; readonly mutual: string; readonly status: string; readonly flags: string };
  readonly statuses: Readonly<Record<StatusGroup, string>>;
  questionFigures(figures: QuestionFigureWords): string;
  followUp(count: number): string;
  classHeading(name: string): string;
  readonly wholeFileHeading: string;
  crossClass(count: number): string;

  // `plan` (plan-command.ts).
  readonly group: string;
  readonly class: string;
  readonly note: string;
  hiddenNotes(count: number): string;
  readonly noPlan: string;
  hiddenConflicts(count: number): string;
  groupScore(score: number, pairs: number, covered: number, checks: number): string;
  seatingScore(score: number): string;
  guarantees(g: GuaranteeWords): string;
  supportGroup(name: string): string;
}

const comma = (value: number, digits: number) => value.toFixed(digits).replace('.', ',');
const guillemets = (text: string) => `«${text}»`;

const EN: CliWords = {
  decimal: (value, digits) => value.toFixed(digits),
  quote: (text) => `"${text}"`,
  noIssues: 'No issues.',
  severities: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  moreIssues: (n) => `… and ${n} more (all of them with --json)`,
  surveyUnreadable: 'The survey could not be read.',
  fileSummary: (format, source, rows) => `${format} format, ${source}, ${rows} data rows`,
  csvSource: (encoding, delimiter) => `CSV (${encoding}, delimiter ${delimiter})`,
  xlsxSource: (sheet) => `Excel sheet "${sheet}"`,
  pupilsSummary: (pupils, answered) => `Pupils: ${pupils} (${answered} answered, ${pupils - answered} did not)`,
  questions: 'Questions:',
  kinds: { positive: 'positive', negative: 'negative', victim: 'victim', bully: 'bully', popular: 'popular', other: 'other' },
  limit: (limit) => (limit === null ? 'no limit' : `limit ${limit}`),
  questionSummary: (nominations, respondents) => `${nominations} nominations from ${respondents} respondents`,
  classesSummary: (classes, column) => `Classes: ${classes}, split by ${column === null ? "the roster's class column" : `column "${column}"`}`,
  classSummary: (pupils, answered, nominations) => `${pupils} pupils (${answered} answered), ${nominations} nominations`,
  crossClassKept: (n) => `Nominations across classes: ${n} (kept for class composition, left out of each class's sociogram)`,
  wholeFileColon: 'Whole file:',
  table: { pupil: 'Pupil', received: 'recv', given: 'gave', mutual: 'mutual', status: 'status', flags: 'flags' },
  statuses: { popular: 'popular', rejected: 'rejected', neglected: 'neglected', controversial: 'controversial', average: 'average', unclassified: 'unclassified' },
  questionFigures: (q) => `${q.m} nominations, density ${q.density}, reciprocity ${q.reciprocity}, modularity ${q.modularity}, ${q.respondents}/${q.n} answered`,
  followUp: (n) => `Follow-up list (${n}):`,
  classHeading: (name) => `== Class ${name} ==`,
  wholeFileHeading: '== Whole file ==',
  crossClass: (n) => `Nominations across classes: ${n}`,
  group: 'Group',
  class: 'Class',
  note: 'Note',
  hiddenNotes: (n) => `(${n} more note${n === 1 ? '' : 's'} rest on negative or bullying answers and are not shown.)`,
  noPlan: 'No plan can meet every rule',
  hiddenConflicts: (n) => `(${n} more rest on negative or bullying answers and are not shown.)`,
  groupScore: (score, pairs, covered, checks) => `Score ${score} (pairs ${pairs}, ${covered} pupils with a chosen friend). Every rule is met (${checks} checks).`,
  seatingScore: (score) => `Score ${score}. Every rule is met.`,
  guarantees: (g) => `Vulnerable pupils: ${g.vulnerable}; with a chosen friend in their class: ${g.withChosenFriend} of ${g.withAdmissibleFriend} possible; with a mutual friend: ${g.withMutualFriend} of ${g.withMutualFriendInCohort}.`,
  supportGroup: (name) => `Support group for ${name}:`,
};

const NB: CliWords = {
  decimal: comma,
  quote: guillemets,
  noIssues: 'Ingen merknader.',
  severities: { error: 'Feil', warning: 'Advarsler', info: 'Merknader' },
  moreIssues: (n) => `… og ${n} til (alle med --json)`,
  surveyUnreadable: 'Undersøkelsen kunne ikke leses.',
  fileSummary: (format, source, rows) => `formatet ${format}, ${source}, ${rows} datarader`,
  csvSource: (encoding, delimiter) => `CSV (${encoding}, skilletegn ${delimiter})`,
  xlsxSource: (sheet) => `Excel-ark «${sheet}»`,
  pupilsSummary: (pupils, answered) => `Elever: ${pupils} (${answered} svarte, ${pupils - answered} svarte ikke)`,
  questions: 'Spørsmål:',
  kinds: { positive: 'positivt', negative: 'negativt', victim: 'hvem blir mobbet', bully: 'hvem mobber', popular: 'populær', other: 'annet' },
  limit: (limit) => (limit === null ? 'ingen grense' : `grense ${limit}`),
  questionSummary: (nominations, respondents) => `${nominations} valg fra ${respondents} som svarte`,
  classesSummary: (classes, column) => `Klasser: ${classes}, delt etter ${column === null ? 'klassekolonnen i klasselisten' : `kolonnen «${column}»`}`,
  classSummary: (pupils, answered, nominations) => `${pupils} elever (${answered} svarte), ${nominations} valg`,
  crossClassKept: (n) => `Valg på tvers av klasser: ${n} (tatt vare på til klassesammensetting, ikke med i klassenes sosiogram)`,
  wholeFileColon: 'Hele filen:',
  table: { pupil: 'Elev', received: 'valgt av', given: 'valgte', mutual: 'gjensidige', status: 'status', flags: 'indikatorer' },
  statuses: { popular: 'populær', rejected: 'avvist', neglected: 'oversett', controversial: 'kontroversiell', average: 'gjennomsnittlig', unclassified: 'uklassifisert' },
  questionFigures: (q) => `${q.m} valg, tetthet ${q.density}, gjensidighet ${q.reciprocity}, modularitet ${q.modularity}, ${q.respondents}/${q.n} svarte`,
  followUp: (n) => `Oppfølgingsliste (${n}):`,
  classHeading: (name) => `== Klasse ${name} ==`,
  wholeFileHeading: '== Hele filen ==',
  crossClass: (n) => `Valg på tvers av klasser: ${n}`,
  group: 'Gruppe',
  class: 'Klasse',
  note: 'Merknad',
  hiddenNotes: (n) => `(${n} ${n === 1 ? 'merknad til bygger' : 'merknader til bygger'} på negative svar eller svar om mobbing og vises ikke.)`,
  noPlan: 'Ingen plan kan holde alle reglene',
  hiddenConflicts: (n) => `(${n} til bygger på negative svar eller svar om mobbing og vises ikke.)`,
  groupScore: (score, pairs, covered, checks) => `Poeng ${score} (par ${pairs}, ${covered} elever med en valgt venn). Alle reglene holdes (${checks} kontroller).`,
  seatingScore: (score) => `Poeng ${score}. Alle reglene holdes.`,
  guarantees: (g) => `Sårbare elever: ${g.vulnerable}; med en valgt venn i klassen: ${g.withChosenFriend} av ${g.withAdmissibleFriend} mulige; med en gjensidig venn: ${g.withMutualFriend} av ${g.withMutualFriendInCohort}.`,
  supportGroup: (name) => `Støttegruppe for ${name}:`,
};

const NN: CliWords = {
  decimal: comma,
  quote: guillemets,
  noIssues: 'Ingen merknader.',
  severities: { error: 'Feil', warning: 'Åtvaringar', info: 'Merknader' },
  moreIssues: (n) => `… og ${n} til (alle med --json)`,
  surveyUnreadable: 'Undersøkinga kunne ikkje lesast.',
  fileSummary: (format, source, rows) => `formatet ${format}, ${source}, ${rows} datarader`,
  csvSource: (encoding, delimiter) => `CSV (${encoding}, skiljeteikn ${delimiter})`,
  xlsxSource: (sheet) => `Excel-ark «${sheet}»`,
  pupilsSummary: (pupils, answered) => `Elevar: ${pupils} (${answered} svarte, ${pupils - answered} svarte ikkje)`,
  questions: 'Spørsmål:',
  kinds: { positive: 'positivt', negative: 'negativt', victim: 'kven blir mobba', bully: 'kven mobbar', popular: 'populær', other: 'anna' },
  limit: (limit) => (limit === null ? 'inga grense' : `grense ${limit}`),
  questionSummary: (nominations, respondents) => `${nominations} val frå ${respondents} som svarte`,
  classesSummary: (classes, column) => `Klassar: ${classes}, delte etter ${column === null ? 'klassekolonnen i klasselista' : `kolonnen «${column}»`}`,
  classSummary: (pupils, answered, nominations) => `${pupils} elevar (${answered} svarte), ${nominations} val`,
  crossClassKept: (n) => `Val på tvers av klassar: ${n} (tekne vare på til klassesamansetjing, ikkje med i sosiogramma til klassane)`,
  wholeFileColon: 'Heile fila:',
  table: { pupil: 'Elev', received: 'vald av', given: 'valde', mutual: 'gjensidige', status: 'status', flags: 'indikatorar' },
  statuses: { popular: 'populær', rejected: 'avvist', neglected: 'oversett', controversial: 'kontroversiell', average: 'gjennomsnittleg', unclassified: 'uklassifisert' },
  questionFigures: (q) => `${q.m} val, tettleik ${q.density}, gjensidigheit ${q.reciprocity}, modularitet ${q.modularity}, ${q.respondents}/${q.n} svarte`,
  followUp: (n) => `Oppfølgingsliste (${n}):`,
  classHeading: (name) => `== Klasse ${name} ==`,
  wholeFileHeading: '== Heile fila ==',
  crossClass: (n) => `Val på tvers av klassar: ${n}`,
  group: 'Gruppe',
  class: 'Klasse',
  note: 'Merknad',
  hiddenNotes: (n) => `(${n} ${n === 1 ? 'merknad til byggjer' : 'merknader til byggjer'} på negative svar eller svar om mobbing og blir ikkje viste.)`,
  noPlan: 'Ingen plan kan halde alle reglane',
  hiddenConflicts: (n) => `(${n} til byggjer på negative svar eller svar om mobbing og blir ikkje viste.)`,
  groupScore: (score, pairs, covered, checks) => `Poeng ${score} (par ${pairs}, ${covered} elevar med ein vald venn). Alle reglane blir haldne (${checks} kontrollar).`,
  seatingScore: (score) => `Poeng ${score}. Alle reglane blir haldne.`,
  guarantees: (g) => `Sårbare elevar: ${g.vulnerable}; med ein vald venn i klassen: ${g.withChosenFriend} av ${g.withAdmissibleFriend} moglege; med ein gjensidig venn: ${g.withMutualFriend} av ${g.withMutualFriendInCohort}.`,
  supportGroup: (name) => `Støttegruppe for ${name}:`,
};

/** The CLI's words in each `--lang` language. */
export const CLI_WORDS: Readonly<Record<MessageLang, CliWords>> = Object.freeze({ nb: NB, nn: NN, en: EN });
