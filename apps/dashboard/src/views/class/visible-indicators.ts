/**
 * Indicators as the dashboard may show them: sensitive ones only while opened for a purpose, and every sentence
 * rebuilt with the displayed name (a pseudonym in pseudonym mode), so real names never leak into the text.
 */
import { followUpList, indicatorText, type Analysis, type FollowUpEntry, type Indicator, type PupilAnalysis } from '@sociogram/core';

export function visibleIndicators(pupil: PupilAnalysis, showSensitive: boolean, name: (id: string) => string): Indicator[] {
  return pupil.indicators
    .filter((indicator) => showSensitive || !indicator.sensitive)
    .map((indicator) => ({ ...indicator, text: indicatorText(indicator.code, name(pupil.id), indicator.facts) }));
}

/** The follow-up list over the visible indicators only (the order must not reveal hidden answers). */
export function visibleFollowUp(analysis: Analysis, showSensitive: boolean): FollowUpEntry[] {
  if (showSensitive) return [...analysis.followUp];
  return followUpList(analysis.pupils.map((p) => ({ ...p, bullyVictim: false, indicators: p.indicators.filter((i) => !i.sensitive) })));
}

/**
 * How many indicators that would put a pupil on the follow-up list rest on closed answers: told as a count
 * (screen and meeting sheet alike), never named.
 */
export function hiddenIndicatorCount(analysis: Analysis, showSensitive: boolean): number {
  if (showSensitive) return 0;
  return analysis.pupils.reduce((n, p) => n + p.indicators.filter((i) => i.sensitive && i.severity !== 'low').length, 0);
}
