/** Reads the files named on the command line and imports the survey (the CLI's only I/O around core). */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { byteText, DEFAULT_IMPORT_LIMITS, importSurvey, parseQuestionMapping, SurveyImportError, type ImportOptions, type ImportResult, type SurveyFormat, type TextEncoding } from '@sociogram/core';
import { isZip, surveyIssue } from '@sociogram/core/internal';
import { importWithin } from './import-within.ts';
import { UsageError } from './io.ts';

/** The import options every survey-reading command accepts. */
export const SURVEY_OPTIONS = {
  roster: { type: 'string' },
  questions: { type: 'string' },
  format: { type: 'string' },
  sheet: { type: 'string' },
  encoding: { type: 'string' },
  delimiter: { type: 'string' },
  wave: { type: 'string' },
  question: { type: 'string' },
  'respondent-column': { type: 'string' },
  'nominee-column': { type: 'string' },
  'question-column': { type: 'string' },
  'wave-column': { type: 'string' },
  'class-column': { type: 'string' },
} as const;

export type SurveyArgs = Partial<Record<keyof typeof SURVEY_OPTIONS, string>>;

const FORMATS: readonly SurveyFormat[] = ['long', 'wide', 'matrix'];
const ENCODINGS: readonly TextEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

/** The file's bytes; a file past the size limit is refused before it is read (FILE_TOO_LARGE). */
function readBytes(path: string, cwd: string): Uint8Array {
  try {
    const size = statSync(resolve(cwd, path)).size;
    if (size > DEFAULT_IMPORT_LIMITS.maxFileBytes) {
      throw new SurveyImportError([surveyIssue('FILE_TOO_LARGE', `The file is ${byteText(size)}; the limit is ${byteText(DEFAULT_IMPORT_LIMITS.maxFileBytes)}. A class survey is far smaller: check that this is the right file, or split it by class.`, { file: path })]);
    }
    return new Uint8Array(readFileSync(resolve(cwd, path)));
  } catch (error) {
    if (error instanceof SurveyImportError) throw error;
    throw new SurveyImportError([surveyIssue('EMPTY_FILE', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`, { file: path })]);
  }
}

/**
 * Imports the survey file at `path` with the command-line options. An .xlsx survey or roster is read in a
 * worker thread within DEFAULT_IMPORT_LIMITS.xlsxTimeLimitMs (import-within.ts).
 */
export async function loadSurvey(path: string, args: SurveyArgs, cwd: string): Promise<ImportResult> {
  if (args.format !== undefined && !FORMATS.includes(args.format as SurveyFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (args.encoding !== undefined && !ENCODINGS.includes(args.encoding as TextEncoding)) throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')}`);
  const delimiter = args.delimiter === 'tab' || args.delimiter === '\\t' ? '\t' : args.delimiter;
  const options: ImportOptions = {
    file: basename(path),
    format: args.format as SurveyFormat | undefined,
    sheet: args.sheet,
    encoding: args.encoding as TextEncoding | undefined,
    delimiter,
    wave: args.wave,
    question: args.question,
    columns: {
      respondent: args['respondent-column'],
      nominee: args['nominee-column'],
      question: args['question-column'],
      wave: args['wave-column'],
      ...(args['class-column'] === undefined ? {} : { class: args['class-column'] === 'none' ? null : args['class-column'] }),
    },
    roster: args.roster === undefined ? undefined : readBytes(args.roster, cwd),
    rosterFile: args.roster === undefined ? undefined : basename(args.roster),
    questions: args.questions === undefined ? undefined : parseQuestionMapping(new TextDecoder().decode(readBytes(args.questions, cwd)), basename(args.questions)),
  };
  const bytes = readBytes(path, cwd);
  if (isZip(bytes) || (options.roster !== undefined && isZip(options.roster))) return importWithin(bytes, options, DEFAULT_IMPORT_LIMITS.xlsxTimeLimitMs);
  return importSurvey(bytes, options);
}
