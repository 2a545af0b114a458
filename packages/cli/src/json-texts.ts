/**
 * The sentences of `--json` (docs/cli.md), written from core's messages by the catalogue: `text: {nb, en}`
 * beside every `message: {code, facts}`, and beside every indicator (with the power-position reasons in its
 * facts as `reasonsNb`/`reasonsEn`). The JSON keeps every sentence it has always had, byte for byte, and adds
 * the codes and facts they are written from.
 */
import type { Indicator } from '@sociogram/core';
import { formatMessage, indicatorMessage, MESSAGE_FACTS, powerReasonsText, type FactsOf, type Message } from '@sociogram/core/messages';

/** A message's sentence in bokmål and English, as `--json` has always carried it. */
export function messageTexts(message: Message): { nb: string; en: string } {
  return { nb: formatMessage(message, 'nb'), en: formatMessage(message, 'en') };
}

const isMessage = (value: unknown): value is Message =>
  value !== null && typeof value === 'object' && typeof (value as { code?: unknown }).code === 'string' && (value as { code: string }).code in MESSAGE_FACTS && 'facts' in value;

/** `value` with `text: {nb, en}` written in front of every `message` it holds (plans, conflicts, notices, support). */
export function withTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withTexts);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'message' && isMessage(inner)) out.text = messageTexts(inner);
    out[key] = withTexts(inner);
  }
  return out;
}

/** An indicator as `--json` shows it: its facts (with the power-position reasons in words) and its sentence. */
export function indicatorJson(indicator: Indicator, name: string): unknown {
  const { sensitive, ...rest } = indicator;
  const message = indicatorMessage(indicator, name);
  let facts: Indicator['facts'] = indicator.facts;
  if (indicator.code === 'POWER_POSITION') {
    const power = message.facts as FactsOf<'POWER_POSITION'>;
    const { reasons, ...others } = indicator.facts;
    facts = { reasons: reasons ?? null, reasonsNb: powerReasonsText(power, 'nb'), reasonsEn: powerReasonsText(power, 'en'), ...others };
  }
  return { ...rest, facts, text: messageTexts(message), sensitive };
}
