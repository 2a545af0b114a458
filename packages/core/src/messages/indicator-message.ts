/**
 * The message of an indicator: its code and facts, with the pupil's name as the caller shows it (a pseudonym
 * in pseudonym mode), so the name in the sentence is always the one on screen.
 */
import type { Indicator } from '../analyse/indicator.ts';
import type { Message } from './message-facts.ts';

/** `{code, facts}` of an indicator, with `name` added to its facts. */
export function indicatorMessage(indicator: Pick<Indicator, 'code' | 'facts'>, name: string): Message {
  return { code: indicator.code, facts: { ...indicator.facts, name } } as unknown as Message;
}
