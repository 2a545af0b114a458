import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages/format-message.ts';
import { indicatorMessage } from '../messages/indicator-message.ts';
import type { Nomination, Survey } from '../survey/survey.ts';
import { analyseSurvey } from './analyse-survey.ts';

/** 25 pupils, three choices each; the first `star` respondents choose S, the rest choose round the circle. */
function classWhereSIsChosenBy(star: number): Survey {
  const ids = Array.from({ length: 25 }, (_, i) => (i === 0 ? 'S' : `p${i}`));
  const nominations: Nomination[] = [];
  for (let i = 1; i < 25; i++) {
    const chosen: string[] = i <= star ? ['S'] : [];
    for (let step = 1; chosen.length < 3; step++) {
      const j = ((i + step - 1) % 24) + 1;
      if (j !== i && !chosen.includes(ids[j]!)) chosen.push(ids[j]!);
    }
    for (const to of chosen) nominations.push({ from: ids[i]!, to, question: 'q' });
  }
  return {
    pupils: ids.map((id) => ({ id, name: id, attributes: {} })),
    questions: [{ id: 'q', label: 'Hvem liker du å være sammen med?', kind: 'positive', limit: 3 }],
    nominations,
    respondents: { q: ids },
  };
}

describe('powerPositions via analyseSurvey(survey)', () => {
  it('chosen by 5 of 24 with three choices each is the class\'s most chosen, not a power position', () => {
    const s = analyseSurvey(classWhereSIsChosenBy(5)).pupils[0]!;
    expect(s.power).toMatchObject({ received: 5, eligible: 24, expected: 3, star: false, flagged: false, powerful: true });
    expect(s.power.pChosen).toBeGreaterThan(0.05);
    expect(s.indicators.map((i) => i.code)).not.toContain('POWER_POSITION');
  });

  it('chosen by 12 of 24 is a star, and the sentence gives the count', () => {
    const s = analyseSurvey(classWhereSIsChosenBy(12)).pupils[0]!;
    expect(s.power).toMatchObject({ received: 12, star: true, flagged: true, powerful: true });
    const indicator = s.indicators.find((i) => i.code === 'POWER_POSITION')!;
    expect(indicator.sensitive).toBe(false);
    expect(formatMessage(indicatorMessage(indicator, 'S'), 'nb')).toBe('S har en maktposisjon i klassen: valgt av 12 av 24 – langt flere enn tilfeldige valg ville gitt (omtrent 3).');
    expect(formatMessage(indicatorMessage(indicator, 'S'), 'en')).toBe('S holds a power position in the class: chosen by 12 of 24 – far more than random choices would give (about 3).');
  });
});
