/**
 * The public API of `@sociogram/core`: survey import, analysis, planning, school overview, outputs and
 * privacy. Everything here is documented in packages/core/README.md (checked by public-api.test.ts). Building
 * blocks the CLI and dashboard share but that carry no stability promise are in `@sociogram/core/internal`.
 */

// Survey data and errors
export { QUESTION_KINDS } from './survey/survey.ts';
export type { QuestionKind, Pupil, Question, Nomination, Survey } from './survey/survey.ts';
export { ISSUE_SEVERITY } from './survey/survey-issue.ts';
export type { Severity, IssueCode, SurveyIssue } from './survey/survey-issue.ts';
export { SurveyImportError } from './survey/survey-import-error.ts';
export { InvalidOptionError } from './survey/invalid-option-error.ts';
export { pupilGender } from './survey/pupil-gender.ts';
export type { PupilGender } from './survey/pupil-gender.ts';

// Import
export { importSurvey } from './import/import-survey.ts';
export type { ImportOptions, ImportDetection, ImportResult } from './import/import-survey.ts';
export { importOutcome } from './import/import-outcome.ts';
export type { ImportOutcome } from './import/import-outcome.ts';
export { DEFAULT_IMPORT_LIMITS, byteText } from './import/import-limits.ts';
export type { ImportLimits } from './import/import-limits.ts';
export type { TextEncoding } from './import/decode-text.ts';
export type { TableSource } from './import/table.ts';
export type { SurveyFormat, ColumnOptions, DetectedColumns } from './import/raw-survey.ts';
export { parseQuestionMapping } from './import/question-mapping.ts';
export type { QuestionMapping } from './import/question-mapping.ts';

// School: one file, many classes; the school overview
export { schoolSurvey, schoolPupilId } from './import/school-import.ts';
export type { SchoolImport, SchoolClass, CrossClassNomination } from './import/school-import.ts';
export { compareClassNames } from './school/compare-class-names.ts';
export { classSummary, evaluationDue } from './school/class-summary.ts';
export type { ClassSummary, ClassSummaryInput, SummaryChange, SummaryMeasure } from './school/class-summary.ts';
export { sortSummaries, SUMMARY_COLUMNS } from './school/sort-summaries.ts';
export type { SummaryColumn, SortDirection, NamedSummary } from './school/sort-summaries.ts';
export { groupByGrade, gradeOf } from './school/group-by-grade.ts';
export type { GradeGroup } from './school/group-by-grade.ts';

// Analyse
export { analyseSurvey } from './analyse/analyse-survey.ts';
export type { Analysis, QuestionAnalysis, PupilAnalysis, PupilQuestionFigures, PeerReport, PowerPosition, StatusGroup, FollowUpEntry, DataQuality } from './analyse/analysis.ts';
export { DEFAULT_ANALYSIS_OPTIONS } from './analyse/analysis-options.ts';
export type { AnalysisOptions } from './analyse/analysis-options.ts';
export { checkAnalysisSize, DEFAULT_ANALYSIS_LIMITS, SurveyTooLargeError } from './analyse/analysis-limits.ts';
export type { AnalysisLimits } from './analyse/analysis-limits.ts';
export { SEVERITY_ORDER } from './analyse/indicator.ts';
export type { Indicator, IndicatorCode, IndicatorSeverity } from './analyse/indicator.ts';
export { followUpList } from './analyse/follow-up-list.ts';
export { coieDodge } from './analyse/coie-dodge.ts';
export type { CoieDodgeGroup, CoieDodgeScore, CoieDodgeResult } from './analyse/coie-dodge.ts';
export { newcombBukowski, newcombBukowskiOfPmfs, DEFAULT_NB_ALPHA } from './analyse/newcomb-bukowski.ts';
export type { NewcombBukowskiInput, NewcombBukowskiScore } from './analyse/newcomb-bukowski.ts';
export { classPatterns } from './analyse/class-patterns.ts';
export type { ClassPatterns, GenderCrossing } from './analyse/class-patterns.ts';
export { classFigures } from './analyse/class-figures.ts';
export type { ClassFigures } from './analyse/class-figures.ts';
export { compareWaves } from './analyse/compare-waves.ts';
export type { WaveComparison, PupilWaveChange, Change } from './analyse/compare-waves.ts';

// Plan: the problem
export type { PlanningProblem, PlanningPupil, PupilPair } from './plan/planning-problem.ts';
export { parsePlanningProblem, PlanningProblemError } from './plan/parse-planning-problem.ts';
export type { ProblemIssue } from './plan/parse-planning-problem.ts';
export { derivePlanningProblem } from './plan/derive-planning-problem.ts';
export type { DeriveProblemOptions } from './plan/derive-planning-problem.ts';
export { deriveCohortProblem, cohortPupilId, splitCohortPupilId, DEFAULT_DERIVE_COHORT_OPTIONS } from './plan/derive-cohort-problem.ts';
export type { CohortClass, CohortCrossNomination, DeriveCohortOptions } from './plan/derive-cohort-problem.ts';
export { checkPlanSize, minimumTimeLimit, DEFAULT_PLAN_SIZE_LIMITS, PlanTooLargeError } from './plan/plan-size.ts';
export type { SizedPlanner, PlanSizeLimits } from './plan/plan-size.ts';
export type { PlanRuleCode, PlanRuleCheck } from './plan/plan-rule.ts';
export type { PlanConflictCode, PlanConflict, PlanNoticeCode, PlanNotice } from './plan/plan-conflict.ts';
// The message types core's results carry; the catalogues that write them are `@sociogram/core/messages`.
export type { FactsOf, Message, MessageCode } from './messages/message-facts.ts';

// Plan: groups
export { planGroups, DEFAULT_PLAN_GROUPS_OPTIONS } from './plan/plan-groups.ts';
export type { PlanGroupsOptions, GroupPlan, PlanStats } from './plan/plan-groups.ts';
export { scoreGroups } from './plan/score-groups.ts';
export type { GroupScore, PupilPlacement } from './plan/score-groups.ts';
export { groupSizes } from './plan/group-sizes.ts';
export { bestPlan } from './plan/best-plan.ts';
export { restartSeeds } from './plan/restart-seeds.ts';
export { pairsOf } from './plan/plan-pairs.ts';
export { partitionDistance } from './plan/partition-distance.ts';
export { orderByLocks } from './plan/order-by-locks.ts';
export { withoutPupils, insertPupil } from './plan/present-pupils.ts';
export type { PupilMove, Insertion } from './plan/present-pupils.ts';
export { suggestSupportGroup } from './plan/suggest-support-group.ts';
export type { SupportGroupOptions, SupportGroupSuggestion, SupportSuggestion, SupportExclusion, SupportReason } from './plan/suggest-support-group.ts';

// Plan: seating
export { planSeating, DEFAULT_PLAN_SEATING_OPTIONS } from './plan/plan-seating.ts';
export type { PlanSeatingOptions, SeatingPlan } from './plan/plan-seating.ts';
export { scoreSeating } from './plan/score-seating.ts';
export type { SeatingScore, SeatPlacement } from './plan/score-seating.ts';
export { createRoomLayout } from './plan/room-layout.ts';
export type { RoomLayoutSpec, RoomLayout, Seat, SeatPlace } from './plan/room-layout.ts';
export { seatingByArea } from './plan/seating-by-area.ts';
export type { SeatingArea } from './plan/seating-by-area.ts';

// Plan: classes
export { planClasses, classSizes, DEFAULT_PLAN_CLASSES_OPTIONS } from './plan/plan-classes.ts';
export type { PlanClassesOptions, ClassPlan, ClassGuarantees } from './plan/plan-classes.ts';
export { scoreClasses } from './plan/score-classes.ts';
export { classGuarantees } from './plan/class-guarantees.ts';
export type { ClassGuaranteeSummary } from './plan/class-guarantees.ts';

// Outputs and privacy
export { AUDIENCES, AUDIENCE_RULES, OUTPUT_AUDIENCE, audienceShows, mayShow, visibleTo, outputAudience } from './privacy/audience.ts';
export type { Audience, AudienceRules, OutputContent, OutputId } from './privacy/audience.ts';
export { pseudonyms } from './privacy/pseudonyms.ts';
export { toCsv, csvCell } from './export/to-csv.ts';
export type { CsvOptions } from './export/to-csv.ts';

// Utilities
export { createRng, randomInt, shuffled } from './random/create-rng.ts';
export type { Rng } from './random/create-rng.ts';
export { own, dictionary } from './survey/own.ts';
export { generateClassSurvey } from './generate/generate-class-survey.ts';
export type { GenerateClassOptions } from './generate/generate-class-survey.ts';
export { generateClassProblem } from './generate/generate-class-problem.ts';
export type { GenerateProblemOptions } from './generate/generate-class-problem.ts';
export { generateCohortProblem } from './generate/generate-cohort-problem.ts';
export type { GenerateCohortOptions } from './generate/generate-cohort-problem.ts';
