/**
 * Data quality: response rate, non-respondents, name-order bias (Spearman correlation of roster position
 * with positive nominations received — forms that list names in roster order invite choosing from the top),
 * and names from the answers that could not be matched at import.
 */
import type { Survey } from '../survey/survey.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import type { AnalysisOptions } from './analysis-options.ts';
import type { DataQuality, PupilAnalysis, QuestionAnalysis } from './analysis.ts';
import { spearman } from './statistics.ts';

export function dataQuality(survey: Survey, pupils: readonly PupilAnalysis[], questions: Readonly<Record<string, QuestionAnalysis>>, options: AnalysisOptions): { dataQuality: DataQuality; issues: SurveyIssue[] } {
  const issues: SurveyIssue[] = [];
  const respondents = pupils.filter((p) => p.respondent).length;
  const responseRate = pupils.length > 0 ? respondents / pupils.length : 0;
  if (responseRate < options.minResponseRate) {
    issues.push(surveyIssue('LOW_RESPONSE_RATE', `Only ${respondents} of ${pupils.length} pupils answered (${Math.round(responseRate * 100)} %). Pupils chosen by those who did not answer may look more isolated than they are.`));
  }
  for (const q of Object.values(questions)) {
    if (q.responseRate < options.minResponseRate && q.responseRate < responseRate) {
      issues.push(surveyIssue('LOW_RESPONSE_RATE', `Only ${q.respondents} of ${q.n} pupils answered "${q.label}".`, { column: q.label }));
    }
  }
  const hasPositive = survey.questions.some((q) => q.kind === 'positive');
  const correlation = hasPositive ? spearman(pupils.map((_, i) => i), pupils.map((p) => p.positive.received)) : null;
  if (correlation !== null && pupils.length >= 10 && Math.abs(correlation) >= options.nameOrderBias) {
    issues.push(surveyIssue('NAME_ORDER_BIAS', `Nominations received follow the order of the class list (Spearman ρ = ${correlation.toFixed(2)}). If the form listed names in that order, list them in random order next time.`));
  }
  const unknownNames = options.importIssues.filter((i) => i.code === 'NAME_UNKNOWN').length;
  const ambiguousNames = options.importIssues.filter((i) => i.code === 'NAME_AMBIGUOUS').length;
  if (unknownNames + ambiguousNames > 0) {
    issues.push(surveyIssue('UNRESOLVED_NAMES', `${unknownNames + ambiguousNames} typed names could not be matched to a pupil at import; nominations of those names are missing from the figures.`));
  }
  return {
    dataQuality: {
      responseRate,
      respondents,
      nonRespondents: pupils.filter((p) => !p.respondent).map((p) => p.id),
      nameOrderCorrelation: correlation,
      unknownNames,
      ambiguousNames,
    },
    issues,
  };
}
