/**
 * The `sociogram` command line: thin wrappers over @sociogram/core.
 *   sociogram import <file> [options] [--json]
 */
import { parseArgs } from 'node:util';
import { InvalidOptionError, PlanningProblemError, PlanTooLargeError, SurveyImportError } from '@sociogram/core';
import { analyseCommand } from './commands/analyse-command.ts';
import { importCommand } from './commands/import-command.ts';
import { planCommand } from './commands/plan-command.ts';
import { formatIssues } from './format-issues.ts';
import { EXIT, processIo, UsageError, type Io } from './io.ts';
import { printable } from './printable.ts';
import { SURVEY_OPTIONS } from './load-survey.ts';

export const USAGE = `Usage: sociogram <command> [options]

Commands:
  import <survey-file>     Read a survey export (CSV or .xlsx) and show what was found.
  analyse <survey-file>    Sociometric analysis: figures, status, indicators, follow-up list.
                           (alias: analyze) --seed <n> for communities, --lang nb|en for sentences.
  plan groups   [--problem p.json | <survey-file>] [--size k] [--rotation] [--workers n]
  plan seating  [--problem p.json | <survey-file>] --layout layout.json
  plan support  [--problem p.json | <survey-file>] --pupil <id> [--size n]
  plan classes  [--problem p.json | <survey-file>] --classes K [--workers n]
                           Plans that keep every safety rule (docs/planning.md). Also: --seed <n>,
                           --time-limit <ms>, --iterations <n>, --write-problem <file>.

Survey options (every command that reads a survey):
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

Output:
  --json                   Machine-readable JSON on stdout (see docs/cli.md).

Exit codes: 0 ok (warnings allowed), 1 usage error, 2 unusable input (issues on stderr),
3 no plan can meet every rule (the conflicts are printed).
`;

/** Readable output and every message pass through printable(): names cannot reach the terminal as control codes. */
function readableIo(io: Io, json: boolean): Io {
  return { ...io, stdout: json ? io.stdout : (text) => io.stdout(printable(text)), stderr: (text) => io.stderr(printable(text)) };
}

export async function run(argv: readonly string[], processOutput: Io = processIo): Promise<number> {
  const io = readableIo(processOutput, argv.includes('--json'));
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...SURVEY_OPTIONS,
        json: { type: 'boolean' },
        seed: { type: 'string' },
        lang: { type: 'string' },
        problem: { type: 'string' },
        'write-problem': { type: 'string' },
        size: { type: 'string' },
        'time-limit': { type: 'string' },
        iterations: { type: 'string' },
        workers: { type: 'string' },
        rotation: { type: 'boolean' },
        layout: { type: 'string' },
        pupil: { type: 'string' },
        classes: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(USAGE);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    if (command === 'import') {
      if (rest.length !== 1) throw new UsageError('import takes exactly one survey file');
      return await importCommand(rest[0]!, values, io);
    }
    if (command === 'analyse' || command === 'analyze') {
      if (rest.length !== 1) throw new UsageError(`${command} takes exactly one survey file`);
      return await analyseCommand(rest[0]!, values, io);
    }
    if (command === 'plan') {
      if (rest.length > 2) throw new UsageError('plan takes at most one survey file');
      return await planCommand(rest[0], rest[1], values, io);
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof SurveyImportError) {
      io.stderr(`The survey could not be read.\n\n${formatIssues(error.issues)}`);
      return EXIT.input;
    }
    if (error instanceof PlanningProblemError) {
      io.stderr(`The planning problem is not valid:\n${error.issues.map((i) => `  ${i.path || '(top)'}: ${i.message}`).join('\n')}`);
      return EXIT.input;
    }
    if (error instanceof PlanTooLargeError) {
      io.stderr(`The planning problem is too large: ${error.message}`);
      return EXIT.input;
    }
    if (error instanceof InvalidOptionError) {
      io.stderr(`sociogram: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`sociogram: ${(error as Error).message}\nRun "sociogram --help" for usage.`);
      return EXIT.usage;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await run(process.argv.slice(2));
