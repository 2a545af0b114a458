import { describe, expect, it } from 'vitest';
import { fixture, fixtureDir, fixtureText } from '../../test/fixture.ts';
import { ISSUE_SEVERITY, type IssueCode } from '../survey/survey-issue.ts';
import { SurveyImportError } from '../survey/survey-import-error.ts';
import { importSurvey, type ImportOptions } from './import-survey.ts';
import { parseQuestionMapping } from './question-mapping.ts';

/** fixtures/invalid/<CODE>.<ext>, with import options in <CODE>.options.json. */
const files = fixtureDir('invalid').filter((name) => /^[A-Z_]+\.(csv|xlsx)$/.test(name));

function attempt(name: string): unknown {
  const code = name.replace(/\..*$/, '');
  const optionsFile = fixtureDir('invalid').includes(`${code}.options.json`) ? `invalid/${code}.options.json` : null;
  const raw = optionsFile ? (JSON.parse(fixtureText(optionsFile)) as Record<string, unknown>) : {};
  try {
    const options: ImportOptions = {
      ...(raw as ImportOptions),
      file: name,
      roster: typeof raw.roster === 'string' ? fixture(`invalid/${raw.roster}`) : undefined,
      questions: typeof raw.questions === 'string' ? parseQuestionMapping(fixtureText(`invalid/${raw.questions}`)) : undefined,
    };
    importSurvey(fixture(`invalid/${name}`), options);
    return null;
  } catch (error) {
    return error;
  }
}

describe('fixtures/invalid', () => {
  it('has one file for every error code', () => {
    const errorCodes = (Object.keys(ISSUE_SEVERITY) as IssueCode[]).filter((code) => ISSUE_SEVERITY[code] === 'error');
    expect(files.map((name) => name.replace(/\..*$/, '')).sort()).toEqual(errorCodes.sort());
  });

  it.each(files)('%s fails with its code', (name) => {
    const error = attempt(name);
    expect(error).toBeInstanceOf(SurveyImportError);
    const issues = (error as SurveyImportError).issues;
    expect(issues[0]?.code).toBe(name.replace(/\..*$/, ''));
    expect(issues[0]?.severity).toBe('error');
    expect(issues[0]?.message.length).toBeGreaterThan(10);
  });
});
