import { analyseSurvey } from '@sociogram/core';
import { formatMessage } from '@sociogram/core/messages';
import { describe, expect, it } from 'vitest';
import { DEMO_IMPORT } from '../../lib/demo-survey.ts';
import { visibleIndicators } from './visible-indicators.ts';

const analysis = analyseSurvey(DEMO_IMPORT.survey);
const selma = analysis.pupils.find((p) => p.name === 'Selma Rønning')!;

describe('visibleIndicators(pupil, showSensitive, name)', () => {
  it('gives each indicator a message with the displayed name, written in any catalogue language', () => {
    const shown = visibleIndicators(selma, false, () => 'Elev 07');
    const isolated = shown.find((i) => i.code === 'ISOLATED')!;
    const eligible = selma.positive.eligible;
    expect(formatMessage(isolated.message, 'nb')).toBe(`Ingen valgte Elev 07 som en å være sammen med (0 av ${eligible} klassekamerater som svarte).`);
    expect(formatMessage(isolated.message, 'nn')).toBe(`Ingen valde Elev 07 som ein å vere saman med (0 av ${eligible} klassekameratar som svarte).`);
    expect(formatMessage(isolated.message, 'en')).toBe(`Nobody chose Elev 07 as someone to be with (0 of ${eligible} classmates who answered).`);
    for (const indicator of shown) for (const lang of ['nb', 'nn', 'en'] as const) expect(formatMessage(indicator.message, lang)).not.toContain('Selma');
  });

  it('leaves out the sensitive indicators until they are opened', () => {
    expect(selma.indicators.some((i) => i.sensitive)).toBe(true);
    expect(visibleIndicators(selma, false, (id) => id).every((i) => !i.sensitive)).toBe(true);
    expect(visibleIndicators(selma, true, (id) => id).map((i) => i.code)).toEqual(selma.indicators.map((i) => i.code));
  });
});
