/**
 * analyseSurvey(survey, options) → Analysis: per question (density, reciprocity, communities, cliques), per
 * pupil (received, given, mutual; isolation; Coie–Dodge and Newcomb–Bukowski status; peer reports; power
 * position; indicators), the follow-up list and data quality. Definitions and sources: docs/methods.md.
 */
import { kindGraph, mutualNeighbours, questionGraph, questionsOfKind } from '../graph/nomination-graph.ts';
import type { Survey } from '../survey/survey.ts';
import { surveyIssue, type SurveyIssue } from '../survey/survey-issue.ts';
import { InvalidOptionError } from '../survey/invalid-option-error.ts';
import { append } from '../survey/append.ts';
import { analyseQuestion } from './analyse-question.ts';
import { checkAnalysisSize } from './analysis-limits.ts';
import type { Analysis, PupilAnalysis, PupilQuestionFigures, QuestionAnalysis } from './analysis.ts';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions } from './analysis-options.ts';
import { buildIndicators } from './build-indicators.ts';
import { dataQuality } from './data-quality.ts';
import { followUpList } from './follow-up-list.ts';
import { nominationShares, peerReports, respondentsOfKind } from './peer-reports.ts';
import { powerPositions } from './power-positions.ts';
import { socialStatus } from './social-status.ts';
import { dictionary, own } from '../survey/own.ts';

/**
 * Analyses a survey: per question, per pupil (status, peer reports, power, indicators), the follow-up list and data
 * quality. Throws `InvalidOptionError` for a bad option and `SurveyTooLargeError` past `options.limits`.
 */
export function analyseSurvey(survey: Survey, options: Partial<AnalysisOptions> = {}): Analysis {
  const settings: AnalysisOptions = { ...DEFAULT_ANALYSIS_OPTIONS, ...options };
  if (!Number.isInteger(settings.seed)) throw new InvalidOptionError('seed', 'must be a whole number');
  if (!(settings.alpha > 0 && settings.alpha < 1)) throw new InvalidOptionError('alpha', 'must be between 0 and 1');
  checkAnalysisSize(survey, settings.limits);
  const issues: SurveyIssue[] = [];

  const graphs = new Map(survey.questions.map((q) => [q.id, questionGraph(survey, q.id)]));
  const questions = dictionary<QuestionAnalysis>();
  for (const q of survey.questions) questions[q.id] = analyseQuestion(survey, q, graphs.get(q.id)!, settings.seed);

  const positiveIds = questionsOfKind(survey, 'positive');
  if (positiveIds.length === 0) issues.push(surveyIssue('NO_POSITIVE_QUESTION', 'The survey has no positive (friendship) question, so isolation, mutual friends and status cannot be computed.'));
  else if (questionsOfKind(survey, 'negative').length === 0) issues.push(surveyIssue('NO_NEGATIVE_QUESTION', 'The survey has no negative question, so Coie–Dodge and Newcomb–Bukowski status are not computed.'));

  const positive = kindGraph(survey, 'positive');
  const positiveRespondents = respondentsOfKind(survey, 'positive');
  const negativeShares = questionsOfKind(survey, 'negative').length > 0 ? nominationShares(survey, kindGraph(survey, 'negative'), respondentsOfKind(survey, 'negative')) : null;
  const answeredAny = new Set(Object.values(survey.respondents).flat());
  const isolated = new Set(positiveIds.length === 0 ? [] : survey.pupils.filter((p) => positive.inDegree(p.id) === 0).map((p) => p.id));
  const { status, issues: statusIssues } = socialStatus(survey, settings);
  append(issues, statusIssues);
  const victim = peerReports(survey, 'victim', settings);
  const bully = peerReports(survey, 'bully', settings);
  const power = powerPositions(survey, positive, settings);

  const answered = new Map(survey.questions.map((q) => [q.id, new Set(own(survey.respondents, q.id) ?? [])]));
  const pupils = survey.pupils.map((pupil, i): PupilAnalysis => {
    const perQuestion = dictionary<PupilQuestionFigures>();
    for (const q of survey.questions) {
      const graph = graphs.get(q.id)!;
      perQuestion[q.id] = {
        received: graph.inDegree(pupil.id),
        given: graph.outDegree(pupil.id),
        mutual: mutualNeighbours(graph, pupil.id).length,
        respondent: answered.get(q.id)!.has(pupil.id),
      };
    }
    const chosenBy = positive.inNeighbors(pupil.id);
    const chose = positive.outNeighbors(pupil.id);
    const mutualWith = mutualNeighbours(positive, pupil.id);
    const answeredPositive = positiveIds.some((id) => answered.get(id)?.has(pupil.id) ?? false);
    const figures: Omit<PupilAnalysis, 'indicators'> = {
      id: pupil.id,
      name: pupil.name,
      respondent: answeredAny.has(pupil.id),
      questions: perQuestion,
      positive: {
        received: chosenBy.length,
        given: chose.length,
        mutual: mutualWith.length,
        eligible: positiveRespondents.size - (positiveRespondents.has(pupil.id) ? 1 : 0),
        chosenBy,
        chose,
        mutualWith,
      },
      negative: negativeShares ? { received: negativeShares[i]!.nominators, eligible: negativeShares[i]!.eligible } : null,
      isolated: isolated.has(pupil.id),
      noMutualFriend: positiveIds.length > 0 && mutualWith.length === 0,
      onlyUnreciprocated: chose.length > 0 && mutualWith.length === 0,
      chosenOnlyByIsolated: chosenBy.length > 0 && chosenBy.every((id) => isolated.has(id)),
      gaveNoNominations: answeredPositive && chose.length === 0,
      status: status[i]!,
      victim: victim?.[i] ?? null,
      bully: bully?.[i] ?? null,
      bullyVictim: Boolean(victim?.[i]?.flagged && bully?.[i]?.flagged),
      power: power[i]!,
    };
    return { ...figures, indicators: buildIndicators(figures) };
  });

  const quality = dataQuality(survey, pupils, questions, settings);
  append(issues, quality.issues);
  return { questions, pupils, followUp: followUpList(pupils), dataQuality: quality.dataQuality, issues };
}
