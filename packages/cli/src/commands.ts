/**
 * Every command of the `sociogram` CLI: its usage text and the options it accepts, so each command checks
 * its own options (`import --classes 3` is a usage error) and prints its own `--help`.
 */
import type { ParseArgsConfig } from 'node:util';
import { SURVEY_OPTIONS } from './load-survey.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command: the words that name it, what `<command> --help` prints, and its options. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly options: Options;
}

const SURVEY_HELP = `Survey options:
  --roster <file>          Class list: id, name and any attributes (gender, support …).
  --questions <file>       Question mapping JSON: [{"id","match","kind","limit"}].
  --format long|wide|matrix        Layout, detected when absent.
  --sheet <name>           Sheet of an .xlsx file (default: the first).
  --encoding utf-8|utf-16le|utf-16be|windows-1252    Detected when absent.
  --delimiter ","|";"|tab  Detected when absent.
  --wave <value>           Long format: which wave to read.
  --question <name>        Matrix format: the question's name (default: file name).
  --respondent-column, --nominee-column, --question-column, --wave-column <header>
                           Choose columns instead of detecting them.
  --class-column <header>|none     The column naming each pupil's class: a file with
                           several classes is split into them (detected when absent;
                           none reads the file as one class).`;

const PROBLEM_HELP = `Problem:
  --problem <p.json>       The planning problem (docs/planning.md) instead of a survey file.
  --write-problem <file>   Save the problem used.
  A survey file takes every survey option (sociogram import --help).`;

const SEARCH_HELP = `Search:
  --seed <n>               Default 1; the same seed and iterations give the same plan.
  --time-limit <ms>        Stop the search after this long.
  --iterations <n>         Stop the search after this many steps.`;

const OUTPUT_HELP = `Output:
  --json                   Machine-readable JSON on stdout (docs/cli.md).
  --lang nb|nn|en          Language of the readable output: bokmål, nynorsk or English
                           (default en).`;

const PLAN_OUTPUT_HELP = `${OUTPUT_HELP}
  --audience classroom|meeting|screen
                           Who the readable output is for (docs/outputs.md): classroom = names and places
                           only; meeting = no rule or note resting on negative or bullying answers (they
                           are counted); screen = everything (default). --json is not affected.`;

const COMMON = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const satisfies Options;
const AUDIENCE = { audience: { type: 'string' } } as const satisfies Options;
const SEARCH = { seed: { type: 'string' }, 'time-limit': { type: 'string' }, iterations: { type: 'string' } } as const satisfies Options;
const PROBLEM = { ...SURVEY_OPTIONS, problem: { type: 'string' }, 'write-problem': { type: 'string' }, lang: { type: 'string' } } as const satisfies Options;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'import',
    usage: `Usage: sociogram import <survey-file> [options]

Reads a survey export (CSV or .xlsx) and shows what was found: pupils, questions, nominations, issues.

${SURVEY_HELP}

${OUTPUT_HELP}
`,
    options: { ...SURVEY_OPTIONS, ...COMMON, lang: { type: 'string' } },
  },
  {
    name: 'analyse',
    usage: `Usage: sociogram analyse <survey-file> [options]   (alias: analyze)

Sociometric analysis: figures per question, status, indicators and the follow-up list.

  --seed <n>               Seed of the Louvain communities (default 1).

${SURVEY_HELP}

${OUTPUT_HELP}
`,
    options: { ...SURVEY_OPTIONS, ...COMMON, seed: { type: 'string' }, lang: { type: 'string' } },
  },
  {
    name: 'plan groups',
    usage: `Usage: sociogram plan groups (--problem p.json | <survey-file>) [options]

Groups that keep every safety rule (docs/planning.md); exit code 3 names the rules that clash.

  --size <k>               Group size (default: the problem's groupSize, else 4).
  --rotation               Avoid pairs that were together in earlier groups.
  --workers <n>            Restart on n threads and keep the best plan (default 1).

${SEARCH_HELP}

${PROBLEM_HELP}

${PLAN_OUTPUT_HELP}
`,
    options: { ...PROBLEM, ...SEARCH, ...COMMON, ...AUDIENCE, size: { type: 'string' }, rotation: { type: 'boolean' }, workers: { type: 'string' } },
  },
  {
    name: 'plan seating',
    usage: `Usage: sociogram plan seating (--problem p.json | <survey-file>) --layout layout.json [options]

A seating plan that keeps every safety rule; desk-mates matched exactly.

  --layout <layout.json>   The room (docs/cli.md): pairs, singles, islands or u-shape.

${SEARCH_HELP}

${PROBLEM_HELP}

${PLAN_OUTPUT_HELP}
`,
    options: { ...PROBLEM, ...SEARCH, ...COMMON, ...AUDIENCE, layout: { type: 'string' } },
  },
  {
    name: 'plan support',
    usage: `Usage: sociogram plan support (--problem p.json | <survey-file>) --pupil <id> [options]

Suggests a support group of classmates for one pupil, each with the reason.

  --pupil <id>             The pupil the group is for (required).
  --size <n>               Number of suggestions (default 6).

${PROBLEM_HELP}

${OUTPUT_HELP}
`,
    options: { ...PROBLEM, ...COMMON, pupil: { type: 'string' }, size: { type: 'string' } },
  },
  {
    name: 'plan classes',
    usage: `Usage: sociogram plan classes (--problem p.json | <survey-file>) --classes K [options]

Divides a cohort into K classes that keep every safety rule.

  --classes <K>            Number of classes (default: the problem's classCount).
  --workers <n>            Restart on n threads and keep the best plan (default 1).

${SEARCH_HELP}

${PROBLEM_HELP}

${PLAN_OUTPUT_HELP}
`,
    options: { ...PROBLEM, ...SEARCH, ...COMMON, ...AUDIENCE, classes: { type: 'string' }, workers: { type: 'string' } },
  },
];

export const USAGE = `Usage: sociogram <command> [options]

Commands:
  import <survey-file>     Read a survey export (CSV or .xlsx) and show what was found.
  analyse <survey-file>    Sociometric analysis: figures, status, indicators, follow-up list.
                           (alias: analyze)
  plan groups   [--problem p.json | <survey-file>] [--size k] [--rotation] [--workers n]
  plan seating  [--problem p.json | <survey-file>] --layout layout.json
  plan support  [--problem p.json | <survey-file>] --pupil <id> [--size n]
  plan classes  [--problem p.json | <survey-file>] --classes K [--workers n]
                           Plans that keep every safety rule (docs/planning.md).

Every command prints its options with: sociogram <command> --help
  --json                   Machine-readable JSON on stdout (see docs/cli.md).
  --version                The version of @sociogram/cli.

Exit codes: 0 ok (warnings allowed), 1 usage error, 2 unusable input (issues on stderr),
3 no plan can meet every rule (the conflicts are printed).
`;

/** The command named by the first words of argv (`plan` takes a second word), or undefined. */
export function findCommand(argv: readonly string[]): { spec: CommandSpec; rest: string[] } | undefined {
  const [first, second, ...others] = argv;
  const word = first === 'analyze' ? 'analyse' : first;
  const plain = COMMANDS.find((c) => c.name === word);
  if (plain) return { spec: plain, rest: argv.slice(1) };
  const planned = word === 'plan' ? COMMANDS.find((c) => c.name === `plan ${second}`) : undefined;
  return planned ? { spec: planned, rest: others } : undefined;
}
