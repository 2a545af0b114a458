/**
 * The question mapping file: `[{"id": "friends", "match": "<header or value>", "kind": "positive", "limit": 3}]`.
 * `match` is compared with the question's header prefix (wide), its value in the question column (long) or
 * the question name (matrix), folded for case and diacritics; an exact match wins over a prefix match.
 */
import { QUESTION_KINDS, type QuestionKind } from '../survey/survey.ts';
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { surveyIssue } from '../survey/survey-issue.ts';
import { normaliseName } from './normalise-name.ts';

/**
 * One entry of a question mapping file: the question whose header or value matches `match` gets this id, kind, limit
 * and label.
 */
export interface QuestionMapping {
  readonly id?: string;
  readonly match: string;
  readonly kind?: QuestionKind;
  /** A positive whole number, or null for unlimited. Absent: as detected. */
  readonly limit?: number | null;
  readonly label?: string;
}

function invalid(message: string, file?: string): never {
  throw new SurveyImportError([surveyIssue('MAPPING_INVALID', message, { file })]);
}

/** Parses and validates a mapping file's text. Throws SurveyImportError with MAPPING_INVALID. */
export function parseQuestionMapping(text: string, file?: string): readonly QuestionMapping[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return invalid(`The mapping file is not valid JSON (${(error as Error).message}).`, file);
  }
  if (!Array.isArray(data)) return invalid('The mapping file must be a JSON list: [{"match": "...", "kind": "positive"}].', file);
  return data.map((entry: unknown, index): QuestionMapping => {
    const where = `Entry ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return invalid(`${where} is not an object.`, file);
    const record = entry as Record<string, unknown>;
    if (typeof record.match !== 'string' || record.match.trim() === '') return invalid(`${where} needs "match": the question's header or value.`, file);
    if (record.id !== undefined && (typeof record.id !== 'string' || record.id.trim() === '')) return invalid(`${where}: "id" must be a non-empty text.`, file);
    if (record.kind !== undefined && !QUESTION_KINDS.includes(record.kind as QuestionKind)) {
      return invalid(`${where}: "kind" must be one of ${QUESTION_KINDS.join(', ')}.`, file);
    }
    const limit = record.limit;
    if (limit !== undefined && limit !== null && !(typeof limit === 'number' && Number.isInteger(limit) && limit > 0)) {
      return invalid(`${where}: "limit" must be a whole number above 0, or null for unlimited.`, file);
    }
    if (record.label !== undefined && typeof record.label !== 'string') return invalid(`${where}: "label" must be text.`, file);
    return {
      match: record.match,
      ...(record.id === undefined ? {} : { id: (record.id as string).trim() }),
      ...(record.kind === undefined ? {} : { kind: record.kind as QuestionKind }),
      ...(limit === undefined ? {} : { limit: limit as number | null }),
      ...(record.label === undefined ? {} : { label: record.label as string }),
    };
  });
}

/** The mapping entry for a question text: exact folded match first, then the longest prefix match. */
export function findMapping(mappings: readonly QuestionMapping[], text: string): QuestionMapping | undefined {
  const folded = normaliseName(text);
  const exact = mappings.find((mapping) => normaliseName(mapping.match) === folded);
  if (exact) return exact;
  return mappings
    .filter((mapping) => normaliseName(mapping.match) !== '' && folded.startsWith(normaliseName(mapping.match)))
    .sort((a, b) => b.match.length - a.match.length)[0];
}
