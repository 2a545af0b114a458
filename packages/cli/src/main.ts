/**
 * The `sociogram` command line: thin wrappers over @sociogram/core.
 *   sociogram <command> [options]; sociogram <command> --help; sociogram --version
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InvalidOptionError, PlanningProblemError, PlanTooLargeError, SurveyImportError, SurveyTooLargeError } from '@sociogram/core';
import { analyseCommand } from './commands/analyse-command.ts';
import { importCommand } from './commands/import-command.ts';
import { planCommand } from './commands/plan-command.ts';
import { COMMANDS, findCommand, USAGE } from './commands.ts';
import { formatIssues } from './format-issues.ts';
import { CLI_WORDS } from './cli-words.ts';
import { langOf } from './output-lang.ts';
import { EXIT, processIo, UsageError, type Io } from './io.ts';
import { printable } from './printable.ts';

export { USAGE } from './commands.ts';

/** The version of @sociogram/cli (its package.json, one folder up from src/ and dist/). */
export function version(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

const PLAN_USAGE = `Usage: sociogram plan groups|seating|support|classes [options]

${COMMANDS.filter((c) => c.name.startsWith('plan ')).map((c) => `  sociogram ${c.name} --help`).join('\n')}
`;

/** The option parseArgs refused, named in a message that says which command does not take it. */
function optionError(error: Error & { code?: string }, command: string): UsageError {
  const option = /'(-{1,2}[^' ]+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return new UsageError(`${command} does not take ${option}. Run "sociogram ${command} --help" for its options.`);
  return new UsageError(`${error.message.split('. ')[0]}. Run "sociogram ${command} --help" for its options.`);
}

/** Readable output and every message pass through printable(): names cannot reach the terminal as control codes. */
function readableIo(io: Io, json: boolean): Io {
  return { ...io, stdout: json ? io.stdout : (text) => io.stdout(printable(text)), stderr: (text) => io.stderr(printable(text)) };
}

export async function run(argv: readonly string[], processOutput: Io = processIo): Promise<number> {
  const io = readableIo(processOutput, argv.includes('--json'));
  try {
    const [first, second] = argv;
    if (first === '--version' || first === '-v') {
      io.stdout(version());
      return EXIT.ok;
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      io.stdout(USAGE);
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    const found = findCommand(argv);
    if (!found) {
      if (first === 'plan') {
        if (second === undefined || second === '--help' || second === '-h') {
          io.stdout(PLAN_USAGE);
          return second === undefined ? EXIT.usage : EXIT.ok;
        }
        throw new UsageError('plan takes groups, seating, support or classes');
      }
      throw new UsageError(first.startsWith('-') ? `give a command before the options (${first})` : `unknown command "${first}"`);
    }
    const { spec, rest } = found;
    let parsed;
    try {
      parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: spec.options });
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) throw optionError(error as Error, spec.name);
      throw error;
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(spec.usage);
      return EXIT.ok;
    }
    if (spec.name === 'import') {
      if (positionals.length !== 1) throw new UsageError('import takes exactly one survey file');
      return await importCommand(positionals[0]!, values, io);
    }
    if (spec.name === 'analyse') {
      if (positionals.length !== 1) throw new UsageError(`${first} takes exactly one survey file`);
      return await analyseCommand(positionals[0]!, values, io);
    }
    if (positionals.length > 1) throw new UsageError(`${spec.name} takes at most one survey file`);
    return await planCommand(spec.name.slice('plan '.length), positionals[0], values, io);
  } catch (error) {
    if (error instanceof SurveyImportError) {
      const lang = langOf(argv);
      io.stderr(`${CLI_WORDS[lang].surveyUnreadable}\n\n${formatIssues(error.issues, lang)}`);
      return EXIT.input;
    }
    if (error instanceof PlanningProblemError) {
      io.stderr(`The planning problem is not valid:\n${error.issues.map((i) => `  ${i.path || '(top)'}: ${i.message}`).join('\n')}`);
      return EXIT.input;
    }
    if (error instanceof SurveyTooLargeError) {
      io.stderr(`The survey is too large to analyse: ${error.message}`);
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
    if (error instanceof UsageError) {
      io.stderr(`sociogram: ${error.message}${error.message.includes('--help') ? '' : '\nRun "sociogram --help" for usage.'}`);
      return EXIT.usage;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await run(process.argv.slice(2));
