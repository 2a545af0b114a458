/**
 * Indicators as the dashboard may show them: sensitive ones only while opened for a purpose, and every message
 * carrying the displayed name (a pseudonym in pseudonym mode), so real names never leak into the sentence that
 * core's catalogue writes from it (formatMessage(indicator.message, locale.lang)).
 */
import { followUpList, type Analysis, type FollowUpEntry, type Indicator, type PupilAnalysis } from '@sociogram/core';
import { indicatorMessage, type Message } from '@sociogram/core/messages';

/** An indicator with the message to show for it. */
export interface ShownIndicator extends Indicator {
  readonly message: Message;
}

export function visibleIndicators(pupil: PupilAnalysis, showSensitive: boolean, name: (id: string) => string): ShownIndicator[] {
  return pupil.indicators
    .filter((indicator) => showSensitive || !indicator.sensitive)
    .map((indicator) => ({ ...indicator, message: indicatorMessage(indicator, name(pupil.id)) }));
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
