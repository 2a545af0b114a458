/**
 * The Analysis of one survey: per question, per pupil, indicators and the follow-up list. Produced by
 * `analyseSurvey`; the CLI's `analyse --json` prints it (docs/cli.md).
 */
import type { QuestionKind } from '../survey/survey.ts';
import type { SurveyIssue } from '../survey/survey-issue.ts';
import type { CoieDodgeGroup, CoieDodgeScore } from './coie-dodge.ts';
import type { Indicator } from './indicator.ts';
import type { NewcombBukowskiScore } from './newcomb-bukowski.ts';

/** The class-level figures of one question: density, reciprocity, communities, cliques and unused choices. */
export interface QuestionAnalysis {
  readonly id: string;
  readonly label: string;
  readonly kind: QuestionKind;
  readonly limit: number | null;
  /** Pupils on the roster. */
  readonly n: number;
  /** Nominations. */
  readonly m: number;
  /** m / (n(n − 1)). */
  readonly density: number;
  /** Share of nominations whose reverse also exists; null without nominations. */
  readonly reciprocity: number | null;
  readonly mutualPairs: number;
  /** Louvain modularity on the undirected collapsed graph; null without nominations. */
  readonly modularity: number | null;
  readonly communities: readonly (readonly string[])[] | null;
  /** Maximal cliques of mutual pairs, size ≥ 3. */
  readonly cliques: readonly (readonly string[])[];
  /**
   * False when the clique search stopped at its step limit (MAX_CLIQUE_STEPS): a class can have exponentially
   * many cliques, and `cliques` then lists only those found first.
   */
  readonly cliquesComplete: boolean;
  readonly respondents: number;
  readonly responseRate: number;
  /** Limited questions: respondents who named nobody, and who named fewer than the limit (but someone). */
  readonly unusedChoices: { readonly none: number; readonly fewer: number } | null;
}

/** One pupil's figures on one question. */
export interface PupilQuestionFigures {
  /** Distinct respondents who named the pupil. */
  readonly received: number;
  /** Distinct pupils the pupil named. */
  readonly given: number;
  /** Pupils both named by and naming the pupil. */
  readonly mutual: number;
  readonly respondent: boolean;
}

/** Peer reports on victim or bully questions. */
export interface PeerReport {
  /** Distinct eligible respondents who named the pupil. */
  readonly nominators: number;
  /** Respondents to these questions other than the pupil. */
  readonly eligible: number;
  readonly proportion: number;
  /** Proportion standardised within the class (sample SD); null when nobody differs. */
  readonly z: number | null;
  /** Above the class-relative threshold (docs/methods.md). */
  readonly flagged: boolean;
}

/**
 * A pupil's position of social power: star, chosen by stars, popular, named as bullying, with the counts behind each.
 */
export interface PowerPosition {
  /** A star: chosen positively by more than chance gives (P(LM ≥ lm) < α) and more than the class (z > starZ). */
  readonly star: boolean;
  /** Chosen by at least two stars. */
  readonly chosenByStars: boolean;
  readonly nominatedPopular: boolean;
  readonly namedAsBullying: boolean;
  /** Any of the four above: the POWER_POSITION indicator. */
  readonly flagged: boolean;
  /**
   * For planning, more cautious: also the class's most chosen (z > starZ, whether or not chance could explain
   * it) and pupils chosen by two of them.
   */
  readonly powerful: boolean;
  /** Distinct classmates choosing the pupil positively, out of `eligible` respondents. */
  readonly received: number;
  readonly eligible: number;
  /** Choices expected under random choosing (Newcomb–Bukowski null model), and P(LM ≥ received) under it. */
  readonly expected: number;
  readonly pChosen: number;
  /** Stars among those choosing the pupil, and stars in the class. */
  readonly starsChoosing: number;
  readonly stars: number;
  /** Named on `popular` questions: by how many, of how many respondents (null without such questions). */
  readonly popularNominators: number | null;
  readonly popularEligible: number | null;
}

/** A pupil's status group (the five groups, both for Coie–Dodge and for Newcomb–Bukowski), or `unclassified`. */
export type StatusGroup = CoieDodgeGroup | 'unclassified';

/**
 * Everything the analysis says about one pupil: figures per question, isolation, status, peer reports, power position
 * and indicators.
 */
export interface PupilAnalysis {
  readonly id: string;
  readonly name: string;
  /** Answered at least one question. */
  readonly respondent: boolean;
  readonly questions: Readonly<Record<string, PupilQuestionFigures>>;
  /** Over all positive questions together. */
  readonly positive: {
    readonly received: number;
    readonly given: number;
    readonly mutual: number;
    /** Respondents to positive questions other than this pupil. */
    readonly eligible: number;
    readonly chosenBy: readonly string[];
    readonly chose: readonly string[];
    readonly mutualWith: readonly string[];
  };
  /** Over all negative questions together; null when the survey has none. Sensitive. */
  readonly negative: { readonly received: number; readonly eligible: number } | null;
  /** Nobody named the pupil on any positive question (false when the survey has no positive question). */
  readonly isolated: boolean;
  readonly noMutualFriend: boolean;
  /** Named someone positively, and none of them named the pupil back. */
  readonly onlyUnreciprocated: boolean;
  /** Chosen, but only by pupils who are themselves isolated. */
  readonly chosenOnlyByIsolated: boolean;
  /** Answered the positive questions and named nobody. */
  readonly gaveNoNominations: boolean;
  readonly status: {
    /** null when the survey has no positive or no negative question. */
    readonly coieDodge: StatusGroup | null;
    readonly coieDodgeScores: CoieDodgeScore | null;
    /** null when the survey has no positive or no negative question. */
    readonly newcombBukowski: StatusGroup | null;
    readonly newcombBukowskiScores: NewcombBukowskiScore | null;
  };
  readonly victim: PeerReport | null;
  readonly bully: PeerReport | null;
  /** Flagged both as bullied and as bullying. */
  readonly bullyVictim: boolean;
  readonly power: PowerPosition;
  readonly indicators: readonly Indicator[];
}

/** One pupil on the follow-up list, with their rank and the indicator codes that put them there. */
export interface FollowUpEntry {
  readonly rank: number;
  readonly pupil: string;
  readonly name: string;
  /** The indicator codes that put the pupil on the list, most severe first. */
  readonly reasons: readonly string[];
}

/** How far the survey can be trusted: response rate, non-respondents, name-order bias and unmatched names. */
export interface DataQuality {
  /** Pupils who answered at least one question ÷ pupils on the roster. */
  readonly responseRate: number;
  readonly respondents: number;
  readonly nonRespondents: readonly string[];
  /** Spearman correlation of roster position with positive nominations received; null when undefined. */
  readonly nameOrderCorrelation: number | null;
  /** Names typed in answers that could not be matched (from the import issues, when given). */
  readonly unknownNames: number;
  readonly ambiguousNames: number;
}

/** What `analyseSurvey` returns: per question, per pupil, the follow-up list, data quality and the issues found. */
export interface Analysis {
  readonly questions: Readonly<Record<string, QuestionAnalysis>>;
  readonly pupils: readonly PupilAnalysis[];
  readonly followUp: readonly FollowUpEntry[];
  readonly dataQuality: DataQuality;
  readonly issues: readonly SurveyIssue[];
}
